package io.github.xxgk.read;

/** A file that cannot be read as a report: the reason becomes a finding on that file. */
public final class UnreadableException extends Exception {

    /** {@code NO_TEXT_LAYER}: a PDF whose pages are pictures (a scan, tables pasted as images); the detail names them. */
    public enum Reason { EMPTY, TOO_LARGE, NOT_A_WORKBOOK, ENCRYPTED, CORRUPT, NO_TEXT_LAYER }

    private final Reason reason;

    public UnreadableException(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public UnreadableException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public Reason reason() {
        return reason;
    }
}

package io.github.xxgk.read;

import io.github.xxgk.sandbox.Detail;

/**
 * A file that cannot be read as a report: the reason becomes a finding on that file, its {@link #detail()} the
 * finding's detail in the report's language. The exception's message is the detail in English, for logs.
 */
public final class UnreadableException extends Exception {

    /** {@code NO_TEXT_LAYER}: a PDF whose pages are pictures (a scan, tables pasted as images); the detail names them. */
    public enum Reason { EMPTY, TOO_LARGE, NOT_A_WORKBOOK, ENCRYPTED, CORRUPT, NO_TEXT_LAYER }

    private final Reason reason;
    private final Detail detail;

    public UnreadableException(Reason reason, Detail detail, Throwable cause) {
        super(detail.english(), cause);
        this.reason = reason;
        this.detail = detail;
    }

    public UnreadableException(Reason reason, Detail detail) {
        this(reason, detail, null);
    }

    /** An English detail without a message key: only the English report quotes it (prefer a {@link Detail}). */
    public UnreadableException(Reason reason, String detail, Throwable cause) {
        this(reason, Detail.unlisted(detail), cause);
    }

    /** An English detail without a message key: only the English report quotes it (prefer a {@link Detail}). */
    public UnreadableException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public Reason reason() {
        return reason;
    }

    public Detail detail() {
        return detail;
    }
}

package io.github.xxgk.sandbox;

/**
 * One file went past a limit of the sandbox it is checked in: the time a file may take, or how deep its tables may
 * nest. Unchecked, so that it leaves any loop at once; the file checker turns it into a finding on that file, its
 * {@link #detail()} the finding's detail in the report's language (the message is the detail in English).
 * It carries no stack trace: it is an outcome, not a defect.
 */
public final class LimitExceeded extends RuntimeException {

    public enum Limit { TIME, DEPTH }

    private final Limit limit;
    private final Detail detail;

    public LimitExceeded(Limit limit, Detail detail) {
        super(detail.english(), null, false, false);
        this.limit = limit;
        this.detail = detail;
    }

    /** An English detail without a message key: only the English report quotes it (prefer a {@link Detail}). */
    public LimitExceeded(Limit limit, String detail) {
        this(limit, Detail.unlisted(detail));
    }

    public Limit limit() {
        return limit;
    }

    public Detail detail() {
        return detail;
    }
}

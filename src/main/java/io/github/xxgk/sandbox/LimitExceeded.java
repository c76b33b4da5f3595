package io.github.xxgk.sandbox;

/**
 * One file went past a limit of the sandbox it is checked in: the time a file may take, or how deep its tables may
 * nest. Unchecked, so that it leaves any loop at once; the file checker turns it into a finding on that file.
 * It carries no stack trace: it is an outcome, not a defect.
 */
public final class LimitExceeded extends RuntimeException {

    public enum Limit { TIME, DEPTH }

    private final Limit limit;

    public LimitExceeded(Limit limit, String detail) {
        super(detail, null, false, false);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}

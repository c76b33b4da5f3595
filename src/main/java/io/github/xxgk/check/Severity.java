package io.github.xxgk.check;

/** How much a finding matters; {@code failOn} compares against this order. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** True when this is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}

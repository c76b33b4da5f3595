package io.github.xxgk.template;

/**
 * What a data cell holds: a count (non-negative whole number), an amount in 万元 (non-negative decimal), or a change
 * (a whole number that may be negative: the 2019 format's 「本年增/减」, where a decrease is written as -8).
 */
public enum ValueKind {
    COUNT,
    AMOUNT,
    CHANGE;

    /** Whether the value is a whole number. */
    public boolean whole() {
        return this != AMOUNT;
    }
}

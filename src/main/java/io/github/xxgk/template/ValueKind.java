package io.github.xxgk.template;

/** What a data cell holds: a count (non-negative whole number) or an amount in 万元 (non-negative decimal). */
public enum ValueKind {
    COUNT,
    AMOUNT
}

package io.github.xxgk.table;

import io.github.xxgk.template.FormatDefinition;

import java.util.List;

/**
 * Which format version a report's tables were filled in, against the one it should use: {@code expected} (by the
 * report's {@code year}, null when it is not known, or as configured), {@code filledIn} the version some tables fit
 * better, {@code tables} the ids of those tables (empty: every table is in the expected version), {@code whole}
 * whether they are every table in which the two versions differ.
 */
public record FormatUse(FormatDefinition expected, Integer year, FormatDefinition filledIn, List<String> tables,
                        boolean whole) {

    public FormatUse {
        tables = List.copyOf(tables);
    }

    public static FormatUse as(FormatDefinition expected, Integer year) {
        return new FormatUse(expected, year, expected, List.of(), false);
    }

    public boolean mismatched() {
        return !tables.isEmpty();
    }
}

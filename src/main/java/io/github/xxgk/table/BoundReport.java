package io.github.xxgk.table;

import io.github.xxgk.template.FormatDefinition;

import java.util.Map;
import java.util.Optional;

/** The tables of one file bound to a format; tables that were not found are absent. */
public record BoundReport(FormatDefinition format, Map<String, BoundTable> tables) {

    public BoundReport {
        tables = Map.copyOf(tables);
    }

    public Optional<BoundTable> table(String tableId) {
        return Optional.ofNullable(tables.get(tableId));
    }
}

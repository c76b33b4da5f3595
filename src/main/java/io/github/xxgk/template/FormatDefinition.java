package io.github.xxgk.template;

import java.util.List;

/** A format version: its tables and the arithmetic relations between their cells. */
public record FormatDefinition(String id, String name, String source, int amountScale, List<TableTemplate> tables,
                               List<Relation> relations) {

    public FormatDefinition {
        tables = List.copyOf(tables);
        relations = List.copyOf(relations);
    }

    public TableTemplate table(String tableId) {
        return tables.stream().filter(t -> t.id().equals(tableId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table '" + tableId + "' in " + id));
    }
}

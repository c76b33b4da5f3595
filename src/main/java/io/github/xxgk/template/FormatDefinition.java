package io.github.xxgk.template;

import java.util.List;

/**
 * A format version: the parts of the report document (in order), its tables and the arithmetic relations between
 * their cells.
 */
public record FormatDefinition(String id, String name, String source, int amountScale, List<Group> parts,
                               List<TableTemplate> tables, List<Relation> relations) {

    public FormatDefinition {
        parts = parts == null ? List.of() : List.copyOf(parts);
        tables = tables == null ? List.of() : List.copyOf(tables);
        relations = relations == null ? List.of() : List.copyOf(relations);
    }

    public TableTemplate table(String tableId) {
        return tables.stream().filter(t -> t.id().equals(tableId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table '" + tableId + "' in " + id));
    }
}

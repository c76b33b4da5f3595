package io.github.xxgk.template;

import java.util.List;

/**
 * A format version: its name and the report years it is for, the parts of the report document (in order), the
 * fields of the template's cover sheet, its tables, the arithmetic relations between their cells, the sentences
 * of the narrative that state a number the tables hold, and the relations with last year's report
 * ({@code acrossYears}). Every label the plugin reads or prints comes from here.
 */
public record FormatDefinition(String id, String name, String source, FormatVersion version, int amountScale,
                               List<Group> parts, List<Group> cover, List<TableTemplate> tables,
                               List<Relation> relations, List<NarrativeClaim> narrative, List<YearRelation> acrossYears) {

    public FormatDefinition {
        parts = parts == null ? List.of() : List.copyOf(parts);
        cover = cover == null ? List.of() : List.copyOf(cover);
        tables = tables == null ? List.of() : List.copyOf(tables);
        relations = relations == null ? List.of() : List.copyOf(relations);
        narrative = narrative == null ? List.of() : List.copyOf(narrative);
        acrossYears = acrossYears == null ? List.of() : List.copyOf(acrossYears);
    }

    /** A definition with only the parts, tables and relations (tests build broken ones this way). */
    public FormatDefinition(String id, String name, String source, int amountScale, List<Group> parts,
                            List<TableTemplate> tables, List<Relation> relations) {
        this(id, name, source, null, amountScale, parts, List.of(), tables, relations, List.of(), List.of());
    }

    public TableTemplate table(String tableId) {
        return tables.stream().filter(t -> t.id().equals(tableId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table '" + tableId + "' in " + id));
    }

    /** 「2021 格式（国办公开办函〔2021〕30号）」: how findings name the version. */
    public String versionName() {
        return (version == null ? id : version.name()) + "（" + source + "）";
    }

    /** The label of a cover field by its id ({@code year} → 「报告年度」), or empty. */
    public String coverLabel(String fieldId) {
        return cover.stream().filter(g -> g.id().equals(fieldId)).map(Group::label).findFirst().orElse("");
    }
}

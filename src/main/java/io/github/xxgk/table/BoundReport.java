package io.github.xxgk.table;

import io.github.xxgk.template.FormatDefinition;

import java.util.Map;
import java.util.Optional;

/**
 * The tables of one file bound to a format; tables that were not found are absent. {@code cover} holds what the
 * template's cover sheet says (机关名称, 报告年度 …) where the file has one; {@code grid} is what was read (for
 * documents, their text). {@code format} is what the tables were checked against; {@code use} says whether that is
 * the version the report should have used.
 */
public record BoundReport(FormatDefinition format, Map<String, BoundTable> tables, Map<String, String> cover,
                          Grid grid, FormatUse use) {

    public BoundReport {
        tables = Map.copyOf(tables);
        cover = Map.copyOf(cover);
        use = use == null ? FormatUse.as(format, null) : use;
    }

    /** Bound to the one format it was expected in. */
    public BoundReport(FormatDefinition format, Map<String, BoundTable> tables, Map<String, String> cover, Grid grid) {
        this(format, tables, cover, grid, null);
    }

    /** The format and the cover only: what a run keeps of a file once its own outputs are written. */
    public BoundReport compact() {
        return new BoundReport(format, Map.of(), cover, null, use);
    }

    public Optional<BoundTable> table(String tableId) {
        return Optional.ofNullable(tables.get(tableId));
    }
}

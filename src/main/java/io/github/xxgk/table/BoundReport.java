package io.github.xxgk.table;

import io.github.xxgk.template.FormatDefinition;

import java.util.Map;
import java.util.Optional;

/**
 * The tables of one file bound to a format; tables that were not found are absent. {@code cover} holds what the
 * template's cover sheet says (机关名称, 报告年度 …) where the file has one; {@code grid} is what was read (for
 * documents, their text). {@code format} is what the tables were checked against; {@code use} says whether that is
 * the version the report should have used; {@code sourceSha256} fingerprints the bytes read (null where not taken).
 */
public record BoundReport(FormatDefinition format, Map<String, BoundTable> tables, Map<String, String> cover,
                          Grid grid, FormatUse use, String sourceSha256) {

    public BoundReport {
        tables = Map.copyOf(tables);
        Map<String, String> clean = new java.util.LinkedHashMap<>();
        cover.forEach((k, v) -> clean.put(k, PlainText.clean(v))); // the cover's text heads every report
        cover = Map.copyOf(clean);
        use = use == null ? FormatUse.as(format, null) : use;
    }

    /** Bound to the one format it was expected in. */
    public BoundReport(FormatDefinition format, Map<String, BoundTable> tables, Map<String, String> cover, Grid grid) {
        this(format, tables, cover, grid, null, null);
    }

    public BoundReport(FormatDefinition format, Map<String, BoundTable> tables, Map<String, String> cover, Grid grid,
                       FormatUse use) {
        this(format, tables, cover, grid, use, null);
    }

    /**
     * The same report, with the SHA-256 of the bytes it was read from: what a copy of the file (the annotated
     * workbook) is made from must be the same bytes.
     */
    public BoundReport withSource(String sha256) {
        return new BoundReport(format, tables, cover, grid, use, sha256);
    }

    /** The format and the cover only: what a run keeps of a file once its own outputs are written. */
    public BoundReport compact() {
        return new BoundReport(format, Map.of(), cover, null, use, sourceSha256);
    }

    public Optional<BoundTable> table(String tableId) {
        return Optional.ofNullable(tables.get(tableId));
    }
}

package io.github.xxgk.table;

import io.github.xxgk.template.FormatDefinition;

import java.util.Map;
import java.util.Optional;

/**
 * The tables of one file bound to a format; tables that were not found are absent. {@code cover} holds what the
 * template's cover sheet says (机关名称, 报告年度 …) where the file has one; {@code grid} is what was read (for
 * documents, their text). {@code format} is what the tables were checked against; {@code use} says whether that is
 * the version the report should have used. What a copy of the file (the annotated workbook) must be made of:
 * {@code sourceBytes}, the very bytes that were read (a workbook held in memory: until the file's outputs are written,
 * then dropped), or else {@code sourceSha256}, the fingerprint of the bytes read (null where neither was taken).
 */
public record BoundReport(FormatDefinition format, Map<String, BoundTable> tables, Map<String, String> cover,
                          Grid grid, FormatUse use, String sourceSha256, byte[] sourceBytes) {

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
        this(format, tables, cover, grid, use, null, null);
    }

    public BoundReport(FormatDefinition format, Map<String, BoundTable> tables, Map<String, String> cover, Grid grid,
                       FormatUse use, String sourceSha256) {
        this(format, tables, cover, grid, use, sourceSha256, null);
    }

    /**
     * The same report, with the SHA-256 of the bytes it was read from: what a copy of the file (the annotated
     * workbook) is made from must be the same bytes.
     */
    public BoundReport withSource(String sha256) {
        return new BoundReport(format, tables, cover, grid, use, sha256, sourceBytes);
    }

    /** The same report, with the bytes it was read from (null: none): the annotated copy is made of them. */
    public BoundReport withSourceBytes(byte[] bytes) {
        return bytes == sourceBytes ? this : new BoundReport(format, tables, cover, grid, use, sourceSha256, bytes);
    }

    /** The format and the cover only: what a run keeps of a file once its own outputs are written. */
    public BoundReport compact() {
        return new BoundReport(format, Map.of(), cover, null, use, sourceSha256, null);
    }

    public Optional<BoundTable> table(String tableId) {
        return Optional.ofNullable(tables.get(tableId));
    }
}

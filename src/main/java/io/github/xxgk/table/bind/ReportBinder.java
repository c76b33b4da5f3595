package io.github.xxgk.table.bind;

import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.Grid;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.table.GridCell;
import io.github.xxgk.table.GridSheet;
import io.github.xxgk.template.TableTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Binds every table of a format found in a grid, and reads the cover fields where there are any. */
public final class ReportBinder {

    private final TableBinder tableBinder = new TableBinder();
    private final RowBinder rowBinder = new RowBinder();

    private final LayoutCache layouts = new LayoutCache();

    public BoundReport bind(Grid grid, FormatDefinition format) {
        return new BoundReport(format, tables(grid, format, layout(grid)), cover(grid, format), grid);
    }

    /** The grid's layout key for the layout cache (null: a document's grid, never cached); worked out once per grid. */
    static String layout(Grid grid) {
        return grid.ragged() ? null : LayoutCache.layout(grid);
    }

    /** The tables of the format in the grid, replayed from the layout cache where that {@code layout} was seen. */
    Map<String, BoundTable> tables(Grid grid, FormatDefinition format, String layout) {
        Map<String, BoundTable> tables = layout == null ? null : layouts.replay(format, layout, grid);
        if (tables == null) {
            tables = bindTables(grid, format);
            if (layout != null) {
                layouts.keep(format, layout, tables);
            }
        }
        return tables;
    }

    /** Every table of the format the grid has, bound afresh, whatever layout was seen before (for benchmarks). */
    public Map<String, BoundTable> bindTables(Grid grid, FormatDefinition format) {
        Map<String, BoundTable> tables = new LinkedHashMap<>();
        // each sheet is read once for the bindings of all tables
        List<RowBinder.DocSheet> docs = grid.ragged() ? RowBinder.sheets(grid) : List.of();
        List<SheetLabels> sheets = grid.ragged() ? List.of() : grid.sheets().stream().map(SheetLabels::new).toList();
        for (TableTemplate template : format.tables()) {
            (grid.ragged() ? rowBinder.bind(docs, template) : tableBinder.bind(sheets, template))
                    .ifPresent(t -> tables.put(template.id(), t));
        }
        return tables;
    }

    /**
     * A cover field (the format's {@code cover}, see generate.TemplateWorkbook) is a label cell with the value in the
     * next non-blank cell to its right; keyed by its label.
     */
    public static Map<String, String> cover(Grid grid, FormatDefinition format) {
        List<String> labels = format.cover().stream().map(g -> g.label()).toList();
        Map<String, String> fields = new LinkedHashMap<>();
        for (GridSheet sheet : grid.sheets()) {
            for (int r = 0; r < Math.min(sheet.rows(), 40); r++) {
                List<GridCell> row = sheet.row(r);
                for (int i = 0; i < row.size(); i++) {
                    String text = row.get(i).text();
                    String key = text.isEmpty() ? "" : Labels.key(text); // numbers and blanks are no field name
                    if (!labels.contains(key) || fields.containsKey(key)) {
                        continue;
                    }
                    for (int j = i + 1; j < row.size(); j++) {
                        String value = row.get(j).value().display().strip();
                        if (!value.isEmpty() && !row.get(j).origin().equals(row.get(i).origin())) {
                            fields.put(key, value.length() > 100 ? value.substring(0, 100) : value);
                            break;
                        }
                    }
                }
            }
        }
        return fields;
    }
}

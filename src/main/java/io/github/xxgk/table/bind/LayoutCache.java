package io.github.xxgk.table.bind;

import io.github.xxgk.table.BoundCell;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.table.Grid;
import io.github.xxgk.table.GridCell;
import io.github.xxgk.table.GridSheet;
import io.github.xxgk.template.FormatDefinition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bindings of workbooks laid out like one bound before. The binder's choices depend only on a sheet's layout: its
 * name and size, where its cells are, which are merged, which are blank, and the text of those that hold text; a
 * number is a value wherever it is, whatever it is. An archive's workbooks are mostly the same distributed template
 * filled in, so the bindings of one layout are kept (keyed by the whole layout, not a hash of it) and replayed onto
 * the next workbook with that layout: each bound cell taken from the same place of the new grid.
 */
final class LayoutCache {

    /** Layouts kept; an archive with more distinct ones binds the rest as if new. */
    private static final int MAX_LAYOUTS = 64;
    /** A layout described by more characters than this (a huge sheet) is not kept. */
    private static final int MAX_LAYOUT_CHARS = 200_000;

    private final Map<FormatKey<String>, Map<String, BoundTable>> bindings = new ConcurrentHashMap<>();

    /** The layout of a workbook grid, or null where it is not worth keeping. */
    static String layout(Grid grid) {
        StringBuilder s = new StringBuilder(4096);
        for (GridSheet sheet : grid.sheets()) {
            s.append('\u0001').append(sheet.name().length()).append(':').append(sheet.name())
                    .append(' ').append(sheet.rows()).append('x').append(sheet.columns());
            for (int r = 0; r < sheet.rows(); r++) {
                s.append('\n');
                for (GridCell cell : sheet.row(r)) {
                    s.append(cell.ref().col());
                    if (cell.mergeContinuation()) {
                        s.append('^').append(cell.origin().row()).append(',').append(cell.origin().col());
                    }
                    CellValue v = cell.value();
                    if (v instanceof CellValue.Text t) {
                        s.append('t').append(t.text().length()).append(':').append(t.text());
                    } else {
                        s.append(v instanceof CellValue.Blank ? 'b' : 'v');
                    }
                }
                if (s.length() > MAX_LAYOUT_CHARS) {
                    return null;
                }
            }
        }
        return s.toString();
    }

    /** The tables bound in a grid of this layout before, replayed onto {@code grid}; null if none was. */
    Map<String, BoundTable> replay(FormatDefinition format, String layout, Grid grid) {
        Map<String, BoundTable> kept = bindings.get(new FormatKey<>(format, layout));
        if (kept == null) {
            return null;
        }
        Map<String, BoundTable> tables = new LinkedHashMap<>();
        kept.forEach((id, t) -> tables.put(id, onto(t, grid)));
        return tables;
    }

    void keep(FormatDefinition format, String layout, Map<String, BoundTable> tables) {
        if (bindings.size() >= MAX_LAYOUTS) {
            bindings.clear();
        }
        bindings.put(new FormatKey<>(format, layout), Map.copyOf(tables));
    }

    private static BoundTable onto(BoundTable t, Grid grid) {
        GridSheet sheet = sheet(grid, t.sheet());
        Map<String, BoundCell> cells = new LinkedHashMap<>();
        t.cells().forEach((key, c) -> cells.put(key, new BoundCell(c.rowId(), c.columnId(), from(grid, c.cell(), sheet))));
        List<BoundTable.Extra> extras = t.extras().stream()
                .map(e -> new BoundTable.Extra(e.rowId(), from(grid, e.cell(), sheet))).toList();
        return new BoundTable(t.template(), t.sheet(), t.anchor(), cells, t.labels(), t.missingRows(), t.missingColumns(),
                extras);
    }

    private static GridCell from(Grid grid, GridCell kept, GridSheet tableSheet) {
        GridSheet sheet = kept.ref().sheet().equals(tableSheet.name()) ? tableSheet : sheet(grid, kept.ref().sheet());
        return sheet.cell(kept.ref().row(), kept.ref().col());
    }

    private static GridSheet sheet(Grid grid, String name) {
        for (GridSheet s : grid.sheets()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalStateException("a grid of the same layout has no sheet " + name);
    }
}

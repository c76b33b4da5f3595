package io.github.xxgk.check.across;

import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.TableTemplate;
import io.github.xxgk.template.ValueKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every input cell of a format, numbered once (table, then the table's cells in template order), so that a report's
 * values fit in an array: what the checks across reports keep of each report is a few kilobytes, not its grid.
 */
public final class CellIndex {

    private static final Map<FormatDefinition, CellIndex> CACHE = Collections.synchronizedMap(new IdentityHashMap<>());

    /** One input cell: where it is in the template. */
    public record Cell(int index, TableTemplate table, String rowId, String columnId, ValueKind kind) {
        public String item() {
            return table.itemLabel(rowId, columnId);
        }
    }

    private final FormatDefinition format;
    private final List<Cell> cells;
    private final Map<String, Integer> byKey = new HashMap<>();

    private CellIndex(FormatDefinition format) {
        this.format = format;
        List<Cell> all = new ArrayList<>();
        for (TableTemplate t : format.tables()) {
            for (TableTemplate.CellSpec c : t.cells()) {
                Cell cell = new Cell(all.size(), t, c.row().id(), c.column().id(), c.column().kind());
                byKey.put(key(t.id(), cell.rowId(), cell.columnId()), cell.index());
                all.add(cell);
            }
        }
        this.cells = List.copyOf(all);
    }

    public static CellIndex of(FormatDefinition format) {
        return CACHE.computeIfAbsent(format, CellIndex::new);
    }

    public FormatDefinition format() {
        return format;
    }

    public List<Cell> cells() {
        return cells;
    }

    public int size() {
        return cells.size();
    }

    /** The cell's number, or -1 when the format has no such cell. */
    public int index(String tableId, String rowId, String columnId) {
        return byKey.getOrDefault(key(tableId, rowId, columnId), -1);
    }

    public List<Cell> ofTable(String tableId) {
        return cells.stream().filter(c -> c.table().id().equals(tableId)).toList();
    }

    private static String key(String table, String row, String column) {
        return table + ":" + row + "|" + column;
    }
}

package io.github.xxgk.table.bind;

import io.github.xxgk.table.BoundCell;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.CellRef;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.table.Grid;
import io.github.xxgk.table.GridCell;
import io.github.xxgk.table.GridSheet;
import io.github.xxgk.table.LabelObservation;

import java.util.HashSet;
import java.util.Set;

/**
 * How badly a table's binding fits the printed table: labels that differ, rows and columns not found, values beyond
 * the columns, and rows with numbers inside the table that no template row took (the 1. 2. 3. rows under a 2021
 * 「（六）其他处理」 read with the 2019 template, which has one （六） row). 0 is a table printed as its template.
 * Comparing two versions' bindings of one table by this count tells which version it was filled in.
 */
public final class TableFit {

    private TableFit() {
    }

    public static int misfit(BoundTable table, Grid grid) {
        int misfit = table.missingRows().size() + table.missingColumns().size() + table.extras().size();
        for (LabelObservation label : table.labels()) {
            if (!Labels.same(label.found(), label.expected())) {
                misfit++;
            }
        }
        return misfit + untaken(table, grid);
    }

    /** Rows between the table's first and last bound row that hold a number but no bound cell. */
    private static int untaken(BoundTable table, Grid grid) {
        GridSheet sheet = grid.sheets().stream().filter(s -> s.name().equals(table.sheet())).findFirst().orElse(null);
        if (sheet == null) {
            return 0;
        }
        Set<Integer> rows = new HashSet<>();
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (BoundCell cell : table.cells().values()) {
            CellRef ref = cell.ref();
            if (ref.col() >= CellRef.ABSENT_COLUMN || !ref.sheet().equals(sheet.name())) {
                continue;
            }
            rows.add(ref.row());
            first = Math.min(first, ref.row());
            last = Math.max(last, ref.row());
        }
        int untaken = 0;
        for (int r = first; r <= last; r++) {
            if (!rows.contains(r) && hasNumber(sheet, r)) {
                untaken++;
            }
        }
        return untaken;
    }

    private static boolean hasNumber(GridSheet sheet, int row) {
        for (GridCell cell : sheet.row(row)) {
            if (cell.value() instanceof CellValue.Number) {
                return true;
            }
        }
        return false;
    }
}

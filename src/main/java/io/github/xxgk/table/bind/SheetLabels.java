package io.github.xxgk.table.bind;

import io.github.xxgk.table.CellValue;
import io.github.xxgk.table.GridCell;
import io.github.xxgk.table.GridSheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Label cells of one sheet: text that is not a number or a placeholder, read once per sheet. */
final class SheetLabels {

    private final GridSheet sheet;

    SheetLabels(GridSheet sheet) {
        this.sheet = sheet;
    }

    GridSheet sheet() {
        return sheet;
    }

    static boolean isLabel(GridCell cell) {
        return cell.value() instanceof CellValue.Text t && !t.placeholder() && !Labels.key(t.text()).isEmpty();
    }

    /** Distinct label cells (by merge origin) in rows [fromRow, toRow) of one column, top to bottom. */
    List<GridCell> columnPath(int col, int fromRow, int toRow) {
        Map<Object, GridCell> seen = new LinkedHashMap<>();
        for (int r = Math.max(0, fromRow); r < Math.min(toRow, sheet.rows()); r++) {
            GridCell cell = sheet.cell(r, col);
            if (isLabel(cell)) {
                seen.putIfAbsent(cell.origin(), cell);
            }
        }
        return new ArrayList<>(seen.values());
    }

    /** Distinct label cells (by merge origin) in columns [fromCol, toCol) of one row, left to right. */
    List<GridCell> rowPath(int row, int fromCol, int toCol) {
        Map<Object, GridCell> seen = new LinkedHashMap<>();
        for (int c = Math.max(0, fromCol); c < Math.min(toCol, sheet.columns()); c++) {
            GridCell cell = sheet.cell(row, c);
            if (isLabel(cell)) {
                seen.putIfAbsent(cell.origin(), cell);
            }
        }
        return new ArrayList<>(seen.values());
    }

    /** The last row in [fromRow, toRow) where the column shows a label. */
    int lastLabelRow(int col, int fromRow, int toRow) {
        int last = -1;
        for (int r = Math.max(0, fromRow); r < Math.min(toRow, sheet.rows()); r++) {
            if (isLabel(sheet.cell(r, col))) {
                last = r;
            }
        }
        return last;
    }

    /** Rows holding a label similar to one of {@code labels}. */
    List<Integer> rowsMentioning(List<String> labels, double threshold) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < sheet.rows(); r++) {
            for (GridCell cell : sheet.row(r)) {
                if (isLabel(cell) && !cell.mergeContinuation() && Labels.resembles(cell.text(), labels, threshold)) {
                    rows.add(r);
                    break;
                }
            }
        }
        return rows;
    }
}

package io.github.xxgk.table.bind;

import io.github.xxgk.table.CellRef;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.table.GridCell;
import io.github.xxgk.table.GridSheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Label cells of one sheet: text that is not a number or a placeholder, read once per sheet and shared by the
 * bindings of every table of the format.
 */
final class SheetLabels {

    private final GridSheet sheet;
    private final boolean[][] label;

    SheetLabels(GridSheet sheet) {
        this.sheet = sheet;
        this.label = new boolean[sheet.rows()][sheet.columns()];
        for (int r = 0; r < sheet.rows(); r++) {
            for (int c = 0; c < sheet.columns(); c++) {
                label[r][c] = isLabel(sheet.cell(r, c));
            }
        }
    }

    GridSheet sheet() {
        return sheet;
    }

    static boolean isLabel(GridCell cell) {
        return cell.value() instanceof CellValue.Text t && !t.placeholder() && !Labels.key(t.text()).isEmpty();
    }

    /** Whether the cell at (row, col) is a label; false outside the sheet. */
    boolean isLabel(int row, int col) {
        return row >= 0 && row < label.length && col >= 0 && col < label[row].length && label[row][col];
    }

    /** Distinct label cells (by merge origin) in rows [fromRow, toRow) of one column, top to bottom. */
    List<GridCell> columnPath(int col, int fromRow, int toRow) {
        List<GridCell> path = new ArrayList<>();
        for (int r = Math.max(0, fromRow); r < Math.min(toRow, sheet.rows()); r++) {
            if (isLabel(r, col)) {
                addDistinct(path, sheet.cell(r, col));
            }
        }
        return path;
    }

    /** Distinct label cells (by merge origin) in columns [fromCol, toCol) of one row, left to right. */
    List<GridCell> rowPath(int row, int fromCol, int toCol) {
        List<GridCell> path = new ArrayList<>();
        for (int c = Math.max(0, fromCol); c < Math.min(toCol, sheet.columns()); c++) {
            if (isLabel(row, c)) {
                addDistinct(path, sheet.cell(row, c));
            }
        }
        return path;
    }

    /** Adds the cell unless the path has a cell of the same merged region already (paths are a few cells long). */
    private static void addDistinct(List<GridCell> path, GridCell cell) {
        CellRef origin = cell.origin();
        for (GridCell seen : path) {
            if (seen.origin().equals(origin)) {
                return;
            }
        }
        path.add(cell);
    }

    /** The last row in [fromRow, toRow) where the column shows a label. */
    int lastLabelRow(int col, int fromRow, int toRow) {
        int last = -1;
        for (int r = Math.max(0, fromRow); r < Math.min(toRow, sheet.rows()); r++) {
            if (isLabel(r, col)) {
                last = r;
            }
        }
        return last;
    }

    /** Rows holding a label similar to one of {@code labels}. */
    List<Integer> rowsMentioning(List<String> labels, double threshold) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < sheet.rows(); r++) {
            for (int c = 0; c < sheet.columns(); c++) {
                if (isLabel(r, c) && !sheet.cell(r, c).mergeContinuation()
                        && Labels.resembles(sheet.cell(r, c).text(), labels, threshold)) {
                    rows.add(r);
                    break;
                }
            }
        }
        return rows;
    }
}

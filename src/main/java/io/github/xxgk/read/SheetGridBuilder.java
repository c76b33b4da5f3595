package io.github.xxgk.read;

import io.github.xxgk.read.UnreadableException.Reason;
import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.table.CellRef;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.table.GridCell;
import io.github.xxgk.table.GridSheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lays out one workbook sheet as a {@link GridSheet}, the same for every workbook reader: rows up to the last
 * row the sheet has, columns up to its widest row, both extended by merged regions and cut at the dimension
 * limits; every cell a region covers reads the region's top-left value. Readers report rows as POI's usermodel
 * numbers them (a row seen twice is replaced) and the cells they keep.
 */
public final class SheetGridBuilder {

    /** Report tables fit easily; anything beyond is not read (hostile or unrelated content). */
    public static final int MAX_ROWS = 2000;
    public static final int MAX_COLUMNS = 120;
    public static final int MAX_SHEETS = 50;

    private final String name;
    private int lastRow = -1;
    private int columns;
    private CellValue[][] values = new CellValue[16][];
    private CellValue[] current;
    private final List<int[]> merges = new ArrayList<>();

    public SheetGridBuilder(String name) {
        this.name = name;
    }

    /** The sheet's last row index, as POI's {@code getLastRowNum()} gives it (-1 or 0 for an empty sheet). */
    public void lastRow(int index) {
        lastRow = index;
    }

    /** Whether a reader should work out the value of the cell at (row, col): only those are laid out. */
    public static boolean kept(int row, int col) {
        return row >= 0 && row < MAX_ROWS && col >= 0 && col < MAX_COLUMNS;
    }

    /** Starts a row; {@code lastCellNum} is one past its last cell (-1 for a row without cells). */
    public void row(int index, int lastCellNum) {
        current = null;
        if (index < 0 || index >= MAX_ROWS) {
            return;
        }
        if (index >= values.length) {
            values = Arrays.copyOf(values, Math.max(index + 1, Math.min(MAX_ROWS, values.length * 2)));
        }
        int width = Math.max(0, Math.min(lastCellNum, MAX_COLUMNS));
        current = new CellValue[width];
        values[index] = current;
        columns = Math.max(columns, width);
    }

    /** A cell of the current row, at a column below its row's {@code lastCellNum}. */
    public void cell(int col, CellValue value) {
        if (current != null && col >= 0 && col < current.length) {
            current[col] = value;
        }
    }

    /** A merged region, inclusive, as the sheet gives it. */
    public void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        merges.add(new int[] {firstRow, lastRow, firstCol, lastCol});
    }

    public GridSheet build(GridBudget budget) throws UnreadableException {
        int rows = Math.min(lastRow + 1, MAX_ROWS);
        int cols = columns;
        for (int[] m : merges) {
            rows = Math.max(rows, Math.min(m[1] + 1, MAX_ROWS));
            cols = Math.max(cols, Math.min(m[3] + 1, MAX_COLUMNS));
        }
        rows = Math.max(rows, 0);
        budget.cells(name, (long) rows * cols);
        GridCell[][] cells = new GridCell[rows][cols];
        for (int r = 0; r < rows; r++) {
            CellValue[] row = r < values.length ? values[r] : null;
            for (int c = 0; c < cols; c++) {
                CellRef ref = new CellRef(name, r, c);
                CellValue v = row == null || c >= row.length || row[c] == null ? CellValue.BLANK : row[c];
                budget.text(name, v);
                cells[r][c] = new GridCell(ref, ref, v);
            }
        }
        for (int[] m : merges) {
            resolve(cells, rows, cols, m, budget);
        }
        return new GridSheet(name, cells);
    }

    /** Every cell the region covers reads its top-left cell (itself, if an earlier region covers it, that one's). */
    private void resolve(GridCell[][] cells, int rows, int cols, int[] m, GridBudget budget) throws UnreadableException {
        int top = m[0];
        int left = m[2];
        if (top >= rows || left >= cols) {
            return;
        }
        if (top < 0 || left < 0) {
            throw new UnreadableException(Reason.CORRUPT, Detail.of("merge.outside", "merged region outside the sheet " + name, "sheet", name));
        }
        int bottom = Math.min(m[1], rows - 1);
        int right = Math.min(m[3], cols - 1);
        budget.covered(name, Math.max(0L, bottom - top + 1) * Math.max(0, right - left + 1));
        GridCell origin = cells[top][left];
        for (int r = top; r <= bottom; r++) {
            for (int c = left; c <= right; c++) {
                if (r != top || c != left) {
                    cells[r][c] = new GridCell(new CellRef(name, r, c), origin.ref(), origin.value());
                }
            }
        }
    }
}

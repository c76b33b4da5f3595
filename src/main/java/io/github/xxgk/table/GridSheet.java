package io.github.xxgk.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One sheet (or one document table) as a rectangle of typed cells, merges resolved. */
public final class GridSheet {
    private final String name;
    private final GridCell[][] cells;
    private final int columns;

    public GridSheet(String name, GridCell[][] cells) {
        this.name = name;
        this.cells = cells;
        int max = 0;
        for (GridCell[] row : cells) {
            max = Math.max(max, row.length);
        }
        this.columns = max;
    }

    public String name() {
        return name;
    }

    public int rows() {
        return cells.length;
    }

    public int columns() {
        return columns;
    }

    /** The cell at (row, col); a blank cell outside the stored range. */
    public GridCell cell(int row, int col) {
        if (row >= 0 && row < cells.length && col >= 0 && col < cells[row].length && cells[row][col] != null) {
            return cells[row][col];
        }
        CellRef ref = new CellRef(name, row, col);
        return new GridCell(ref, ref, CellValue.BLANK);
    }

    /** The stored cells of a row, left to right. */
    public List<GridCell> row(int row) {
        if (row < 0 || row >= cells.length) {
            return List.of();
        }
        List<GridCell> stored = new ArrayList<>(cells[row].length);
        for (GridCell cell : cells[row]) {
            if (cell != null) {
                stored.add(cell);
            }
        }
        return Collections.unmodifiableList(stored);
    }
}

package io.github.xxgk.table;

/** A template cell (row id × column id) and the grid cell it was bound to. */
public record BoundCell(String rowId, String columnId, GridCell cell) {

    public CellValue value() {
        return cell.value();
    }

    public CellRef ref() {
        return cell.ref();
    }
}

package io.github.xxgk.table;

/** Where a value sits in its source: sheet name and zero-based row and column. Renderers print it as A1. */
public record CellRef(String sheet, int row, int col) implements Comparable<CellRef> {

    @Override
    public int compareTo(CellRef o) {
        int c = sheet.compareTo(o.sheet);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(row, o.row);
        return c != 0 ? c : Integer.compare(col, o.col);
    }
}

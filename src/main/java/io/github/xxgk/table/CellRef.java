package io.github.xxgk.table;

/**
 * Where a value sits in its source: sheet (or document table) name, zero-based row and column, and for text
 * documents the 1-based line. Renderers print it as A1, or as the line.
 */
public record CellRef(String sheet, int row, int col, int line) implements Comparable<CellRef> {

    /** Columns from here on name cells a document row does not have (see RowBinder); they sort after real ones. */
    public static final int ABSENT_COLUMN = 10_000;

    public CellRef(String sheet, int row, int col) {
        this(sheet, row, col, 0);
    }

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

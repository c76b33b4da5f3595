package io.github.xxgk.table;

/**
 * Where a value sits in its source: sheet (or document table) name, zero-based row and column, and for text
 * documents the 1-based line. {@link #a1()} is how every output names it.
 */
public record CellRef(String sheet, int row, int col, int line) implements Comparable<CellRef> {

    public CellRef {
        sheet = PlainText.clean(sheet); // a sheet name is the file's text, printed in every location
    }

    /** Columns from here on name cells a document row does not have (see RowBinder); they sort after real ones. */
    public static final int ABSENT_COLUMN = 10_000;

    public CellRef(String sheet, int row, int col) {
        this(sheet, row, col, 0);
    }

    /** 「表三!D29」 for a workbook cell, 「line 214」 for a line of a text document, 「表格1!5:5」 for a row's absent cell. */
    public String a1() {
        if (line > 0) {
            return "line " + line;
        }
        if (col >= ABSENT_COLUMN) {
            return sheet + "!" + (row + 1) + ":" + (row + 1); // the row: the cell is not there
        }
        return sheet + "!" + column(col) + (row + 1);
    }

    /** 0 → A, 25 → Z, 26 → AA. */
    public static String column(int col) {
        StringBuilder s = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
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

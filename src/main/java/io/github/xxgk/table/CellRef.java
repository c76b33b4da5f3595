package io.github.xxgk.table;

/**
 * Where a value sits in its source: sheet (or document table) name, zero-based row and column, for text
 * documents the 1-based line, and for a PDF the 1-based page the cell is printed on (0 elsewhere).
 * {@link #a1()} is how every output names it.
 */
public record CellRef(String sheet, int row, int col, int line, int page) implements Comparable<CellRef> {

    public CellRef {
        sheet = PlainText.clean(sheet); // a sheet name is the file's text, printed in every location
    }

    /** Columns from here on name cells a document row does not have (see RowBinder); they sort after real ones. */
    public static final int ABSENT_COLUMN = 10_000;

    public CellRef(String sheet, int row, int col) {
        this(sheet, row, col, 0, 0);
    }

    public CellRef(String sheet, int row, int col, int line) {
        this(sheet, row, col, line, 0);
    }

    /**
     * 「表三!D29」 for a workbook cell, 「line 214」 for a line of a text document, 「表格1!5:5」 for a row's absent
     * cell, 「第3页 表格2!D5」 for a cell of a table printed in a PDF.
     */
    public String a1() {
        if (line > 0) {
            return "line " + line;
        }
        String onPage = page > 0 ? "第" + page + "页 " : "";
        if (col >= ABSENT_COLUMN) {
            return onPage + sheet + "!" + (row + 1) + ":" + (row + 1); // the row: the cell is not there
        }
        return onPage + sheet + "!" + column(col) + (row + 1);
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

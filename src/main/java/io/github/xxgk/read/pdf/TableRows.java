package io.github.xxgk.read.pdf;

import io.github.xxgk.read.CellText;
import io.github.xxgk.read.doc.DocumentGridBuilder;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.table.GridCell;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one printed table, over all the pages it runs across, before they go to the grid: a row that a page
 * break cut in two (Word and Writer let a row break across pages: the numbers stay above the break, the end of a
 * long label goes below it) is joined back into one row.
 */
final class TableRows {

    /** A cell of a row: its text, or the grid cell (row, col) of the merged cell it continues. */
    private record Entry(String text, int originRow, int originCol) {
        boolean merged() {
            return originRow >= 0;
        }
    }

    private record Row(int page, List<Entry> entries) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** Adds a page's part of the table; {@code continued} when it goes on from the page before. */
    void add(TableFrame frame, int page, boolean continued) {
        int first = rows.size();
        for (int r = 0; r < frame.rows(); r++) {
            List<Entry> entries = new ArrayList<>();
            for (int c = 0; c < frame.cols(); c++) {
                TableFrame.Region region = frame.regions().get(frame.owner(r, c));
                if (region.row() == r && region.col() == c) {
                    entries.add(new Entry(region.text(), -1, -1));
                } else {
                    entries.add(new Entry(null, first + region.row(), region.col()));
                }
            }
            rows.add(new Row(page, entries));
        }
        if (continued && first > 0 && first < rows.size() && split(rows.get(first - 1), rows.get(first))) {
            Row top = rows.get(first - 1);
            Row rest = rows.remove(first);
            List<Entry> joined = new ArrayList<>();
            for (int c = 0; c < top.entries().size(); c++) {
                Entry e = top.entries().get(c);
                String more = rest.entries().get(c).text();
                joined.add(e.merged() || more == null || more.isEmpty() ? e : new Entry(e.text() + more, -1, -1));
            }
            rows.set(first - 1, new Row(top.page(), joined));
            for (int i = first; i < rows.size(); i++) { // merged cells below now start one row higher
                List<Entry> shifted = new ArrayList<>();
                for (Entry e : rows.get(i).entries()) {
                    shifted.add(e.merged() && e.originRow() >= first ? new Entry(null, e.originRow() - 1, e.originCol()) : e);
                }
                rows.set(i, new Row(rows.get(i).page(), shifted));
            }
        }
    }

    /**
     * The first row of a page is the rest of the last row of the page before: the same cells, text only where the
     * row above has text too (the end of what did not fit), no number of its own, and blank where the row above
     * has its numbers.
     */
    private static boolean split(Row top, Row rest) {
        if (top.entries().size() != rest.entries().size()) {
            return false;
        }
        boolean some = false;
        boolean blankUnderText = false;
        for (int c = 0; c < top.entries().size(); c++) {
            Entry a = top.entries().get(c);
            Entry b = rest.entries().get(c);
            if (a.merged() != b.merged()) {
                return false;
            }
            if (b.merged()) {
                continue;
            }
            boolean below = !b.text().isEmpty();
            if (below && (a.text().isEmpty() || !(CellText.value(b.text()) instanceof CellValue.Text))) {
                return false;
            }
            some |= below;
            blankUnderText |= !below && !a.text().isEmpty();
        }
        return some && blankUnderText;
    }

    /** Writes the rows to the grid as one table. */
    void writeTo(DocumentGridBuilder b) {
        List<GridCell[]> cells = new ArrayList<>();
        for (Row row : rows) {
            b.page(row.page());
            GridCell[] written = new GridCell[row.entries().size()];
            for (int c = 0; c < written.length; c++) {
                Entry e = row.entries().get(c);
                if (e.merged()) {
                    GridCell origin = e.originRow() == cells.size() ? written[e.originCol()]
                            : cells.get(e.originRow())[e.originCol()];
                    b.mergedCell(origin, 0);
                } else {
                    b.cell(e.text(), 0);
                }
                List<GridCell> current = b.currentRow();
                written[c] = current.isEmpty() ? null : current.get(current.size() - 1);
            }
            cells.add(written);
            b.endRow();
        }
        rows.clear();
    }
}

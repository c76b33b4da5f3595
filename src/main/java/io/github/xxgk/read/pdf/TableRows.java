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
 * long label goes below it) is joined back into one row: the first row of the next page has only text, each
 * piece under a cell of the row above that has text and the same borders, and the row above has its numbers or
 * text over a blank cell of the next page (a header row: 「未经复议直」/「接起诉」 beside 「结果维持」 and nothing).
 */
final class TableRows {

    /** A cell of a row: its text, or the grid cell (row, col) of the merged cell it continues. */
    private record Entry(String text, int originRow, int originCol, float left, float right) {
        boolean merged() {
            return originRow >= 0;
        }
    }

    private record Row(int page, List<Entry> entries) {
    }

    /** The start of an item of its own: 「一、」「（六）」「1.」「2、」「第二十条」. */
    private static final java.util.regex.Pattern NEW_ITEM = java.util.regex.Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.、．]|第[一二三四五六七八九十百]+条)");

    private final List<Row> rows = new ArrayList<>();

    /** Adds a page's part of the table; {@code continued} when it goes on from the page before. */
    void add(TableFrame frame, int page, boolean continued) {
        int first = rows.size();
        for (int r = 0; r < frame.rows(); r++) {
            List<Entry> entries = new ArrayList<>();
            for (int c = 0; c < frame.cols(); c++) {
                TableFrame.Region region = frame.regions().get(frame.owner(r, c));
                float left = frame.x(region.col());
                float right = frame.x(region.col() + region.cols());
                if (region.row() == r && region.col() == c) {
                    entries.add(new Entry(region.text(), -1, -1, left, right));
                } else {
                    entries.add(new Entry(null, first + region.row(), region.col(), left, right));
                }
            }
            rows.add(new Row(page, entries));
        }
        if (continued && first > 0 && first < rows.size()) {
            joinVertical(first);
        }
        if (continued && first > 0 && first < rows.size() && split(rows.get(first - 1), rows.get(first))) {
            Row top = rows.get(first - 1);
            Row rest = rows.remove(first);
            List<Entry> joined = new ArrayList<>(top.entries());
            for (Entry more : rest.entries()) {
                if (more.merged() || more.text().isEmpty()) {
                    continue;
                }
                int at = above(top, more);
                Entry e = joined.get(at);
                joined.set(at, new Entry(e.text() + more.text(), -1, -1, e.left(), e.right()));
            }
            rows.set(first - 1, new Row(top.page(), joined));
            for (int i = first; i < rows.size(); i++) { // merged cells below now start one row higher
                List<Entry> shifted = new ArrayList<>();
                for (Entry e : rows.get(i).entries()) {
                    shifted.add(e.merged() && e.originRow() >= first ? new Entry(null, e.originRow() - 1, e.originCol(), e.left(), e.right()) : e);
                }
                rows.set(i, new Row(rows.get(i).page(), shifted));
            }
        }
    }

    /**
     * A cell merged down the rows that a page break cuts (the group label 「三、本年度办理结果」 beside many rows) is
     * drawn as two merged cells, one each side of the break, with its text on both, on one side only (Calc), or
     * begun above the break and ended below it (Writer). Where a cell merged over rows ends the page and a cell in
     * the same place opens the next, with the same text, one of the two blank, or text that is no item of its own,
     * they are one cell.
     */
    private void joinVertical(int first) {
        Row last = rows.get(first - 1);
        Row next = rows.get(first);
        for (int c = 0; c < last.entries().size() && c < next.entries().size(); c++) {
            Entry up = last.entries().get(c);
            Entry down = next.entries().get(c);
            if (!up.merged() || up.originRow() >= first - 1 || down.merged()
                    || Math.abs(up.left() - down.left()) > 2 || Math.abs(up.right() - down.right()) > 2) {
                continue;
            }
            int oRow = up.originRow();
            int oCol = up.originCol();
            Entry origin = rows.get(oRow).entries().get(oCol);
            String a = origin.text().strip();
            String b = down.text().strip();
            boolean rest = !a.isEmpty() && !b.isEmpty() && !a.equals(b) && !NEW_ITEM.matcher(b).find();
            if (!(a.equals(b) || a.isEmpty() || b.isEmpty() || rest)) {
                continue; // a cell of its own: 「（六）其他处理」 under 「（五）不予处理」
            }
            if (a.isEmpty() || rest) { // the text on the next page only, or the rest of it there
                rows.get(oRow).entries().set(oCol, new Entry(rest ? origin.text() + down.text() : down.text(), -1, -1,
                        origin.left(), origin.right()));
            }
            for (int r = first; r < rows.size(); r++) {
                List<Entry> entries = rows.get(r).entries();
                for (int k = 0; k < entries.size(); k++) {
                    Entry e = entries.get(k);
                    if (r == first && k == c || e.merged() && e.originRow() == first && e.originCol() == c) {
                        entries.set(k, new Entry(null, oRow, oCol, e.left(), e.right()));
                    }
                }
            }
        }
    }

    /**
     * The first row of a page is the rest of the last row of the page before: text only, each piece under a cell
     * of the row above that has text and has the same borders (the end of what did not fit), and the row above
     * has its numbers or text where this row is blank.
     */
    private static boolean split(Row top, Row rest) {
        boolean some = false;
        for (Entry b : rest.entries()) {
            if (b.merged() || b.text().isEmpty()) {
                continue;
            }
            if (!(CellText.value(b.text()) instanceof CellValue.Text) || NEW_ITEM.matcher(b.text().strip()).find()) {
                return false; // a number of its own, or a numbered item: a row of its own
            }
            int at = above(top, b);
            if (at < 0 || top.entries().get(at).text().isEmpty()) {
                return false;
            }
            some = true;
        }
        for (Entry b : rest.entries()) { // the same cells: the row's own borders on both sides of the break
            if (!b.merged() && !b.text().isEmpty()) {
                int at = above(top, b);
                if (at < 0 || Math.abs(top.entries().get(at).left() - b.left()) > 2
                        || Math.abs(top.entries().get(at).right() - b.right()) > 2) {
                    return false;
                }
            }
        }
        boolean numbers = false;
        boolean blankUnderText = false;
        for (Entry a : top.entries()) {
            numbers |= !a.merged() && CellText.value(a.text()) instanceof CellValue.Number;
        }
        for (Entry b : rest.entries()) {
            int at = b.merged() ? -1 : above(top, b);
            blankUnderText |= at >= 0 && b.text().isEmpty() && !top.entries().get(at).text().isEmpty();
        }
        return some && (numbers || blankUnderText);
    }

    /** The cell of the row above (its own text, not a merged copy) under which a cell of the next page lies. */
    private static int above(Row top, Entry below) {
        float mid = (below.left() + below.right()) / 2;
        for (int c = 0; c < top.entries().size(); c++) {
            Entry a = top.entries().get(c);
            if (!a.merged() && mid >= a.left() && mid <= a.right()) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Drops grid rows with nothing of their own: every cell blank or the continuation of a cell merged from above.
     * Writer draws the border under a cell merged down a little apart from its neighbours' borders, which cuts a
     * band across the table that is no row of the document.
     */
    private void dropEmptyBands() {
        int[] newIndex = new int[rows.size()];
        List<Row> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            boolean own = false;
            boolean fromAbove = false;
            for (Entry e : rows.get(i).entries()) {
                own |= !e.merged() && !e.text().isBlank() || e.merged() && e.originRow() == i;
                fromAbove |= e.merged() && e.originRow() < i;
            }
            if (!own && fromAbove) {
                newIndex[i] = -1;
            } else {
                newIndex[i] = kept.size();
                kept.add(rows.get(i));
            }
        }
        rows.clear();
        for (Row row : kept) {
            List<Entry> entries = new ArrayList<>();
            for (Entry e : row.entries()) {
                if (!e.merged()) {
                    entries.add(e);
                } else if (newIndex[e.originRow()] < 0) { // went on from a blank cell of a dropped band
                    entries.add(new Entry("", -1, -1, e.left(), e.right()));
                } else {
                    entries.add(new Entry(null, newIndex[e.originRow()], e.originCol(), e.left(), e.right()));
                }
            }
            rows.add(new Row(row.page(), entries));
        }
    }

    /** Writes the rows to the grid as one table. */
    void writeTo(DocumentGridBuilder b) {
        dropEmptyBands();
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

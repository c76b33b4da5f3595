package io.github.xxgk.read.doc;

import io.github.xxgk.read.CellText;
import io.github.xxgk.sandbox.Deadline;
import io.github.xxgk.table.CellRef;
import io.github.xxgk.table.Grid;
import io.github.xxgk.table.GridCell;
import io.github.xxgk.table.GridSheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what a document reader finds: tables as rows of cells (each cell keeps its line or paragraph number),
 * the text around them, and editing artefacts removed from cells. Builds a ragged {@link Grid}.
 */
public final class DocumentGridBuilder {

    /** Cells a row may have; rows a table may have: report tables are far smaller. */
    static final int MAX_CELLS = 200;
    static final int MAX_ROWS = 2000;

    private final List<GridSheet> sheets = new ArrayList<>();
    private final List<Grid.TextLine> text = new ArrayList<>();
    private final List<Grid.TextLine> artefacts = new ArrayList<>();
    private final List<GridCell[]> rows = new ArrayList<>();
    private final List<GridCell> row = new ArrayList<>();
    private String sheet;
    private int page;

    public DocumentGridBuilder(String firstSheet) {
        this.sheet = firstSheet;
    }

    /** Starts a new table (sheet); the current one is closed. */
    public void table(String name) {
        endTable();
        sheet = name;
    }

    /** The PDF page the next cells are printed on (0, the default, for documents without pages). */
    public void page(int page) {
        this.page = page;
    }

    /** Adds a cell and returns it, or null past {@link #MAX_CELLS} cells or {@link #MAX_ROWS} rows (it is dropped). */
    public GridCell cell(String raw, int line) {
        if (row.size() >= MAX_CELLS || rows.size() >= MAX_ROWS) {
            return null;
        }
        Deadline.check();
        String s = raw == null ? "" : raw;
        String clean = CellText.withoutArtefacts(s);
        if (!clean.equals(s)) {
            artefacts.add(new Grid.TextLine(line, shortened(s.strip())));
            s = clean;
        }
        CellRef ref = new CellRef(sheet, rows.size(), row.size(), line, page);
        GridCell cell = new GridCell(ref, ref, CellText.value(s));
        row.add(cell);
        return cell;
    }

    /** An artefact as a finding quotes it: its first 200 characters. */
    private static String shortened(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    /** A cell that repeats a merged cell's value (colspan, rowspan, gridSpan, vMerge). */
    public void mergedCell(GridCell origin, int line) {
        if (origin == null || row.size() >= MAX_CELLS || rows.size() >= MAX_ROWS) {
            return;
        }
        CellRef ref = new CellRef(sheet, rows.size(), row.size(), line, page);
        row.add(new GridCell(ref, origin.ref(), origin.value()));
    }

    /** Appends a continuation line to the last cell (a label broken over lines in a copied text). */
    public boolean continueCell(String more) {
        if (row.isEmpty()) {
            return false;
        }
        GridCell last = row.remove(row.size() - 1);
        String joined = last.value().display() + "\n" + more;
        row.add(new GridCell(last.ref(), last.origin(), CellText.value(joined)));
        return true;
    }

    public boolean rowOpen() {
        return !row.isEmpty();
    }

    public List<GridCell> currentRow() {
        return List.copyOf(row);
    }

    public int rowIndex() {
        return rows.size();
    }

    public void endRow() {
        if (!row.isEmpty()) {
            rows.add(row.toArray(new GridCell[0]));
            row.clear();
        }
    }

    public void text(int line, String t) {
        if (!t.isBlank()) {
            text.add(new Grid.TextLine(line, t.strip()));
        }
    }

    private void endTable() {
        endRow();
        if (!rows.isEmpty()) {
            sheets.add(new GridSheet(sheet, rows.toArray(new GridCell[0][])));
            rows.clear();
        }
    }

    public Grid build() {
        endTable();
        return new Grid(sheets, text, artefacts, true);
    }
}

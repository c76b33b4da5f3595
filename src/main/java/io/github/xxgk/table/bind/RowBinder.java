package io.github.xxgk.table.bind;

import io.github.xxgk.read.Numbers;
import io.github.xxgk.table.BoundCell;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.CellRef;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.table.Grid;
import io.github.xxgk.table.GridCell;
import io.github.xxgk.table.GridSheet;
import io.github.xxgk.table.LabelObservation;
import io.github.xxgk.table.LabelObservation.Kind;
import io.github.xxgk.template.ColumnSpec;
import io.github.xxgk.template.Group;
import io.github.xxgk.template.NoteSpec;
import io.github.xxgk.template.RowSpec;
import io.github.xxgk.template.SectionSpec;
import io.github.xxgk.template.TableTemplate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Binds tables of a published document (text copied from a web page or Word, a Word or HTML table, CSV), whose
 * rows need not line up with the header: each row is its labels followed by its values. Rows are found by
 * aligning their labels with the format's row sequence; a row's values are read in column order, the last one
 * always being the row's last column (总计). A row with more values than columns has its extra values reported
 * where they are; one with fewer has the missing cells marked absent. Nothing shifts into the next row.
 */
public final class RowBinder {

    private static final double HIT = 0.6;

    /** A document table (a sheet of the grid) as rows, read once for the bindings of every table of the format. */
    record DocSheet(GridSheet sheet, List<DocRow> rows) {
    }

    static List<DocSheet> sheets(Grid grid) {
        return grid.sheets().stream().map(sheet -> new DocSheet(sheet, rows(sheet))).toList();
    }

    Optional<BoundTable> bind(List<DocSheet> sheets, TableTemplate template) {
        BoundTable best = null;
        double bestScore = 0;
        for (DocSheet doc : sheets) {
            GridSheet sheet = doc.sheet();
            List<DocRow> rows = doc.rows();
            Result r = template.layout() == TableTemplate.Layout.SINGLE_ROW
                    ? unlabelled(sheet, rows, template) : labelled(sheet, rows, template);
            if (r != null && r.score > bestScore) {
                best = r.table;
                bestScore = r.score;
            }
        }
        return Optional.ofNullable(best);
    }

    private record Result(double score, BoundTable table) {
    }

    /**
     * A document row: its leading labels (one per merged cell), then its value cells as the grid spreads them
     * (leading and trailing empty cells dropped; a merged cell fills every grid column it spans); {@code all} its
     * cells, {@code labelCells} those of them that are labels.
     */
    record DocRow(int index, List<GridCell> labels, List<GridCell> cells, List<GridCell> all, List<GridCell> labelCells) {
        GridCell leaf() {
            return labels.get(labels.size() - 1);
        }

        /**
         * The row's values for a section of {@code columns} columns. A cell spanning several grid columns is one
         * value (table 二's 「行政许可 | 2293」 with 2293 across the three columns of the block above), unless the
         * grid columns are exactly the section's columns: then a value merged across two of them is read where it
         * stands, and the column it covers without a value of its own is reported as merged.
         */
        List<GridCell> values(int columns) {
            List<GridCell> values = onePerCell(cells);
            return values.size() != columns && cells.size() == columns ? cells : values;
        }
    }

    static List<DocRow> rows(GridSheet sheet) {
        List<DocRow> rows = new ArrayList<>();
        for (int r = 0; r < sheet.rows(); r++) {
            List<GridCell> cells = sheet.row(r);
            boolean[] label = new boolean[cells.size()];
            List<GridCell> labelCells = new ArrayList<>();
            for (int k = 0; k < cells.size(); k++) {
                label[k] = isLabel(cells.get(k));
                if (label[k]) {
                    labelCells.add(cells.get(k));
                }
            }
            int i = 0;
            while (i < cells.size() && (isEmpty(cells.get(i)) || label[i])) {
                i++;
            }
            int end = cells.size();
            while (end > i && isEmpty(cells.get(end - 1))) {
                end--;
            }
            List<GridCell> leading = new ArrayList<>();
            for (int k = 0; k < i; k++) {
                if (label[k]) {
                    leading.add(cells.get(k));
                }
            }
            rows.add(new DocRow(r, onePerCell(leading), new ArrayList<>(cells.subList(i, end)), cells, labelCells));
        }
        return rows;
    }

    /** The cells as written: a merged cell's copies in the next grid columns dropped. */
    private static List<GridCell> onePerCell(List<GridCell> cells) {
        List<GridCell> distinct = new ArrayList<>();
        for (GridCell cell : cells) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).origin().equals(cell.origin())) {
                distinct.add(cell);
            }
        }
        return distinct;
    }

    static boolean isEmpty(GridCell c) {
        return c.value() instanceof CellValue.Blank;
    }

    /** A label: text that is not a number or placeholder and has at least two letters (「12件」 is a bad value). */
    static boolean isLabel(GridCell c) {
        if (!(c.value() instanceof CellValue.Text t) || t.placeholder() || Numbers.parse(t.text()).isPresent()) {
            return false;
        }
        return t.text().codePoints().filter(Character::isLetter).count() >= 2;
    }

    // ---- tables with labelled rows: 二 (blocks) and 三 ----

    private Result labelled(GridSheet sheet, List<DocRow> all, TableTemplate t) {
        List<DocRow> candidates = all.stream().filter(r -> !r.labels().isEmpty()).toList();
        List<RowSpec> rows = t.rows();
        Alignment.Scorer scorer = (i, j) -> rowScore(t, rows.get(i), candidates.get(j));
        int[] match = Alignment.align(rows.size(), candidates.size(), scorer);
        if (Alignment.matched(match) < (rows.size() + 1) / 2) {
            return null;
        }
        Collector c = new Collector(t, sheet);
        List<String> rowLabels = rows.stream().map(RowSpec::label).toList();
        List<String> groupLabels = t.rowGroups().stream().map(Group::label).toList();
        int firstRow = Integer.MAX_VALUE;
        for (int i = 0; i < rows.size(); i++) {
            RowSpec row = rows.get(i);
            if (match[i] < 0) {
                c.missingRows.add(row.id());
                continue;
            }
            DocRow doc = candidates.get(match[i]);
            firstRow = Math.min(firstRow, doc.index());
            List<String> others = rowLabels.stream().filter(l -> !l.equals(row.label())).toList();
            c.observe(Kind.ROW, row.id(), row.printed(), doc.leaf(), row.formerLabels(), others);
            for (int k = 1; k <= row.groups().size() && k < doc.labels().size(); k++) {
                Group g = t.rowGroup(row.groups().get(row.groups().size() - k)).orElseThrow();
                GridCell found1 = doc.labels().get(doc.labels().size() - 1 - k);
                List<String> otherGroups = groupLabels.stream().filter(l -> !l.equals(g.label())).toList();
                if (Labels.standsFor(found1.text(), g.label(), otherGroups)) {
                    c.observe(Kind.ROW_GROUP, g.id(), g.printed(), found1, List.of(), otherGroups);
                }
            }
            c.values(row.id(), t.sectionOfRow(row.id()).columns(), doc);
        }
        headerLabels(c, all, firstRow);
        return new Result(Alignment.total(match, scorer), c.build(new CellRef(sheet.name(), firstRow, 0,
                candidates.get(firstMatch(match)).leaf().ref().line())));
    }

    private static int firstMatch(int[] match) {
        for (int m : match) {
            if (m >= 0) {
                return m;
            }
        }
        return 0;
    }

    private static double rowScore(TableTemplate t, RowSpec row, DocRow doc) {
        double sim = Labels.score(doc.leaf().text(), row.label(), row.formerLabels());
        if (sim < Alignment.THRESHOLD) {
            return 0;
        }
        int expected = t.sectionOfRow(row.id()).columns().size();
        return sim + (doc.values(expected).size() == expected ? 0.05 : 0);
    }

    /** Column headers, group headers, notes and block titles: the best matching label cell above the rows. */
    private void headerLabels(Collector c, List<DocRow> all, int firstRow) {
        TableTemplate t = c.template;
        if (t.layout() == TableTemplate.Layout.BLOCKS) {
            for (SectionSpec s : t.sections()) {
                String first = s.rows().get(0).id();
                BoundCell any = c.cells.values().stream().filter(b -> b.rowId().equals(first)).findFirst().orElse(null);
                if (any == null) {
                    continue;
                }
                int row = any.cell().ref().row();
                List<GridCell> window = labelsIn(all, row - 3, row);
                for (ColumnSpec col : s.columns()) {
                    best(window, col.label(), col.formerLabels()).ifPresent(cell -> c.observe(Kind.COLUMN, col.id(),
                            col.label(), cell, col.formerLabels(), List.of()));
                }
                best(window, s.title(), List.of()).filter(cell -> Labels.similarity(cell.text(), s.title(), 0.7) > 0)
                        .ifPresent(cell -> c.observe(Kind.SECTION_TITLE, s.id(), s.title(), cell, List.of(), List.of()));
            }
            return;
        }
        List<GridCell> window = labelsIn(all, firstRow - 6, firstRow);
        observeColumns(c, window);
        for (NoteSpec note : t.notes()) {
            best(window, note.label(), List.of()).ifPresent(cell -> c.observe(Kind.NOTE, note.id(), note.label(), cell,
                    List.of(), List.of()));
        }
    }

    private static void observeColumns(Collector c, List<GridCell> window) {
        TableTemplate t = c.template;
        Set<String> seen = new LinkedHashSet<>();
        for (ColumnSpec col : t.grid().columns()) {
            if (seen.add(col.label())) {
                List<String> others = t.columns().stream().map(ColumnSpec::label).filter(l -> !l.equals(col.label()))
                        .distinct().toList();
                best(window, col.label(), col.formerLabels()).ifPresent(cell -> c.observe(Kind.COLUMN, col.id(),
                        col.label(), cell, col.formerLabels(), others));
            }
        }
        for (Group g : t.columnGroups()) {
            best(window, g.label(), List.of()).ifPresent(cell -> c.observe(Kind.COLUMN_GROUP, g.id(), g.printed(), cell,
                    List.of(), List.of()));
        }
    }

    private static List<GridCell> labelsIn(List<DocRow> all, int from, int to) {
        List<GridCell> cells = new ArrayList<>();
        for (DocRow r : all) {
            if (r.index() >= from && r.index() < to) {
                cells.addAll(r.labelCells());
            }
        }
        return cells;
    }

    /** The cell most like {@code label} (exact first), if any is at least half alike. */
    private static Optional<GridCell> best(List<GridCell> cells, String label, List<String> former) {
        GridCell best = null;
        double bestSim = Alignment.THRESHOLD;
        for (GridCell cell : cells) {
            double sim = Labels.score(cell.text(), label, former);
            if (sim > bestSim || (sim == 1 && bestSim < 1)) {
                best = cell;
                bestSim = sim;
            }
        }
        return Optional.ofNullable(best);
    }

    // ---- table 四: one unlabelled row under a header ----

    private Result unlabelled(GridSheet sheet, List<DocRow> all, TableTemplate t) {
        List<Group> groups = t.columnGroups();
        int anchor = -1;
        for (DocRow r : all) {
            if (!r.labels().isEmpty() && Labels.similarity(r.labels().get(0).text(), groups.get(0).label(), HIT) > 0) {
                anchor = r.index();
                break;
            }
        }
        if (anchor < 0) {
            return null;
        }
        DocRow data = null;
        for (DocRow r : all) {
            if (r.index() > anchor && r.index() <= anchor + 5 && r.labels().isEmpty() && !r.cells().isEmpty()) {
                data = r;
                break;
            }
        }
        if (data == null) {
            return null;
        }
        Collector c = new Collector(t, sheet);
        observeColumns(c, labelsIn(all, anchor, data.index()));
        RowSpec row = t.grid().rows().get(0);
        c.values(row.id(), t.grid().columns(), data);
        return new Result(1, c.build(data.cells().get(0).ref()));
    }

    /** What one binding collects. */
    private static final class Collector extends TableCollector {

        Collector(TableTemplate template, GridSheet sheet) {
            super(template, sheet);
        }

        /**
         * The row's values in column order; the last value is always the last column (总计). Values beyond the
         * columns are extras; columns beyond the values are absent.
         */
        void values(String rowId, List<ColumnSpec> columns, DocRow row) {
            int n = columns.size();
            List<GridCell> v = row.values(n);
            int leading = Math.min(v.size(), n) - 1; // values read from the left, before the last column
            for (int i = 0; i < n; i++) {
                GridCell cell;
                if (i < leading) {
                    cell = v.get(i);
                } else if (i == n - 1 && !v.isEmpty()) {
                    cell = v.get(v.size() - 1);
                } else {
                    CellRef at = (row.labels().isEmpty() ? row.all().get(0) : row.leaf()).ref();
                    CellRef ref = new CellRef(at.sheet(), at.row(), CellRef.ABSENT_COLUMN + i, at.line(), at.page());
                    cell = new GridCell(ref, ref, CellValue.ABSENT);
                }
                bind(rowId, columns.get(i).id(), cell);
            }
            for (int i = n - 1; i < v.size() - 1; i++) {
                extras.add(new BoundTable.Extra(rowId, v.get(i)));
            }
        }

    }
}

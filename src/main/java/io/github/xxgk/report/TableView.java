package io.github.xxgk.report;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.CellRole;
import io.github.xxgk.core.FileResult;
import io.github.xxgk.table.BoundCell;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.CellRef;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.template.ColumnSpec;
import io.github.xxgk.template.Group;
import io.github.xxgk.template.RowSpec;
import io.github.xxgk.template.SectionSpec;
import io.github.xxgk.template.TableTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A bound table as reported, ready to print: one block per section of the template (table 二 has four, each with
 * its own columns), every cell as the file holds it; a cell a relation finding corrects shows 「165 → 164」, a
 * cell, row label or column header with any other finding is flagged.
 */
record TableView(TableTemplate template, List<Block> blocks) {

    /** A section: its title (「第二十条第（一）项」, or empty), the label over the row labels, columns and rows. */
    record Block(String title, String corner, List<Column> columns, List<Row> rows) {

        /** The header as printed: group labels spanning their columns, then the columns' own labels. */
        List<List<Header>> headerRows() {
            int depth = columns.stream().mapToInt(c -> c.groups().size()).max().orElse(0) + 1;
            List<List<Header>> levels = new ArrayList<>();
            for (int level = 0; level < depth; level++) {
                List<Header> headers = new ArrayList<>();
                for (int i = 0; i < columns.size(); ) {
                    Column c = columns.get(i);
                    int j = i + 1;
                    if (level < c.groups().size()) {
                        List<String> path = c.groups().subList(0, level + 1);
                        while (j < columns.size() && columns.get(j).groups().size() > level
                                && columns.get(j).groups().subList(0, level + 1).equals(path)) {
                            j++;
                        }
                        headers.add(new Header(c.groups().get(level), i, j - i, 1, false));
                    } else if (level == c.groups().size()) {
                        headers.add(new Header(c.label(), i, 1, depth - level, c.flagged()));
                    }
                    i = j;
                }
                levels.add(headers);
            }
            return levels;
        }

        /** One label per column, with as many of its groups as it takes to tell the columns apart. */
        List<String> flatLabels() {
            int most = columns.stream().mapToInt(c -> c.groups().size()).max().orElse(0);
            for (int k = 0; ; k++) {
                List<String> labels = new ArrayList<>();
                for (Column c : columns) {
                    List<String> parts = new ArrayList<>(c.groups().subList(Math.max(0, c.groups().size() - k), c.groups().size()));
                    parts.add(c.label());
                    labels.add(String.join("·", parts));
                }
                if (k >= most || new HashSet<>(labels).size() == labels.size()) {
                    return labels;
                }
            }
        }
    }

    /** A column's label and the labels of the groups above it, outermost first. */
    record Column(String label, List<String> groups, boolean flagged) {
    }

    /** A header cell from column {@code first} (0-based), spanning {@code columns} columns and {@code rows} header rows. */
    record Header(String label, int first, int columns, int rows, boolean flagged) {
    }

    /** A data row; {@code label} is empty for table 四's one row. */
    record Row(String label, boolean flagged, List<Cell> cells) {
    }

    record Cell(String text, boolean wrong, boolean flagged) {
    }

    /** Every table of the file's format that was found in it, in the format's order. */
    static List<TableView> all(FileResult file, Messages messages) {
        if (file.report() == null) {
            return List.of();
        }
        return file.report().format().tables().stream()
                .flatMap(t -> of(file, t.id(), messages).stream()).toList();
    }

    static Optional<TableView> of(FileResult file, String tableId, Messages messages) {
        if (file.report() == null) {
            return Optional.empty();
        }
        Optional<BoundTable> bound = file.report().table(tableId);
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        Marks marks = Marks.of(file.findings(), tableId);
        TableTemplate t = bound.get().template();
        List<Block> blocks = new ArrayList<>();
        for (SectionSpec section : t.sections()) {
            List<Column> columns = section.columns().stream().map(c -> new Column(c.label(),
                    c.groups().stream().map(g -> t.columnGroup(g).map(Group::label).orElse(g)).toList(),
                    marks.columns().contains(c.id()))).toList();
            List<Row> rows = new ArrayList<>();
            for (RowSpec r : section.rows()) {
                List<Cell> cells = new ArrayList<>();
                for (ColumnSpec c : section.columns()) {
                    cells.add(cell(bound.get().cell(r.id(), c.id()), marks, messages));
                }
                rows.add(new Row(r.labelled() ? t.rowLabel(r.id()) : "", marks.rows().contains(r.id()), cells));
            }
            blocks.add(new Block(section.title(), section.headerLabel(), columns, rows));
        }
        return Optional.of(new TableView(t, blocks));
    }

    private static Cell cell(Optional<BoundCell> bound, Marks marks, Messages messages) {
        if (bound.isEmpty()) {
            return new Cell("—", false, true);
        }
        CellValue v = bound.get().value();
        String shown = v instanceof CellValue.Blank ? messages.text("ui.blank")
                : v instanceof CellValue.Absent ? messages.text("ui.absent") : v.display();
        Finding fix = marks.corrections().get(bound.get().ref());
        if (fix != null) {
            return new Cell(shown + " → " + fix.expected(), true, false);
        }
        Finding candidate = marks.candidates().get(bound.get().ref());
        if (candidate != null) {
            return new Cell(shown + " → " + (candidate.expected().isEmpty() ? "?" : candidate.expected() + "?"), false, true);
        }
        return new Cell(shown, false, marks.cells().contains(bound.get().ref()));
    }

    /** The widest block: table 二's blocks of one column span the three of its first block. */
    int width() {
        return blocks.stream().mapToInt(b -> b.columns().size()).max().orElse(0);
    }

    /** Whether rows have labels of their own: every layout but table 四's single row. */
    boolean labelled() {
        return template.layout() != TableTemplate.Layout.SINGLE_ROW;
    }

    /** Whether a data cell is marked (a marked label alone is in the findings table already). */
    boolean hasMarks() {
        return blocks.stream().flatMap(b -> b.rows().stream()).flatMap(r -> r.cells().stream())
                .anyMatch(c -> c.wrong() || c.flagged());
    }

    /**
     * Where a table's findings are: the cells of the table's unique smallest correction (「165 → 164」), the
     * candidates of an ambiguous one (「60 → 61?」), other cells (a failing relation's total among them), and row and
     * column labels.
     */
    private record Marks(Map<CellRef, Finding> corrections, Map<CellRef, Finding> candidates, Set<CellRef> cells,
                         Set<String> rows, Set<String> columns) {

        static Marks of(List<Finding> findings, String tableId) {
            Marks marks = new Marks(new HashMap<>(), new HashMap<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
            for (Finding f : findings) {
                if (f.location() == null || !tableId.equals(f.tableId())) {
                    continue;
                }
                switch (CellRole.of(f)) {
                    case CHANGE -> marks.corrections().putIfAbsent(f.location(), f);
                    case CANDIDATE -> marks.candidates().putIfAbsent(f.location(), f);
                    case RELATION -> marks.cells().add(f.location()); // flagged, not shown as wrong
                    case OWN -> {
                        if (f.rowId() != null && f.columnId() == null) {
                            marks.rows().add(f.rowId());
                        } else if (f.columnId() != null && f.rowId() == null) {
                            marks.columns().add(f.columnId());
                        } else {
                            marks.cells().add(f.location());
                        }
                    }
                }
            }
            return marks;
        }
    }
}

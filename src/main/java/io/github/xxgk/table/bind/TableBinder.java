package io.github.xxgk.table.bind;

import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.CellRef;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds one template table in a grid by its labels, never by coordinates, and binds every template cell to
 * the grid cell that holds it. Sections with a column header (tables 三 and 四) are found by aligning the
 * header with the template's column paths, then the rows below it with the row labels; table 二's blocks are
 * found by their row labels, then each block's own header row.
 */
public final class TableBinder {

    private static final double HIT = 0.6;
    private static final int MAX_TABLE_ROWS = 400;

    /** The best binding of {@code template} over all sheets, if it is there at all. */
    Optional<BoundTable> bind(List<SheetLabels> sheets, TableTemplate template) {
        Binding best = null;
        for (SheetLabels sheet : sheets) {
            Binding b = switch (template.layout()) {
                case HEADED, SINGLE_ROW -> bindHeaded(sheet, template);
                case BLOCKS -> bindBlocks(sheet, template);
            };
            if (b != null && (best == null || b.score > best.score)) {
                best = b;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.table);
    }

    private record Binding(double score, BoundTable table) {
    }

    /** Collects what one binding finds, reading cells from the sheet's labels. */
    private static final class Builder extends TableCollector {
        final SheetLabels labels;

        Builder(TableTemplate template, SheetLabels labels) {
            super(template, labels.sheet());
            this.labels = labels;
        }

        void bindCell(String rowId, String columnId, int row, int col) {
            bind(rowId, columnId, labels.sheet().cell(row, col));
        }
    }

    // ---- tables with one column header: 三 (labelled rows) and 四 (one unlabelled row) ----

    private Binding bindHeaded(SheetLabels labels, TableTemplate template) {
        SectionSpec section = template.grid();
        List<ColumnSpec> columns = section.columns();
        int depth = template.headerDepth();
        Header header = findHeader(labels, template, columns, depth);
        int needed = (columns.size() + 1) / 2;
        if (header == null || header.matched() < needed) {
            return null;
        }
        Builder b = new Builder(template, labels);
        int firstDataCol = Integer.MAX_VALUE;
        int dataStart = header.start;
        for (int i = 0; i < columns.size(); i++) {
            if (header.match[i] < 0) {
                b.missingColumns.add(columns.get(i).id());
                continue;
            }
            int col = header.cols.get(header.match[i]);
            firstDataCol = Math.min(firstDataCol, col);
            dataStart = Math.max(dataStart, labels.lastLabelRow(col, header.start, header.start + depth) + 1);
            observeColumn(b, columns.get(i), header.paths.get(header.match[i]));
        }
        observeNotes(b, header.start - 3, dataStart);
        List<RowSpec> rows = section.rows();
        int[] rowOf;
        double rowScore;
        if (template.layout() == TableTemplate.Layout.SINGLE_ROW) {
            rowOf = new int[] {firstValueRow(labels, header, columns, dataStart)};
            rowScore = 1;
        } else {
            RowMatch rm = matchRows(b, rows, dataStart, firstDataCol);
            rowOf = rm.rowOf;
            rowScore = rm.score;
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rowOf[r] < 0) {
                b.missingRows.add(rows.get(r).id());
                continue;
            }
            for (int i = 0; i < columns.size(); i++) {
                if (header.match[i] >= 0) {
                    b.bindCell(rows.get(r).id(), columns.get(i).id(), rowOf[r], header.cols.get(header.match[i]));
                }
            }
        }
        CellRef anchor = new CellRef(labels.sheet().name(), header.start, firstDataCol);
        return new Binding(header.score + rowScore, b.build(anchor));
    }

    /** A header band: its first row, the candidate grid columns, their label paths and the alignment. */
    private record Header(int start, List<Integer> cols, List<List<GridCell>> paths, int[] match, double score) {
        int matched() {
            return Alignment.matched(match);
        }
    }

    private Header findHeader(SheetLabels labels, TableTemplate template, List<ColumnSpec> columns, int depth) {
        List<String> leaves = columns.stream().map(ColumnSpec::label).distinct().toList();
        Set<Integer> starts = new java.util.TreeSet<>();
        for (int hit : labels.rowsMentioning(leaves, HIT)) {
            for (int k = 0; k < depth; k++) {
                if (hit - k >= 0) {
                    starts.add(hit - k);
                }
            }
        }
        Header best = null;
        // a column's leaf label recurs in the bands of neighbouring starts: its scores are computed once
        Map<CellRef, double[]> leafScores = new HashMap<>();
        for (int start : starts) {
            List<Integer> cols = new ArrayList<>();
            List<List<GridCell>> paths = new ArrayList<>();
            List<double[]> scores = new ArrayList<>();
            for (int c = 0; c < labels.sheet().columns(); c++) {
                List<GridCell> path = labels.columnPath(c, start, start + depth);
                if (!path.isEmpty()) {
                    cols.add(c);
                    paths.add(path);
                    GridCell leaf = path.get(path.size() - 1);
                    scores.add(leafScores.computeIfAbsent(leaf.origin(), o -> leafScores(columns, leaf)));
                }
            }
            Alignment.Scorer scorer = (i, j) -> columnScore(template, columns.get(i), paths.get(j), scores.get(j)[i]);
            int[] match = Alignment.align(columns.size(), cols.size(), scorer);
            double score = Alignment.total(match, scorer);
            if (best == null || score > best.score + 1e-9) {
                best = new Header(start, cols, paths, match, score);
            }
        }
        return best;
    }

    /** How well a header leaf names each of the columns ({@link Labels#score}). */
    private static double[] leafScores(List<ColumnSpec> columns, GridCell leaf) {
        double[] scores = new double[columns.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Labels.score(leaf.text(), columns.get(i).label(), columns.get(i).formerLabels());
        }
        return scores;
    }

    /** A header path's score for a column: its leaf's score ({@code sim}), and its group headers, a quarter each. */
    private static double columnScore(TableTemplate template, ColumnSpec column, List<GridCell> path, double sim) {
        if (sim < Alignment.THRESHOLD) {
            return 0;
        }
        double groups = 0;
        List<String> expected = column.groups();
        for (int k = 1; k <= expected.size() && k < path.size(); k++) {
            String label = template.columnGroup(expected.get(expected.size() - k)).map(Group::label).orElse("");
            groups += Labels.similarity(path.get(path.size() - 1 - k).text(), label);
        }
        return sim + 0.25 * groups;
    }

    private void observeColumn(Builder b, ColumnSpec column, List<GridCell> path) {
        TableTemplate t = b.template;
        List<String> others = t.columns().stream().map(ColumnSpec::label).filter(l -> !l.equals(column.label())).toList();
        b.observe(Kind.COLUMN, column.id(), column.label(), path.get(path.size() - 1), column.formerLabels(), others);
        List<String> groupLabels = t.columnGroups().stream().map(Group::label).toList();
        List<String> expected = column.groups();
        for (int k = 1; k <= expected.size() && k < path.size(); k++) {
            Group g = t.columnGroup(expected.get(expected.size() - k)).orElseThrow();
            observeGroup(b, Kind.COLUMN_GROUP, g, path.get(path.size() - 1 - k), groupLabels);
        }
    }

    private static void observeGroup(Builder b, Kind kind, Group group, GridCell found, List<String> groupLabels) {
        List<String> others = groupLabels.stream().filter(l -> !l.equals(group.label())).toList();
        if (Labels.standsFor(found.text(), group.label(), others)) {
            b.observe(kind, group.id(), group.printed(), found, List.of(), others);
        }
    }

    private void observeNotes(Builder b, int fromRow, int toRow) {
        for (NoteSpec note : b.template.notes()) {
            GridCell best = null;
            double bestSim = Alignment.THRESHOLD;
            for (int r = Math.max(0, fromRow); r < toRow; r++) {
                for (int col = 0; col < b.labels.sheet().columns(); col++) {
                    GridCell cell = b.labels.sheet().cell(r, col);
                    if (b.labels.isLabel(r, col) && !cell.mergeContinuation()) {
                        double sim = Labels.similarity(cell.text(), note.label(), Alignment.THRESHOLD);
                        if (sim >= bestSim) {
                            best = cell;
                            bestSim = sim;
                        }
                    }
                }
            }
            if (best != null) {
                b.observe(Kind.NOTE, note.id(), note.label(), best, List.of(), List.of());
            }
        }
    }

    private record RowMatch(int[] rowOf, double score) {
    }

    private RowMatch matchRows(Builder b, List<RowSpec> rows, int dataStart, int firstDataCol) {
        SheetLabels labels = b.labels;
        int end = Math.min(labels.sheet().rows(), dataStart + MAX_TABLE_ROWS);
        List<Integer> gridRows = new ArrayList<>();
        List<List<GridCell>> paths = new ArrayList<>();
        for (int r = dataStart; r < end; r++) {
            List<GridCell> path = labels.rowPath(r, 0, firstDataCol);
            if (!path.isEmpty()) {
                gridRows.add(r);
                paths.add(path);
            }
        }
        TableTemplate t = b.template;
        Alignment.Scorer scorer = (i, j) -> rowScore(t, rows.get(i), paths.get(j));
        int[] match = Alignment.align(rows.size(), gridRows.size(), scorer);
        int[] rowOf = new int[rows.size()];
        List<String> rowLabels = rows.stream().map(RowSpec::label).toList();
        List<String> groupLabels = t.rowGroups().stream().map(Group::label).toList();
        for (int i = 0; i < rows.size(); i++) {
            rowOf[i] = match[i] < 0 ? -1 : gridRows.get(match[i]);
            if (match[i] >= 0) {
                RowSpec row = rows.get(i);
                List<GridCell> path = paths.get(match[i]);
                List<String> others = rowLabels.stream().filter(l -> !l.equals(row.label())).toList();
                b.observe(Kind.ROW, row.id(), row.printed(), path.get(path.size() - 1), row.formerLabels(), others);
                for (int k = 1; k <= row.groups().size() && k < path.size(); k++) {
                    Group g = t.rowGroup(row.groups().get(row.groups().size() - k)).orElseThrow();
                    observeGroup(b, Kind.ROW_GROUP, g, path.get(path.size() - 1 - k), groupLabels);
                }
            }
        }
        return new RowMatch(rowOf, Alignment.total(match, scorer));
    }

    private static double rowScore(TableTemplate template, RowSpec row, List<GridCell> path) {
        double sim = Labels.score(path.get(path.size() - 1).text(), row.label(), row.formerLabels());
        if (sim < Alignment.THRESHOLD) {
            return 0;
        }
        double groups = 0;
        for (int k = 1; k <= row.groups().size() && k < path.size(); k++) {
            String label = template.rowGroup(row.groups().get(row.groups().size() - k)).map(Group::label).orElse("");
            groups += Labels.similarity(path.get(path.size() - 1 - k).text(), label);
        }
        return sim + 0.1 * groups;
    }

    /** Table 四's one data row: the first row under the header with anything in the matched columns. */
    private static int firstValueRow(SheetLabels labels, Header header, List<ColumnSpec> columns, int dataStart) {
        for (int r = dataStart; r < Math.min(labels.sheet().rows(), dataStart + 4); r++) {
            for (int i = 0; i < columns.size(); i++) {
                if (header.match[i] >= 0) {
                    int col = header.cols.get(header.match[i]);
                    GridCell cell = labels.sheet().cell(r, col);
                    if (!(cell.value() instanceof io.github.xxgk.table.CellValue.Blank) && !labels.isLabel(r, col)) {
                        return r;
                    }
                }
            }
        }
        return dataStart;
    }

    // ---- table 二: blocks, each with its own header row ----

    private Binding bindBlocks(SheetLabels labels, TableTemplate template) {
        List<RowSpec> rows = template.rows();
        GridSheet sheet = labels.sheet();
        List<Integer> gridRows = new ArrayList<>();
        List<GridCell> leaves = new ArrayList<>();
        for (int r = 0; r < sheet.rows(); r++) {
            List<GridCell> path = labels.rowPath(r, 0, sheet.columns());
            if (!path.isEmpty()) {
                gridRows.add(r);
                leaves.add(path.get(0));
            }
        }
        Alignment.Scorer scorer = (i, j) -> Labels.score(leaves.get(j).text(), rows.get(i).label(),
                rows.get(i).formerLabels());
        int[] match = Alignment.align(rows.size(), gridRows.size(), scorer);
        double score = Alignment.total(match, scorer);
        if (Alignment.matched(match) < (rows.size() + 1) / 2) {
            return null;
        }
        Builder b = new Builder(template, labels);
        Map<String, Integer> rowIndex = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            rowIndex.put(rows.get(i).id(), i);
        }
        List<String> rowLabels = rows.stream().map(RowSpec::label).toList();
        CellRef anchor = null;
        for (SectionSpec section : template.sections()) {
            int firstRow = -1;
            int labelCol = 0;
            for (RowSpec row : section.rows()) {
                int m = match[rowIndex.get(row.id())];
                if (m < 0) {
                    b.missingRows.add(row.id());
                    continue;
                }
                GridCell leaf = leaves.get(m);
                List<String> others = rowLabels.stream().filter(l -> !l.equals(row.label())).toList();
                b.observe(Kind.ROW, row.id(), row.printed(), leaf, row.formerLabels(), others);
                if (firstRow < 0) {
                    firstRow = gridRows.get(m);
                    labelCol = leaf.ref().col();
                }
            }
            if (firstRow < 0) {
                section.columns().forEach(c -> b.missingColumns.add(c.id()));
                continue;
            }
            if (anchor == null) {
                anchor = new CellRef(sheet.name(), firstRow, labelCol);
            }
            int[] colOf = blockColumns(b, section, firstRow, labelCol);
            for (RowSpec row : section.rows()) {
                int m = match[rowIndex.get(row.id())];
                for (int i = 0; i < section.columns().size(); i++) {
                    if (m >= 0 && colOf[i] >= 0) {
                        b.bindCell(row.id(), section.columns().get(i).id(), gridRows.get(m), colOf[i]);
                    }
                }
            }
        }
        return new Binding(score, b.build(anchor));
    }

    /** The grid column of each of a block's columns: from its header row, or by position after the row label. */
    private int[] blockColumns(Builder b, SectionSpec section, int firstRow, int labelCol) {
        List<ColumnSpec> columns = section.columns();
        int[] colOf = new int[columns.size()];
        java.util.Arrays.fill(colOf, -1);
        GridSheet sheet = b.labels.sheet();
        List<String> headerLabels = new ArrayList<>(columns.stream().map(ColumnSpec::label).toList());
        headerLabels.add(section.headerLabel());
        for (int r = firstRow - 1; r >= Math.max(0, firstRow - 4); r--) {
            List<GridCell> path = b.labels.rowPath(r, labelCol, sheet.columns());
            if (path.stream().noneMatch(c -> Labels.resembles(c.text(), headerLabels, HIT))) {
                continue;
            }
            List<GridCell> candidates = path.stream().filter(c -> c.ref().col() > labelCol).toList();
            Alignment.Scorer scorer = (i, j) -> Labels.score(candidates.get(j).text(), columns.get(i).label(),
                    columns.get(i).formerLabels());
            int[] match = Alignment.align(columns.size(), candidates.size(), scorer);
            List<String> labelsOfTable = b.template.columns().stream().map(ColumnSpec::label).distinct().toList();
            for (int i = 0; i < columns.size(); i++) {
                if (match[i] >= 0) {
                    GridCell cell = candidates.get(match[i]);
                    colOf[i] = cell.ref().col();
                    ColumnSpec column = columns.get(i);
                    List<String> others = labelsOfTable.stream().filter(l -> !l.equals(column.label())).toList();
                    b.observe(Kind.COLUMN, column.id(), column.label(), cell, column.formerLabels(), others);
                }
            }
            observeTitle(b, section, r);
            break;
        }
        Set<Integer> used = new HashSet<>();
        for (int c : colOf) {
            used.add(c);
        }
        int next = labelCol + 1;
        for (int i = 0; i < columns.size(); i++) {
            if (colOf[i] < 0) {
                while (used.contains(next) || b.labels.sheet().cell(firstRow, next).mergeContinuation()) {
                    next++;
                }
                if (next < sheet.columns()) {
                    colOf[i] = next;
                    used.add(next);
                } else {
                    b.missingColumns.add(columns.get(i).id());
                }
            }
        }
        return colOf;
    }

    private static void observeTitle(Builder b, SectionSpec section, int headerRow) {
        if (section.title().isEmpty()) {
            return;
        }
        for (int r = headerRow - 1; r >= Math.max(0, headerRow - 2); r--) {
            for (GridCell cell : b.labels.rowPath(r, 0, b.labels.sheet().columns())) {
                if (Labels.similarity(cell.text(), section.title(), 0.7) > 0) {
                    b.observe(Kind.SECTION_TITLE, section.id(), section.title(), cell, List.of(), List.of());
                    return;
                }
            }
        }
    }
}

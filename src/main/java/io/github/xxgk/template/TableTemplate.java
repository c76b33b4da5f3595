package io.github.xxgk.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One statistical table of the format: its sections, rows, columns, group headers and notes. Immutable; the lookups
 * by id and the labels a person reads are derived once, when the definition is loaded, since the binders and checks
 * ask for them for every cell of every report.
 */
public final class TableTemplate {

    private final String id;
    private final String number;
    private final String title;
    private final String sheetHint;
    private final Layout layout;
    private final int headerDepth;
    private final int blockWidth;
    private final String versionMark;
    private final List<NoteSpec> notes;
    private final List<Group> rowGroups;
    private final List<Group> columnGroups;
    private final List<SectionSpec> sections;

    private final List<RowSpec> rows;
    private final List<ColumnSpec> columns;
    private final List<CellSpec> cells;
    private final Map<String, RowSpec> rowById = new HashMap<>();
    private final Map<String, ColumnSpec> columnById = new HashMap<>();
    private final Map<String, Group> rowGroupById = new HashMap<>();
    private final Map<String, Group> columnGroupById = new HashMap<>();
    private final Map<String, SectionSpec> sectionByRow = new HashMap<>();
    private final Map<String, String> rowLabels = new HashMap<>();
    private final Map<String, String> columnLabels = new HashMap<>();
    private final Map<String, String> columnPaths = new HashMap<>();

    @JsonCreator
    public TableTemplate(@JsonProperty("id") String id, @JsonProperty("number") String number,
                         @JsonProperty("title") String title, @JsonProperty("sheetHint") String sheetHint,
                         @JsonProperty("layout") Layout layout, @JsonProperty("headerDepth") Integer headerDepth,
                         @JsonProperty("blockWidth") Integer blockWidth, @JsonProperty("versionMark") String versionMark,
                         @JsonProperty("notes") List<NoteSpec> notes, @JsonProperty("rowGroups") List<Group> rowGroups,
                         @JsonProperty("columnGroups") List<Group> columnGroups,
                         @JsonProperty("sections") List<SectionSpec> sections) {
        this.id = id;
        this.number = number;
        this.title = title;
        this.sheetHint = sheetHint;
        this.layout = layout;
        this.headerDepth = headerDepth == null ? 0 : headerDepth;
        this.blockWidth = blockWidth == null ? 0 : blockWidth;
        this.versionMark = versionMark == null ? "" : versionMark;
        this.notes = notes == null ? List.of() : List.copyOf(notes);
        this.rowGroups = rowGroups == null ? List.of() : List.copyOf(rowGroups);
        this.columnGroups = columnGroups == null ? List.of() : List.copyOf(columnGroups);
        this.sections = sections == null ? List.of() : List.copyOf(sections);
        List<RowSpec> allRows = new ArrayList<>();
        List<ColumnSpec> allColumns = new ArrayList<>();
        List<CellSpec> allCells = new ArrayList<>();
        for (SectionSpec section : this.sections) {
            allRows.addAll(section.rows());
            allColumns.addAll(section.columns());
            for (RowSpec row : section.rows()) {
                sectionByRow.putIfAbsent(row.id(), section);
                for (ColumnSpec column : section.columns()) {
                    allCells.add(new CellSpec(row, column));
                }
            }
        }
        this.rows = List.copyOf(allRows);
        this.columns = List.copyOf(allColumns);
        this.cells = List.copyOf(allCells);
        rows.forEach(r -> rowById.putIfAbsent(r.id(), r));
        columns.forEach(c -> columnById.putIfAbsent(c.id(), c));
        this.rowGroups.forEach(g -> rowGroupById.putIfAbsent(g.id(), g));
        this.columnGroups.forEach(g -> columnGroupById.putIfAbsent(g.id(), g));
        rowById.forEach((rowId, row) -> rowLabels.put(rowId, deriveRowLabel(row)));
        columnById.forEach((columnId, column) -> {
            columnLabels.put(columnId, deriveColumnLabel(column));
            columnPaths.put(columnId, deriveColumnPath(column));
        });
    }

    public String id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String sheetHint() {
        return sheetHint;
    }

    /** How the table is laid out on the page, as the definition declares it; binders and the generator follow it. */
    public Layout layout() {
        return layout;
    }

    /** Header rows above the data of a {@link Layout#HEADED} or {@link Layout#SINGLE_ROW} table. */
    public int headerDepth() {
        return headerDepth;
    }

    /** Data columns each block of a {@link Layout#BLOCKS} table spans; a block with fewer columns widens them. */
    public int blockWidth() {
        return blockWidth;
    }

    /**
     * What tells this table apart from the same table of the other format version, in a clerk's words
     * (「「（六）其他处理」只有一行」); empty where the versions' tables are alike.
     */
    public String versionMark() {
        return versionMark;
    }

    /** The one section of a {@link Layout#HEADED} or {@link Layout#SINGLE_ROW} table. */
    public SectionSpec grid() {
        if (layout == Layout.BLOCKS || sections.size() != 1) {
            throw new IllegalStateException("table " + id + " is laid out in blocks, not as one grid");
        }
        return sections.get(0);
    }

    public List<NoteSpec> notes() {
        return notes;
    }

    public List<Group> rowGroups() {
        return rowGroups;
    }

    public List<Group> columnGroups() {
        return columnGroups;
    }

    public List<SectionSpec> sections() {
        return sections;
    }

    /** 「表三」: how the table is named in findings. */
    public String displayName() {
        return "表" + number;
    }

    /** Every row, section by section. */
    public List<RowSpec> rows() {
        return rows;
    }

    /** Every column, section by section. */
    public List<ColumnSpec> columns() {
        return columns;
    }

    public RowSpec row(String rowId) {
        return found(rowById.get(rowId), "row", rowId);
    }

    public ColumnSpec column(String columnId) {
        return found(columnById.get(columnId), "column", columnId);
    }

    public Optional<Group> rowGroup(String groupId) {
        return Optional.ofNullable(rowGroupById.get(groupId));
    }

    public Optional<Group> columnGroup(String groupId) {
        return Optional.ofNullable(columnGroupById.get(groupId));
    }

    public SectionSpec sectionOfRow(String rowId) {
        SectionSpec section = sectionByRow.get(rowId);
        if (section == null) {
            throw new IllegalArgumentException("no row " + rowId + " in " + id);
        }
        return section;
    }

    /** Every (row, column) pair that holds a number: a row's cells are the columns of its own section. */
    public List<CellSpec> cells() {
        return cells;
    }

    /**
     * A row's label as a person names it on its own: 「（四）1.本机关不掌握相关政府信息」 — a leaf row under a
     * numbered group carries the group's number, since 「1.」 alone occurs under every group.
     */
    public String rowLabel(String rowId) {
        return found(rowLabels.get(rowId), "row", rowId);
    }

    /**
     * A column's label as a person names it on its own: the header label 「自然人」 where it is unique in the table;
     * else qualified by the group headers above it, 「行政复议·总计」「行政诉讼·复议后起诉·总计」; where those do not
     * tell it apart either, by its section's title, 「第二十条第（五）项·本年处理决定数量」.
     */
    public String columnLabel(String columnId) {
        return found(columnLabels.get(columnId), "column", columnId);
    }

    /** The label a person reads for a cell: 「（七）总计 × 自然人」, or the column path alone for table 四. */
    public String itemLabel(String rowId, String columnId) {
        RowSpec row = row(rowId);
        String columnPath = found(columnPaths.get(columnId), "column", columnId);
        return row.labelled() ? rowLabel(rowId) + " × " + columnPath : columnPath;
    }

    private String deriveRowLabel(RowSpec row) {
        if (row.groups().size() >= 2) {
            String group = rowGroup(row.groups().get(row.groups().size() - 1)).map(Group::number).orElse("");
            return group + row.printed();
        }
        return row.printed();
    }

    private String deriveColumnLabel(ColumnSpec column) {
        if (columns.stream().filter(c -> Objects.equals(c.label(), column.label())).count() == 1) {
            return column.label();
        }
        String grouped = groupPath(column);
        if (columns.stream().filter(c -> groupPath(c).equals(grouped)).count() == 1) {
            return grouped;
        }
        return sections.stream().filter(s -> s.columns().contains(column)).findFirst()
                .map(s -> s.title().isEmpty() ? grouped : s.title() + "·" + grouped).orElse(grouped);
    }

    private String groupPath(ColumnSpec column) {
        return column.groups().stream().map(g -> columnGroup(g).map(Group::label).orElse(g) + "·")
                .collect(Collectors.joining()) + column.label();
    }

    /** The column's group headers and label as in {@link #itemLabel}: 「行政复议·结果维持」. */
    private String deriveColumnPath(ColumnSpec column) {
        return column.groups().stream()
                .map(g -> columnGroup(g).orElse(new Group(g, "", g, true)))
                .filter(Group::inItemLabel)
                .map(g -> g.label() + "·")
                .collect(Collectors.joining()) + column.label();
    }

    private static <T> T found(T item, String what, String id) {
        if (item == null) {
            throw new IllegalArgumentException("no " + what + " '" + id + "'");
        }
        return item;
    }

    /** Equal when defined alike, as a record would be: the derived lookups follow from the definition. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof TableTemplate t && Objects.equals(id, t.id) && Objects.equals(number, t.number)
                && Objects.equals(title, t.title) && Objects.equals(sheetHint, t.sheetHint) && layout == t.layout
                && headerDepth == t.headerDepth && blockWidth == t.blockWidth && versionMark.equals(t.versionMark) && notes.equals(t.notes)
                && rowGroups.equals(t.rowGroups) && columnGroups.equals(t.columnGroups) && sections.equals(t.sections);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, number, title, sheetHint, layout, headerDepth, blockWidth, notes, rowGroups, columnGroups, sections);
    }

    @Override
    public String toString() {
        return "TableTemplate[id=" + id + ", number=" + number + ", title=" + title + ", sheetHint=" + sheetHint + ", layout=" + layout
                + ", notes=" + notes + ", rowGroups=" + rowGroups + ", columnGroups=" + columnGroups
                + ", sections=" + sections + "]";
    }

    /** A copy with other sections (a variant's extra rows, renamed headers) and notes; the rest as declared. */
    public TableTemplate with(List<NoteSpec> otherNotes, List<SectionSpec> otherSections) {
        return new TableTemplate(id, number, title, sheetHint, layout, headerDepth, blockWidth, versionMark, otherNotes, rowGroups,
                columnGroups, otherSections);
    }

    /**
     * The three layouts a table can declare: a grid under one column header with labelled rows (table 三), blocks
     * each with a title row and a header of their own (table 二), one unlabelled row of numbers under a header (table 四).
     */
    public enum Layout { HEADED, BLOCKS, SINGLE_ROW }

    /** A data cell of the template. */
    public record CellSpec(RowSpec row, ColumnSpec column) {
    }
}

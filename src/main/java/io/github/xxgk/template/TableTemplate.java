package io.github.xxgk.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One statistical table of the format: its sections, rows, columns, group headers and notes. */
public record TableTemplate(String id, String number, String title, String sheetHint, List<NoteSpec> notes,
                            List<Group> rowGroups, List<Group> columnGroups, List<SectionSpec> sections) {

    public TableTemplate {
        notes = notes == null ? List.of() : List.copyOf(notes);
        rowGroups = rowGroups == null ? List.of() : List.copyOf(rowGroups);
        columnGroups = columnGroups == null ? List.of() : List.copyOf(columnGroups);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** 「表三」: how the table is named in findings. */
    public String displayName() {
        return "表" + number;
    }

    public List<RowSpec> rows() {
        return sections.stream().flatMap(s -> s.rows().stream()).toList();
    }

    public List<ColumnSpec> columns() {
        List<ColumnSpec> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.columns()));
        return all;
    }

    public RowSpec row(String rowId) {
        return find(rows(), RowSpec::id, rowId, "row");
    }

    public ColumnSpec column(String columnId) {
        return find(columns(), ColumnSpec::id, columnId, "column");
    }

    public Optional<Group> rowGroup(String groupId) {
        return rowGroups.stream().filter(g -> g.id().equals(groupId)).findFirst();
    }

    public Optional<Group> columnGroup(String groupId) {
        return columnGroups.stream().filter(g -> g.id().equals(groupId)).findFirst();
    }

    public SectionSpec sectionOfRow(String rowId) {
        return sections.stream().filter(s -> s.rows().stream().anyMatch(r -> r.id().equals(rowId)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no row " + rowId + " in " + id));
    }

    /** Every (row, column) pair that holds a number: a row's cells are the columns of its own section. */
    public List<CellSpec> cells() {
        List<CellSpec> cells = new ArrayList<>();
        for (SectionSpec section : sections) {
            for (RowSpec row : section.rows()) {
                for (ColumnSpec column : section.columns()) {
                    cells.add(new CellSpec(row, column));
                }
            }
        }
        return cells;
    }

    /**
     * A row's label as a person names it on its own: 「（四）1.本机关不掌握相关政府信息」 — a leaf row under a
     * numbered group carries the group's number, since 「1.」 alone occurs under every group.
     */
    public String rowLabel(String rowId) {
        RowSpec row = row(rowId);
        if (row.groups().size() >= 2) {
            String group = rowGroup(row.groups().get(row.groups().size() - 1)).map(Group::number).orElse("");
            return group + row.printed();
        }
        return row.printed();
    }

    /**
     * A column's label as a person names it on its own: the header label 「自然人」 where it is unique in the table;
     * else qualified by the group headers above it, 「行政复议·总计」「行政诉讼·复议后起诉·总计」; where those do not
     * tell it apart either, by its section's title, 「第二十条第（五）项·本年处理决定数量」.
     */
    public String columnLabel(String columnId) {
        ColumnSpec column = column(columnId);
        List<ColumnSpec> all = columns();
        if (all.stream().filter(c -> c.label().equals(column.label())).count() == 1) {
            return column.label();
        }
        String grouped = groupPath(column);
        if (all.stream().filter(c -> groupPath(c).equals(grouped)).count() == 1) {
            return grouped;
        }
        return sections.stream().filter(s -> s.columns().contains(column)).findFirst()
                .map(s -> s.title().isEmpty() ? grouped : s.title() + "·" + grouped).orElse(grouped);
    }

    private String groupPath(ColumnSpec column) {
        return column.groups().stream().map(g -> columnGroup(g).map(Group::label).orElse(g) + "·")
                .collect(Collectors.joining()) + column.label();
    }

    /** The label a person reads for a cell: 「（七）总计 × 自然人」, or the column path alone for table 四. */
    public String itemLabel(String rowId, String columnId) {
        RowSpec row = row(rowId);
        ColumnSpec column = column(columnId);
        String columnPath = column.groups().stream()
                .map(g -> columnGroup(g).map(Group::label).orElse(g))
                .filter(l -> !l.equals("申请人情况"))
                .map(l -> l + "·")
                .collect(Collectors.joining()) + column.label();
        return row.labelled() ? rowLabel(rowId) + " × " + columnPath : columnPath;
    }

    private static <T> T find(List<T> items, Function<T, String> key, String id, String what) {
        Map<String, T> byId = items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
        T item = byId.get(id);
        if (item == null) {
            throw new IllegalArgumentException("no " + what + " '" + id + "'");
        }
        return item;
    }

    /** A data cell of the template. */
    public record CellSpec(RowSpec row, ColumnSpec column) {
    }
}

package io.github.xxgk.template;

import java.util.List;

/**
 * A block of a table with its own header: table 二 has four (第二十条第（一）（五）（六）（八）项), tables 三 and 四 one each.
 * {@code title} and {@code headerLabel} are empty where the block has none.
 */
public record SectionSpec(String id, String title, String headerLabel, List<ColumnSpec> columns, List<RowSpec> rows) {
    public SectionSpec {
        title = title == null ? "" : title;
        headerLabel = headerLabel == null ? "" : headerLabel;
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}

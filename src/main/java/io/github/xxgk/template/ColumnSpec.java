package io.github.xxgk.template;

import java.util.List;

/** One data column of a table, with its verbatim header label and the group headers above it (outermost first). */
public record ColumnSpec(String id, String label, ValueKind kind, List<String> groups, List<String> formerLabels) {
    public ColumnSpec {
        kind = kind == null ? ValueKind.COUNT : kind;
        groups = groups == null ? List.of() : List.copyOf(groups);
        formerLabels = formerLabels == null ? List.of() : List.copyOf(formerLabels);
    }
}

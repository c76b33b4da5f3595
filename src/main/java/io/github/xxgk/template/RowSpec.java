package io.github.xxgk.template;

import java.util.List;

/**
 * One data row: its numbering (「一、」「（一）」「1.」), the verbatim label, the row groups it sits under (outermost first)
 * and labels of earlier format versions that name the same row.
 */
public record RowSpec(String id, String number, String label, List<String> groups, List<String> formerLabels) {
    public RowSpec {
        number = number == null ? "" : number;
        label = label == null ? "" : label;
        groups = groups == null ? List.of() : List.copyOf(groups);
        formerLabels = formerLabels == null ? List.of() : List.copyOf(formerLabels);
    }

    public String printed() {
        return number + label;
    }

    /** Table 四 has one data row with no label of its own. */
    public boolean labelled() {
        return !label.isEmpty();
    }
}

package io.github.xxgk.table;

import java.util.List;

/**
 * A label the binder matched to the template: what the format prints and what the file has, and where.
 * {@code otherLabels} are the labels of the same kind elsewhere in the table (to tell a renamed category).
 */
public record LabelObservation(Kind kind, String tableId, String specId, String expected, String found, CellRef at,
                               List<String> formerLabels, List<String> otherLabels) {

    public enum Kind { ROW, ROW_GROUP, COLUMN, COLUMN_GROUP, NOTE, SECTION_TITLE }

    public LabelObservation {
        formerLabels = List.copyOf(formerLabels);
        otherLabels = List.copyOf(otherLabels);
    }
}

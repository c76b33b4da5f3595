package io.github.xxgk.table;

import io.github.xxgk.template.TableTemplate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A table of the template found in a file: each template cell with its source cell, the labels as found,
 * and the rows and columns that could not be found.
 */
public record BoundTable(TableTemplate template, String sheet, CellRef anchor, Map<String, BoundCell> cells,
                         List<LabelObservation> labels, Set<String> missingRows, Set<String> missingColumns,
                         List<Extra> extras) {

    public BoundTable {
        cells = BoundCells.of(cells);
        labels = List.copyOf(labels);
        missingRows = Set.copyOf(missingRows);
        missingColumns = Set.copyOf(missingColumns);
        extras = List.copyOf(extras);
    }

    /** A value a document row has beyond the table's columns: reported where it is, never absorbed. */
    public record Extra(String rowId, GridCell cell) {
    }

    public static String key(String rowId, String columnId) {
        return rowId + "|" + columnId;
    }

    public Optional<BoundCell> cell(String rowId, String columnId) {
        return Optional.ofNullable(((BoundCells) cells).get(rowId, columnId));
    }

    public String tableId() {
        return template.id();
    }
}

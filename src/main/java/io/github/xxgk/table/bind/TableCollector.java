package io.github.xxgk.table.bind;

import io.github.xxgk.table.BoundCell;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.CellRef;
import io.github.xxgk.table.GridCell;
import io.github.xxgk.table.GridSheet;
import io.github.xxgk.table.LabelObservation;
import io.github.xxgk.table.LabelObservation.Kind;
import io.github.xxgk.template.TableTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one binding of a template table collects, whichever binder finds it; builds the {@link BoundTable}. */
class TableCollector {

    final TableTemplate template;
    final GridSheet sheet;
    final Map<String, BoundCell> cells = new LinkedHashMap<>();
    final Set<String> missingRows = new LinkedHashSet<>();
    final Set<String> missingColumns = new LinkedHashSet<>();
    final List<BoundTable.Extra> extras = new ArrayList<>();
    private final Map<CellRef, LabelObservation> observations = new LinkedHashMap<>();

    TableCollector(TableTemplate template, GridSheet sheet) {
        this.template = template;
        this.sheet = sheet;
    }

    /** A label found for a template item; a merged label cell is observed once. */
    void observe(Kind kind, String specId, String expected, GridCell found, List<String> former, List<String> others) {
        observations.putIfAbsent(found.origin(), new LabelObservation(kind, template.id(), specId, expected,
                found.text(), found.origin(), former, others));
    }

    void bind(String rowId, String columnId, GridCell cell) {
        cells.put(BoundTable.key(rowId, columnId), new BoundCell(rowId, columnId, cell));
    }

    BoundTable build(CellRef anchor) {
        return new BoundTable(template, sheet.name(), anchor, cells, new ArrayList<>(observations.values()),
                missingRows, missingColumns, extras);
    }
}

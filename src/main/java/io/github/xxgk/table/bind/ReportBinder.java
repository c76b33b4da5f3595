package io.github.xxgk.table.bind;

import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.Grid;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.TableTemplate;

import java.util.LinkedHashMap;
import java.util.Map;

/** Binds every table of a format found in a grid. */
public final class ReportBinder {

    private final TableBinder tableBinder = new TableBinder();

    public BoundReport bind(Grid grid, FormatDefinition format) {
        Map<String, BoundTable> tables = new LinkedHashMap<>();
        for (TableTemplate template : format.tables()) {
            tableBinder.bind(grid, template).ifPresent(t -> tables.put(template.id(), t));
        }
        return new BoundReport(format, tables);
    }
}

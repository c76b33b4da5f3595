package io.github.xxgk.report;

import io.github.xxgk.check.Finding;
import io.github.xxgk.core.FileResult;
import io.github.xxgk.table.BoundCell;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.CellRef;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.template.ColumnSpec;
import io.github.xxgk.template.RowSpec;
import io.github.xxgk.template.TableTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bound table as reported, ready to print: every cell shows what the file holds; a cell a relation finding
 * corrects shows 「165 → 164」; a cell with any other finding is marked.
 */
record TableView(TableTemplate template, List<String> columns, List<Row> rows) {

    record Row(String label, List<Cell> cells) {
    }

    record Cell(String text, boolean wrong, boolean flagged) {
    }

    static Optional<TableView> of(FileResult file, String tableId, Messages messages) {
        if (file.report() == null) {
            return Optional.empty();
        }
        Optional<BoundTable> bound = file.report().table(tableId);
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        Map<CellRef, Finding> corrections = new HashMap<>();
        Map<CellRef, Finding> flags = new HashMap<>();
        for (Finding f : file.findings()) {
            if (f.location() == null || !tableId.equals(f.tableId())) {
                continue;
            }
            if (f.relationId() != null && !f.expected().isEmpty()) {
                corrections.putIfAbsent(f.location(), f);
            } else {
                flags.putIfAbsent(f.location(), f);
            }
        }
        TableTemplate t = bound.get().template();
        List<ColumnSpec> specs = t.sections().get(0).columns();
        List<Row> rows = new ArrayList<>();
        for (RowSpec r : t.sections().get(0).rows()) {
            List<Cell> cells = new ArrayList<>();
            for (ColumnSpec c : specs) {
                Optional<BoundCell> cell = bound.get().cell(r.id(), c.id());
                if (cell.isEmpty()) {
                    cells.add(new Cell("—", false, true));
                    continue;
                }
                CellValue v = cell.get().value();
                String shown = v instanceof CellValue.Blank ? messages.text("ui.blank")
                        : v instanceof CellValue.Absent ? messages.text("ui.absent") : v.display();
                Finding fix = corrections.get(cell.get().ref());
                if (fix != null) {
                    cells.add(new Cell(shown + " → " + fix.expected(), true, false));
                } else {
                    cells.add(new Cell(shown, false, flags.containsKey(cell.get().ref())));
                }
            }
            rows.add(new Row(t.rowLabel(r.id()), cells));
        }
        return Optional.of(new TableView(t, specs.stream().map(ColumnSpec::label).toList(), rows));
    }

    boolean hasMarks() {
        return rows.stream().flatMap(r -> r.cells().stream()).anyMatch(c -> c.wrong() || c.flagged());
    }
}

package io.github.xxgk.check;

import io.github.xxgk.table.BoundCell;
import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.template.ColumnSpec;
import io.github.xxgk.template.TableTemplate;
import io.github.xxgk.template.ValueKind;

import java.math.BigDecimal;
import java.util.Map;

/** Every data cell holds what its column allows: a non-negative whole number, or a 万元 amount at the format's precision. */
public final class ValueCheck implements Check {

    @Override
    public void check(BoundReport report, Findings findings) {
        int scale = report.format().amountScale();
        for (BoundTable table : report.tables().values()) {
            TableTemplate t = table.template();
            for (TableTemplate.CellSpec spec : t.cells()) {
                table.cell(spec.row().id(), spec.column().id())
                        .ifPresent(cell -> check(table, cell, spec.column(), scale, findings));
            }
        }
    }

    private static void check(BoundTable table, BoundCell cell, ColumnSpec column, int scale, Findings findings) {
        if (cell.cell().mergeContinuation()) {
            report(Rule.VALUE_MERGED, table, cell, findings, Map.of());
            return;
        }
        CellValue value = cell.value();
        if (value instanceof CellValue.Absent) {
            report(Rule.CELL_MISSING, table, cell, findings, Map.of());
        } else if (value instanceof CellValue.Number n) {
            checkNumber(table, cell, column, scale, n.value(), findings);
        } else if (value instanceof CellValue.Blank) {
            report(Rule.VALUE_BLANK, table, cell, findings, Map.of());
        } else if (value instanceof CellValue.Text t && t.placeholder()) {
            report(Rule.VALUE_PLACEHOLDER, table, cell, findings, Map.of("text", t.text().strip()));
        } else if (value instanceof CellValue.Text t) {
            report(Rule.VALUE_NOT_NUMBER, table, cell, findings, Map.of("text", t.text()));
        } else if (value instanceof CellValue.Error e) {
            report(Rule.VALUE_ERROR, table, cell, findings, Map.of("text", e.code()));
        } else if (value instanceof CellValue.Uncalculated u) {
            report(Rule.VALUE_UNCALCULATED, table, cell, findings, Map.of("text", u.display()));
        }
    }

    private static void checkNumber(BoundTable table, BoundCell cell, ColumnSpec column, int scale, BigDecimal v,
                                    Findings findings) {
        if (v.signum() < 0 && column.kind() != ValueKind.CHANGE) {
            report(Rule.VALUE_NEGATIVE, table, cell, findings, Map.of());
        } else if (column.kind().whole() && v.stripTrailingZeros().scale() > 0) {
            report(Rule.VALUE_FRACTION, table, cell, findings, Map.of());
        } else if (column.kind() == ValueKind.AMOUNT && v.stripTrailingZeros().scale() > scale) {
            report(Rule.VALUE_PRECISION, table, cell, findings, Map.of("scale", Integer.toString(scale)));
        }
    }

    private static void report(Rule rule, BoundTable table, BoundCell cell, Findings findings, Map<String, String> args) {
        String item = table.template().itemLabel(cell.rowId(), cell.columnId());
        findings.onCell(rule, table, cell.ref(), cell.rowId(), cell.columnId(), item, cell.value().display(), "", args);
    }
}

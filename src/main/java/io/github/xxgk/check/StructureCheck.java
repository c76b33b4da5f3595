package io.github.xxgk.check;

import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.template.TableTemplate;

import java.util.Map;

/** Tables, rows and columns of the format that the file does not have. */
public final class StructureCheck implements Check {

    @Override
    public void check(BoundReport report, Findings findings) {
        if (report.tables().isEmpty()) {
            findings.onFile(Rule.FILE_NO_REPORT_TABLES, Map.of());
            return;
        }
        for (TableTemplate template : report.format().tables()) {
            BoundTable table = report.tables().get(template.id());
            if (table == null) {
                findings.add(new Finding(Rule.TABLE_MISSING, Rule.TABLE_MISSING.severity(), findings.file(), null,
                        template.id(), null, null, template.displayName() + " " + template.title(), "", "", null, null,
                        Map.of("table", template.displayName() + " " + template.title())));
                continue;
            }
            for (String rowId : table.missingRows()) {
                String label = template.row(rowId).printed();
                findings.onCell(Rule.ROW_MISSING, table, table.anchor(), rowId, null, label, "", label,
                        Map.of("label", label, "table", template.displayName()));
            }
            for (BoundTable.Extra extra : table.extras()) {
                String label = template.rowLabel(extra.rowId());
                findings.onCell(Rule.CELL_EXTRA, table, extra.cell().ref(), extra.rowId(), null, label,
                        extra.cell().value().display(), "", Map.of("label", label,
                                "count", Integer.toString(template.sectionOfRow(extra.rowId()).columns().size())));
            }
            for (String columnId : table.missingColumns()) {
                String label = template.columnLabel(columnId);
                findings.onCell(Rule.COLUMN_MISSING, table, table.anchor(), null, columnId, label, "", label,
                        Map.of("label", label, "table", template.displayName()));
            }
        }
    }
}

package io.github.xxgk.report;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Rule;
import io.github.xxgk.check.Severity;
import io.github.xxgk.core.FileResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A row of a file's findings as people read them: one per finding, except that the candidate cells of one table's
 * ambiguous correction are one row describing the set (the cells themselves are marked in the table below it, and
 * findings.csv keeps one row per cell).
 */
record FindingRow(Severity severity, String location, String item, String reported, String expected,
                  String difference, Rule rule, String message) {

    static List<FindingRow> of(FileResult f, Messages m) {
        List<FindingRow> rows = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        for (Finding x : f.findings()) {
            if (x.rule() != Rule.CORRECTION_CANDIDATE) {
                rows.add(new FindingRow(x.severity(), Messages.location(x), x.item(), x.reported(), x.expected(),
                        Messages.difference(x), x.rule(), m.message(x)));
            } else if (!folded.contains(x.tableId())) {
                folded.add(x.tableId());
                rows.add(new FindingRow(x.severity(), table(f, x, m), "", "", "", "", x.rule(), candidates(f, x, m)));
            }
        }
        return rows;
    }

    /** 「表三：使全部勾稽关系成立的最少改法有 21 种……共 42 个候选单元格，见完整报告。」 */
    static String candidates(FileResult f, Finding first, Messages m) {
        long cells = f.findings().stream().filter(x -> x.rule() == Rule.CORRECTION_CANDIDATE
                && Objects.equals(x.tableId(), first.tableId())).count();
        Map<String, String> args = m.arguments(first);
        args.put("table", table(f, first, m));
        args.put("cells", Long.toString(cells));
        return m.text("ui.candidates", args).strip();
    }

    private static String table(FileResult f, Finding x, Messages m) {
        String number = f.report() == null ? x.tableId() : f.report().format().table(x.tableId()).number();
        return m.text("ui.table.name", Map.of("number", number));
    }
}

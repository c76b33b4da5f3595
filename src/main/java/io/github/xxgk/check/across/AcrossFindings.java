package io.github.xxgk.check.across;

import io.github.xxgk.check.Elsewhere;
import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Rule;
import io.github.xxgk.table.CellRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The findings of the checks across reports, collected per report (by its run order). */
final class AcrossFindings {

    private final Map<Integer, List<Finding>> byReport = new TreeMap<>();

    /** A finding at a cell of {@code report}, naming the places in other reports it is about. */
    void atCell(Rule rule, ReportValues report, int cell, String reported, String relationId, Map<String, String> args,
                List<Elsewhere> elsewhere) {
        atCell(rule, report, cell, reported, "", relationId, args, elsewhere);
    }

    /** The same with an expected value: only where the numbers pin it. */
    void atCell(Rule rule, ReportValues report, int cell, String reported, String expected, String relationId,
                Map<String, String> args, List<Elsewhere> elsewhere) {
        CellIndex.Cell c = report.index().cells().get(cell);
        CellRef at = report.ref(cell);
        add(report, new Finding(rule, rule.severity(), report.file(), at, c.table().id(), c.rowId(), c.columnId(),
                c.item(), reported, expected, relationId, List.of(), with(args, elsewhere)));
    }

    /** A finding on the whole report. */
    void onReport(Rule rule, ReportValues report, Map<String, String> args, List<Elsewhere> elsewhere) {
        add(report, new Finding(rule, rule.severity(), report.file(), null, null, null, null, "", "", "", null,
                List.of(), with(args, elsewhere)));
    }

    private void add(ReportValues report, Finding f) {
        byReport.computeIfAbsent(report.order(), k -> new ArrayList<>()).add(f);
    }

    private static Map<String, String> with(Map<String, String> args, List<Elsewhere> elsewhere) {
        Map<String, String> all = new HashMap<>(args);
        all.put(Elsewhere.ACROSS, "true");
        if (!elsewhere.isEmpty()) {
            Map.Entry<String, String> e = Elsewhere.encode(elsewhere);
            all.put(e.getKey(), e.getValue());
        }
        return all;
    }

    Map<Integer, List<Finding>> byReport() {
        Map<Integer, List<Finding>> copy = new TreeMap<>();
        byReport.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }
}

package io.github.xxgk.report;

import io.github.xxgk.check.Elsewhere;
import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.FileResult;
import io.github.xxgk.identity.ReportIdentity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What report.html and report.md show of the run-wide phase: the findings across reports (each with its own place
 * and the other reports' places), and the overview matrix of agencies × years with each report's errors.
 */
record AcrossView(List<Row> rows, List<String> agencies, List<Integer> years, Map<String, Map<Integer, Cell>> matrix) {

    /** A finding across reports: where it is, what it compares with. */
    record Row(Severity severity, String place, String elsewhere, Finding finding) {
    }

    /** One report of the matrix: its file, its errors, its section's anchor (null: no findings, no section). */
    record Cell(String file, long errors, String anchor) {
    }

    static AcrossView of(CheckResult result) {
        List<Row> rows = new ArrayList<>();
        Map<String, Map<Integer, Cell>> matrix = new TreeMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (int i = 0; i < result.files().size(); i++) {
            FileResult f = result.files().get(i);
            for (Finding x : f.findings()) {
                if (Elsewhere.across(x)) {
                    String place = x.location() == null ? f.file() : f.file() + " " + Messages.location(x);
                    String others = Elsewhere.of(x).stream().map(Elsewhere::display).collect(Collectors.joining("、"));
                    rows.add(new Row(x.severity(), place, others, x));
                }
            }
            ReportIdentity id = result.identities().get(f.file());
            if (id != null) {
                years.add(id.year());
                String anchor = f.findings().isEmpty() ? null : "file-" + (i + 1);
                matrix.computeIfAbsent(id.agency(), k -> new TreeMap<>())
                        .merge(id.year(), new Cell(f.file(), f.count(Severity.ERROR), anchor),
                                (a, b) -> new Cell(a.file() + "、" + b.file(), a.errors() + b.errors(), a.anchor()));
            }
        }
        return new AcrossView(List.copyOf(rows), List.copyOf(matrix.keySet()), List.copyOf(years), matrix);
    }

    /** The matrix is worth showing when the reports span more than one agency or year. */
    boolean hasMatrix() {
        return !agencies.isEmpty() && (agencies.size() > 1 || years.size() > 1);
    }

    Cell cell(String agency, int year) {
        return matrix.getOrDefault(agency, Map.of()).get(year);
    }
}

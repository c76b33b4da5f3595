package io.github.xxgk.check.across;

import io.github.xxgk.check.Elsewhere;
import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run-wide phase, after every file is checked: from each report's compact values, the identity findings
 * (unknown, claimed twice), then the equations across years (R6, R7) and the cell to blame with them, the copies
 * (R11) and the roll-ups (R9).
 * Reports whose identity is unknown or claimed twice take part in none of the comparisons: they are not guessed.
 * Returns the findings per report, by run order.
 */
public final class AcrossReports {

    private AcrossReports() {
    }

    public static Map<Integer, List<Finding>> check(List<ReportValues> reports, Rollup rollup) {
        AcrossFindings out = new AcrossFindings();
        Map<String, List<ReportValues>> claims = new LinkedHashMap<>();
        boolean anyIdentified = reports.stream().anyMatch(r -> r.identity() != null);
        for (ReportValues r : reports) {
            if (r.identity() != null) {
                claims.computeIfAbsent(r.identity().key(), k -> new ArrayList<>()).add(r);
            } else if (anyIdentified && r.bound()) {
                out.onReport(Rule.IDENTITY_UNKNOWN, r, Map.of(), List.of());
            }
        }
        Map<String, ReportValues> unique = new HashMap<>();
        List<ReportValues> comparable = new ArrayList<>();
        for (List<ReportValues> same : claims.values()) {
            if (same.size() > 1) {
                duplicates(same, out);
            } else if (same.get(0).comparable()) {
                unique.put(same.get(0).identity().key(), same.get(0));
                comparable.add(same.get(0));
            }
        }
        for (ReportValues r : comparable) {
            ReportValues previous = unique.get(key(r.identity().agency(), r.identity().year() - 1));
            if (previous != null && previous.index() == r.index()) {
                PreviousYearCheck.check(r, previous, out);
            }
            ReportValues next = unique.get(key(r.identity().agency(), r.identity().year() + 1));
            BlameAcrossYears.check(r, previous != null && previous.index() == r.index() ? previous : null,
                    next != null && next.index() == r.index() ? next : null, out);
        }
        CopiedDataCheck.check(comparable, unique, out);
        RollupCheck.check(comparable, unique, rollup, out);
        return out.byReport();
    }

    static String key(String agency, int year) {
        return agency + "|" + year;
    }

    private static void duplicates(List<ReportValues> same, AcrossFindings out) {
        for (ReportValues r : same) {
            List<ReportValues> others = same.stream().filter(o -> o != r).toList();
            out.onReport(Rule.IDENTITY_DUPLICATE, r, Map.of("agency", r.identity().agency(),
                            "year", Integer.toString(r.identity().year()),
                            "others", String.join("、", others.stream().map(ReportValues::file).toList())),
                    others.stream().map(o -> new Elsewhere(o.file(), "", o.identity().display())).toList());
        }
    }
}

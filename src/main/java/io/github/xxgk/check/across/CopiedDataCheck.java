package io.github.xxgk.check.across;

import io.github.xxgk.check.Elsewhere;
import io.github.xxgk.check.Rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * R11, 内容雷同: a report whose statistical tables equal, number for number, the same agency's report of the year
 * before or another agency's report of the same year. Reports whose numbers are all 0 (or that hold no number) are
 * excepted: an office without applications, cases or documents reports the same zeros every year. Same-year copies
 * are found through a hash of the numbers, so the check stays linear in the number of reports.
 */
final class CopiedDataCheck {

    private CopiedDataCheck() {
    }

    static void check(List<ReportValues> reports, Map<String, ReportValues> byKey, AcrossFindings out) {
        Map<Integer, List<ReportValues>> sameYear = new HashMap<>();
        for (ReportValues r : reports) {
            if (!counts(r)) {
                continue;
            }
            ReportValues previous = byKey.get(AcrossReports.key(r.identity().agency(), r.identity().year() - 1));
            if (previous != null && previous.index() == r.index() && Arrays.equals(all(r), all(previous))) {
                report(r, previous, "previousYear", out);
            }
            sameYear.computeIfAbsent(Arrays.hashCode(all(r)) * 31 + r.identity().year(), k -> new ArrayList<>()).add(r);
        }
        for (List<ReportValues> group : sameYear.values()) {
            for (ReportValues r : group) {
                for (ReportValues other : group) {
                    if (other != r && other.index() == r.index() && other.identity().year() == r.identity().year()
                            && !other.identity().agency().equals(r.identity().agency())
                            && Arrays.equals(all(r), all(other))) {
                        report(r, other, "sameYear", out);
                    }
                }
            }
        }
    }

    /** Whether the report has a number that is not 0. */
    private static boolean counts(ReportValues r) {
        for (long v : all(r)) {
            if (v != ReportValues.NONE && v != 0) {
                return true;
            }
        }
        return false;
    }

    private static long[] all(ReportValues r) {
        return r.table(r.index().cells());
    }

    private static void report(ReportValues r, ReportValues other, String relationship, AcrossFindings out) {
        long[] v = all(r);
        long numbers = Arrays.stream(v).filter(x -> x != ReportValues.NONE).count();
        long nonzero = Arrays.stream(v).filter(x -> x != ReportValues.NONE && x != 0).count();
        out.onReport(Rule.COPIED_DATA, r, Map.of("relationship", relationship, "otherFile", other.file(),
                        "other", other.identity().display(), "numbers", Long.toString(numbers),
                        "nonzero", Long.toString(nonzero)),
                List.of(new Elsewhere(other.file(), "", other.identity().display())));
    }
}

package io.github.xxgk.check.across;

import io.github.xxgk.check.Elsewhere;
import io.github.xxgk.check.Rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R11, 内容雷同: a report whose statistical tables equal, number for number, the same agency's report of the year
 * before or another agency's report of the same year. Reports whose numbers are all 0 (or that hold no number) are
 * excepted: an office without applications, cases or documents reports the same zeros every year. Same-year copies
 * are found through a hash of the numbers, so the check stays linear in the number of reports. Two reports in
 * different format versions are compared over the cells both formats have.
 */
final class CopiedDataCheck {

    private CopiedDataCheck() {
    }

    static void check(List<ReportValues> reports, Map<String, ReportValues> byKey, AcrossFindings out) {
        Map<Integer, Map<CellIndex, List<ReportValues>>> byYear = new HashMap<>();
        for (ReportValues r : reports) {
            ReportValues previous = byKey.get(AcrossReports.key(r.identity().agency(), r.identity().year() - 1));
            if (previous != null) {
                List<CellIndex.Cell> shared = r.index().sharedWith(previous.index());
                long[] mine = r.table(shared);
                if (counts(mine) && Arrays.equals(mine, previous.table(mapped(r.index(), shared, previous.index())))) {
                    report(r, previous, mine, "previousYear", out);
                }
            }
            byYear.computeIfAbsent(r.identity().year(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.index(), k -> new ArrayList<>()).add(r);
        }
        for (Map<CellIndex, List<ReportValues>> year : byYear.values()) {
            List<CellIndex> formats = new ArrayList<>(year.keySet());
            for (int a = 0; a < formats.size(); a++) {
                for (int b = a; b < formats.size(); b++) {
                    sameYear(formats.get(a), year.get(formats.get(a)), formats.get(b), year.get(formats.get(b)), out);
                }
            }
        }
    }

    /** Same-year copies among reports in format {@code a} and in format {@code b} (the same or another). */
    private static void sameYear(CellIndex a, List<ReportValues> inA, CellIndex b, List<ReportValues> inB,
                                 AcrossFindings out) {
        List<CellIndex.Cell> sharedA = a.sharedWith(b);
        List<CellIndex.Cell> sharedB = mapped(a, sharedA, b);
        Map<Integer, List<Object[]>> groups = new HashMap<>();
        for (ReportValues r : inA) {
            add(groups, r, r.table(sharedA));
        }
        if (a != b) {
            for (ReportValues r : inB) {
                add(groups, r, r.table(sharedB));
            }
        }
        for (List<Object[]> group : groups.values()) {
            for (Object[] x : group) {
                for (Object[] y : group) {
                    ReportValues r = (ReportValues) x[0];
                    ReportValues other = (ReportValues) y[0];
                    if (other != r && (a == b || r.index() != other.index())
                            && !other.identity().agency().equals(r.identity().agency())
                            && Arrays.equals((long[]) x[1], (long[]) y[1])) {
                        report(r, other, (long[]) x[1], "sameYear", out);
                    }
                }
            }
        }
    }

    private static void add(Map<Integer, List<Object[]>> groups, ReportValues r, long[] numbers) {
        if (counts(numbers)) {
            groups.computeIfAbsent(Arrays.hashCode(numbers), k -> new ArrayList<>()).add(new Object[] {r, numbers});
        }
    }

    /** The other format's cells for these cells (each of which it has), in the same order. */
    private static List<CellIndex.Cell> mapped(CellIndex from, List<CellIndex.Cell> cells, CellIndex other) {
        return cells.stream().map(c -> other.cells().get(from.in(other, c.index()))).toList();
    }

    /** Whether the numbers have one that is not 0. */
    private static boolean counts(long[] numbers) {
        for (long v : numbers) {
            if (v != ReportValues.NONE && v != 0) {
                return true;
            }
        }
        return false;
    }

    private static void report(ReportValues r, ReportValues other, long[] v, String relationship, AcrossFindings out) {
        long numbers = Arrays.stream(v).filter(x -> x != ReportValues.NONE).count();
        long nonzero = Arrays.stream(v).filter(x -> x != ReportValues.NONE && x != 0).count();
        out.onReport(Rule.COPIED_DATA, r, Map.of("relationship", relationship, "otherFile", other.file(),
                        "other", other.identity().display(), "numbers", Long.toString(numbers),
                        "nonzero", Long.toString(nonzero)),
                List.of(new Elsewhere(other.file(), "", other.identity().display())));
    }
}

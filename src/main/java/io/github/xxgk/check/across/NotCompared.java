package io.github.xxgk.check.across;

import io.github.xxgk.check.Elsewhere;
import io.github.xxgk.check.Rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code across-not-compared}: a comparison across reports that was left out because two reports are filled in
 * format versions that do not both have the cells (a 2020 report in the 2019 format has no 现行有效件数 for 2021's
 * R7). One finding per report and other report, listing what was not compared, so that nothing is skipped silently.
 */
final class NotCompared {

    /** At most this many items are named; the rest are counted. */
    static final int LISTED = 12;

    private NotCompared() {
    }

    /**
     * {@code report} and {@code other} (last year's report, a roll-up member) are in different formats and
     * {@code items} (of {@code report}'s cells or relations) could not be compared for that reason.
     */
    static void versions(ReportValues report, ReportValues other, String relationship, List<String> items,
                         AcrossFindings out) {
        versions(report, other, relationship, items, items.size(), out);
    }

    /**
     * The same for cells of {@code report}: a row none of whose cells the other format has is named once,
     * 「（六）1.申请人无正当理由逾期不补正…（整行 7 项）」.
     */
    static void cells(ReportValues report, ReportValues other, String relationship, List<CellIndex.Cell> cells,
                      AcrossFindings out) {
        Map<String, List<CellIndex.Cell>> byRow = new LinkedHashMap<>();
        cells.forEach(c -> byRow.computeIfAbsent(c.table().id() + "|" + c.rowId(), k -> new ArrayList<>()).add(c));
        List<String> items = new ArrayList<>();
        byRow.values().forEach(row -> {
            CellIndex.Cell first = row.get(0);
            long inRow = report.index().ofTable(first.table().id()).stream()
                    .filter(c -> c.rowId().equals(first.rowId())).count();
            if (row.size() > 1 && row.size() == inRow) {
                items.add(first.table().rowLabel(first.rowId()) + "（整行 " + row.size() + " 项）");
            } else {
                row.forEach(c -> items.add(c.item()));
            }
        });
        versions(report, other, relationship, items, cells.size(), out);
    }

    private static void versions(ReportValues report, ReportValues other, String relationship, List<String> items,
                                 int count, AcrossFindings out) {
        String listed = String.join("、", items.subList(0, Math.min(LISTED, items.size())));
        if (items.size() > LISTED) {
            listed += "…";
        }
        out.onReport(Rule.ACROSS_NOT_COMPARED, report, Map.of("relationship", relationship,
                        "otherFile", other.file(), "other", other.identity().display(),
                        "format", report.index().format().versionName(),
                        "otherFormat", other.index().format().versionName(),
                        "count", Integer.toString(count), "items", listed,
                        "shared", Integer.toString(report.index().sharedWith(other.index()).size())),
                List.of(new Elsewhere(other.file(), "", other.identity().display())));
    }
}

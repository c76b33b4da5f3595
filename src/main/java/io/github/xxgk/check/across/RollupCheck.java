package io.github.xxgk.check.across;

import io.github.xxgk.check.Elsewhere;
import io.github.xxgk.check.Rule;
import io.github.xxgk.template.ValueKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R9: a report that aggregates others (see {@link Rollup}) holds, in every additive cell (the counts of tables 二,
 * 三 and 四), the sum of its members' cells. A difference is an error at the parent's cell listing each member's
 * value; the numbers do not say whether the parent or a member is wrong, so there is no 「应为」. A parent whose
 * members do not all have a usable report for the year gets one finding listing them (those without a report apart
 * from those whose report takes no part), and its cells are not compared.
 */
final class RollupCheck {

    private RollupCheck() {
    }

    static void check(List<ReportValues> reports, Map<String, ReportValues> byKey, Set<String> claimed, Rollup rollup,
                      AcrossFindings out) {
        if (rollup.isEmpty()) {
            return;
        }
        for (ReportValues parent : reports) {
            List<String> names = rollup.members(parent.identity().agency(), parent.identity().year());
            if (names.isEmpty()) {
                continue;
            }
            List<ReportValues> members = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            List<String> unusable = new ArrayList<>();
            for (String name : names) {
                String key = AcrossReports.key(name, parent.identity().year());
                ReportValues m = byKey.get(key);
                if (m != null) {
                    members.add(m);
                } else if (claimed.contains(key)) {
                    unusable.add(name); // a report exists, but it takes no part (claimed twice, or no table found)
                } else {
                    missing.add(name);
                }
            }
            if (!missing.isEmpty() || !unusable.isEmpty()) {
                Map<String, String> args = new HashMap<>();
                args.put("parent", parent.identity().agency());
                args.put("year", Integer.toString(parent.identity().year()));
                args.put("declared", Integer.toString(names.size()));
                args.put("count", Integer.toString(missing.size()));
                args.put("members", String.join("、", missing));
                args.put("unusableCount", Integer.toString(unusable.size()));
                args.put("unusable", String.join("、", unusable));
                out.onReport(Rule.ROLLUP_MEMBER_MISSING, parent, args, List.of());
                continue;
            }
            compare(parent, members, out);
        }
    }

    /**
     * Each additive cell of the parent against its members' sum. A member in another format version is summed in
     * the cells its format also has (same table, row and column id); a parent cell that some member's format lacks
     * is not compared, and that member gets one {@code across-not-compared} listing those cells.
     */
    private static void compare(ReportValues parent, List<ReportValues> members, AcrossFindings out) {
        String wording = "汇总 = Σ 所属单位（" + members.size() + " 个）";
        Map<ReportValues, List<CellIndex.Cell>> notCompared = new LinkedHashMap<>();
        for (CellIndex.Cell c : parent.index().cells()) {
            if (c.kind() != ValueKind.COUNT) {
                continue;
            }
            int i = c.index();
            int[] at = new int[members.size()];
            boolean everywhere = true;
            for (int k = 0; k < members.size(); k++) {
                at[k] = parent.index().in(members.get(k).index(), i);
                if (at[k] < 0) {
                    everywhere = false;
                    notCompared.computeIfAbsent(members.get(k), m -> new ArrayList<>()).add(c);
                }
            }
            if (!everywhere) {
                continue;
            }
            BigDecimal reported = parent.value(i);
            List<String> unusable = new ArrayList<>();
            if (reported == null) {
                unusable.add(parent.file() + " " + parent.a1(i));
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (int k = 0; k < members.size(); k++) {
                ReportValues m = members.get(k);
                BigDecimal v = m.value(at[k]);
                if (v == null) {
                    unusable.add(m.file() + " " + m.a1(at[k]));
                } else {
                    sum = sum.add(v);
                }
            }
            if (!unusable.isEmpty()) {
                out.atCell(Rule.RELATION_NOT_ASSESSABLE, parent, i, reported == null ? "" : reported.toPlainString(),
                        "R9", Map.of("relation", wording, "rule", Rule.ROLLUP_MISMATCH.id(),
                                "cells", String.join("、", unusable)), List.of());
            } else if (reported.compareTo(sum) != 0) {
                mismatch(parent, members, i, at, reported, sum, wording, out);
            }
        }
        notCompared.forEach((m, cells) -> NotCompared.cells(parent, m, "member", cells, out));
    }

    private static void mismatch(ReportValues parent, List<ReportValues> members, int i, int[] at, BigDecimal reported,
                                 BigDecimal sum, String wording, AcrossFindings out) {
        List<Elsewhere> places = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < members.size(); k++) {
            ReportValues m = members.get(k);
            String v = m.value(at[k]).toPlainString();
            places.add(new Elsewhere(m.file(), m.a1(at[k]), v));
            parts.add(m.identity().agency() + " " + v + "（" + m.file() + " " + m.a1(at[k]) + "）");
        }
        Map<String, String> args = new HashMap<>();
        args.put("relation", wording);
        args.put("sum", sum.toPlainString());
        args.put("difference", reported.subtract(sum).toPlainString());
        args.put("members", String.join(" + ", parts) + " = " + sum.toPlainString());
        args.put("count", Integer.toString(members.size()));
        out.atCell(Rule.ROLLUP_MISMATCH, parent, i, reported.toPlainString(), "R9", args, places);
    }
}

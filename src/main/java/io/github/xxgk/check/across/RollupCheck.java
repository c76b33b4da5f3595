package io.github.xxgk.check.across;

import io.github.xxgk.check.Elsewhere;
import io.github.xxgk.check.Rule;
import io.github.xxgk.template.ValueKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * R9: a report that aggregates others (see {@link Rollup}) holds, in every additive cell (the counts of tables 二,
 * 三 and 四), the sum of its members' cells. A difference is an error at the parent's cell listing each member's
 * value; the numbers do not say whether the parent or a member is wrong, so there is no 「应为」. A parent whose
 * members do not all have a report for the year gets one finding listing them, and its cells are not compared.
 */
final class RollupCheck {

    private RollupCheck() {
    }

    static void check(List<ReportValues> reports, Map<String, ReportValues> byKey, Rollup rollup, AcrossFindings out) {
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
            for (String name : names) {
                ReportValues m = byKey.get(AcrossReports.key(name, parent.identity().year()));
                if (m == null || m.index() != parent.index()) {
                    missing.add(name);
                } else {
                    members.add(m);
                }
            }
            if (!missing.isEmpty()) {
                out.onReport(Rule.ROLLUP_MEMBER_MISSING, parent, Map.of("parent", parent.identity().agency(),
                        "year", Integer.toString(parent.identity().year()), "count", Integer.toString(missing.size()),
                        "members", String.join("、", missing), "declared", Integer.toString(names.size())), List.of());
                continue;
            }
            compare(parent, members, out);
        }
    }

    private static void compare(ReportValues parent, List<ReportValues> members, AcrossFindings out) {
        String wording = "汇总 = Σ 所属单位（" + members.size() + " 个）";
        for (CellIndex.Cell c : parent.index().cells()) {
            if (c.kind() != ValueKind.COUNT) {
                continue;
            }
            int i = c.index();
            BigDecimal reported = parent.value(i);
            List<String> unusable = new ArrayList<>();
            if (reported == null) {
                unusable.add(parent.file() + " " + parent.a1(i));
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (ReportValues m : members) {
                BigDecimal v = m.value(i);
                if (v == null) {
                    unusable.add(m.file() + " " + m.a1(i));
                } else {
                    sum = sum.add(v);
                }
            }
            if (!unusable.isEmpty()) {
                out.atCell(Rule.RELATION_NOT_ASSESSABLE, parent, i, reported == null ? "" : reported.toPlainString(),
                        "R9", Map.of("relation", wording, "rule", Rule.ROLLUP_MISMATCH.id(),
                                "cells", String.join("、", unusable)), List.of());
            } else if (reported.compareTo(sum) != 0) {
                mismatch(parent, members, i, reported, sum, wording, out);
            }
        }
    }

    private static void mismatch(ReportValues parent, List<ReportValues> members, int i, BigDecimal reported,
                                 BigDecimal sum, String wording, AcrossFindings out) {
        List<Elsewhere> places = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (ReportValues m : members) {
            String v = m.value(i).toPlainString();
            places.add(new Elsewhere(m.file(), m.a1(i), v));
            parts.add(m.identity().agency() + " " + v + "（" + m.file() + " " + m.a1(i) + "）");
        }
        Map<String, String> args = new HashMap<>();
        args.put("relation", wording);
        args.put("reference", "R9");
        args.put("sum", sum.toPlainString());
        args.put("difference", reported.subtract(sum).toPlainString());
        args.put("members", String.join(" + ", parts) + " = " + sum.toPlainString());
        args.put("count", Integer.toString(members.size()));
        out.atCell(Rule.ROLLUP_MISMATCH, parent, i, reported.toPlainString(), "R9", args, places);
    }
}

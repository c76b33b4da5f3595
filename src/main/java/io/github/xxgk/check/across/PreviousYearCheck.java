package io.github.xxgk.check.across;

import io.github.xxgk.check.Elsewhere;
import io.github.xxgk.check.Rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * R6 and R7: every equation between a report and the same agency's report of the year before, evaluated exactly.
 * A failing equation is reported at this year's cell, naming last year's file and cell; an equation with a blank
 * (or otherwise non-numeric) operand in either report is reported as not assessable, never passed. No 「应为」: the
 * numbers do not say which of the two years is wrong.
 */
final class PreviousYearCheck {

    private PreviousYearCheck() {
    }

    static void check(ReportValues report, ReportValues previous, AcrossFindings out) {
        List<CrossEquation> missing = new ArrayList<>();
        for (CrossEquation e : CrossEquations.previousYear(report.index(), previous.index())) {
            if (e.resolved()) {
                evaluate(e, report, previous, out);
            } else {
                missing.add(e);
            }
        }
        if (!missing.isEmpty()) {
            NotCompared.versions(report, previous, "previousYear", missing.stream().map(e -> e.target().item()
                    + "（" + e.relationId() + "）").distinct().toList(), out);
        }
    }

    private static void evaluate(CrossEquation e, ReportValues report, ReportValues previous, AcrossFindings out) {
        BigDecimal residual = BigDecimal.ZERO;
        List<String> unusable = new ArrayList<>();
        for (CrossEquation.Operand o : e.operands()) {
            ReportValues in = in(o, report, previous);
            BigDecimal v = in.value(o.cell());
            if (v == null) {
                unusable.add(in.file() + " " + in.a1(o.cell()) + " " + label(e, o, report, previous));
            } else {
                residual = residual.add(v.multiply(BigDecimal.valueOf(o.weight())));
            }
        }
        CrossEquation.Operand target = e.target();
        if (!unusable.isEmpty()) {
            out.atCell(Rule.RELATION_NOT_ASSESSABLE, report, target.cell(), display(report.value(target.cell())),
                    e.rule().id(), Map.of("relation", e.wording(), "rule", e.rule().id(),
                            "cells", String.join("、", unusable)), List.of());
            return;
        }
        if (residual.signum() == 0) {
            return;
        }
        BigDecimal reported = report.value(target.cell());
        BigDecimal computed = reported.subtract(residual.divide(BigDecimal.valueOf(target.weight())));
        CrossEquation.Operand last = e.operands().stream()
                .filter(o -> o.context() == CrossEquation.Context.PREVIOUS_YEAR).findFirst().orElseThrow();
        Map<String, String> args = new HashMap<>();
        args.put("relation", e.wording());
        args.put("year", Integer.toString(report.identity().year()));
        args.put("previousYear", Integer.toString(previous.identity().year()));
        args.put("otherFile", previous.file());
        args.put("otherLocation", previous.a1(last.cell()));
        args.put("previous", previous.value(last.cell()).toPlainString());
        args.put("computed", computed.toPlainString());
        args.put("difference", reported.subtract(computed).toPlainString());
        args.put("equation", equation(e, report, previous, computed));
        List<Elsewhere> elsewhere = List.of(new Elsewhere(previous.file(), previous.a1(last.cell()),
                previous.value(last.cell()).toPlainString()));
        out.atCell(e.rule(), report, target.cell(), reported.toPlainString(), e.relationId(), args, elsewhere);
    }

    private static ReportValues in(CrossEquation.Operand o, ReportValues report, ReportValues previous) {
        return o.context() == CrossEquation.Context.PREVIOUS_YEAR ? previous : report;
    }

    /** 「现行有效件数（上年）40 + 本年制发件数 16 − 本年废止件数 46 = 10」: the target's value as the equation gives it. */
    private static String equation(CrossEquation e, ReportValues report, ReportValues previous, BigDecimal computed) {
        StringBuilder s = new StringBuilder();
        CrossEquation.Operand target = e.target();
        for (CrossEquation.Operand o : e.operands()) {
            if (o == target) {
                continue;
            }
            boolean plus = -o.weight() * target.weight() > 0;
            if (s.length() > 0 || !plus) {
                s.append(plus ? " + " : " − ");
            }
            s.append(label(e, o, report, previous)).append(' ').append(in(o, report, previous).value(o.cell()).toPlainString());
        }
        return s + " = " + computed.toPlainString();
    }

    /** The operand's row label (when the equation runs down a column) or column label, marked 上年 for last year's. */
    private static String label(CrossEquation e, CrossEquation.Operand o, ReportValues report, ReportValues previous) {
        CellIndex.Cell c = cell(o, report, previous);
        boolean oneColumn = e.operands().stream().map(x -> cell(x, report, previous).columnId()).distinct().count() == 1;
        String label = oneColumn ? c.table().rowLabel(c.rowId()) : c.table().columnLabel(c.columnId());
        return o.context() == CrossEquation.Context.PREVIOUS_YEAR ? label + "（上年）" : label;
    }

    private static CellIndex.Cell cell(CrossEquation.Operand o, ReportValues report, ReportValues previous) {
        return in(o, report, previous).index().cells().get(o.cell());
    }

    private static String display(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}

package io.github.xxgk.check.across;

import io.github.xxgk.check.Elsewhere;
import io.github.xxgk.check.Rule;
import io.github.xxgk.check.solve.CorrectionSearch;
import io.github.xxgk.template.Equation;
import io.github.xxgk.template.EquationModel;
import io.github.xxgk.template.ValueKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The cell to blame, with the years around: for a table whose smallest correction the report's own numbers leave
 * ambiguous, the search is run again over the table's equations plus the carry-over equations to last year's and
 * next year's report (their cells as further unknowns). A carry-over that agrees with the other year makes its cell
 * trusted (changing it would break the agreement too, so a correction through it is larger); where that leaves one
 * smallest correction within this report, each of its cells gets a {@code correction-across-years}.
 */
final class BlameAcrossYears {

    static final long BUDGET_NANOS = 500_000_000L;
    static final int MAX_CELLS = 6;

    private BlameAcrossYears() {
    }

    static void check(ReportValues report, ReportValues previous, ReportValues next, AcrossFindings out) {
        List<CrossEquation> cross = CrossEquations.previousYear(report.index()).stream()
                .filter(e -> e.rule() == Rule.CARRY_OVER_MISMATCH).toList();
        if (cross.isEmpty()) {
            return;
        }
        String tableId = report.index().cells().get(cross.get(0).target().cell()).table().id();
        if (!report.ambiguous(tableId) || previous == null && next == null) {
            return;
        }
        Unknowns s = new Unknowns();
        for (Equation e : EquationModel.of(report.index().format()).ofTable(tableId)) {
            List<int[]> operands = new ArrayList<>();
            for (Equation.Operand o : e.operands()) {
                operands.add(new int[] {report.index().index(tableId, o.rowId(), o.columnId()), o.weight()});
            }
            s.add(report, operands.stream().map(o -> new Term(report, o[0], o[1])).toList());
        }
        List<ReportValues> linked = new ArrayList<>();
        for (CrossEquation e : cross) {
            CrossEquation.Operand thisYear = e.operand(CrossEquation.Context.THIS, e.target().cell());
            CrossEquation.Operand lastYear = e.operands().stream()
                    .filter(o -> o.context() == CrossEquation.Context.PREVIOUS_YEAR).findFirst().orElseThrow();
            if (previous != null && s.add(report, List.of(new Term(report, thisYear.cell(), 1),
                    new Term(previous, lastYear.cell(), -1))) && !linked.contains(previous)) {
                linked.add(previous);
            }
            if (next != null && s.add(report, List.of(new Term(next, thisYear.cell(), 1),
                    new Term(report, lastYear.cell(), -1))) && !linked.contains(next)) {
                linked.add(next);
            }
        }
        CorrectionSearch.Result r;
        try {
            r = CorrectionSearch.solve(s.variables, s.system, report.index().format().amountScale(), MAX_CELLS, BUDGET_NANOS);
        } catch (ArithmeticException e) {
            return;
        }
        if (r.status() != CorrectionSearch.Status.FOUND || r.corrections().size() != 1) {
            return;
        }
        List<CorrectionSearch.Change> changes = r.corrections().get(0).changes();
        if (changes.stream().anyMatch(c -> s.places.get(c.var()).report() != report)) {
            return; // the correction is in another year's report: that report's own check speaks for it
        }
        String listed = changes.stream().map(c -> report.a1(s.places.get(c.var()).cell()) + " "
                + plain(c.from()) + " → " + plain(c.to())).collect(Collectors.joining("、"));
        String years = linked.stream().map(ReportValues::file).collect(Collectors.joining("、"));
        List<Elsewhere> elsewhere = linked.stream().map(o -> new Elsewhere(o.file(), "", o.identity().display())).toList();
        for (CorrectionSearch.Change c : changes) {
            Map<String, String> args = new HashMap<>();
            args.put("cells", listed);
            args.put("count", Integer.toString(changes.size()));
            args.put("years", years);
            out.atCell(Rule.CORRECTION_ACROSS_YEARS, report, s.places.get(c.var()).cell(), plain(c.from()),
                    plain(c.to()), null, args, elsewhere);
        }
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** A cell of a report with its weight in an equation. */
    private record Term(ReportValues report, int cell, int weight) {
    }

    private record Place(ReportValues report, int cell) {
    }

    /** The equations over the cells of the reports involved, each cell one unknown. */
    private static final class Unknowns {
        final List<CorrectionSearch.Variable> variables = new ArrayList<>();
        final List<CorrectionSearch.Equation> system = new ArrayList<>();
        final List<Place> places = new ArrayList<>();
        private final Map<Place, Integer> index = new LinkedHashMap<>();

        /** Adds the equation when every cell holds a number (an equation that cannot be assessed takes no part). */
        boolean add(ReportValues report, List<Term> terms) {
            if (terms.stream().anyMatch(t -> t.cell() < 0 || t.report().value(t.cell()) == null)) {
                return false;
            }
            int[] vars = new int[terms.size()];
            int[] weights = new int[terms.size()];
            for (int i = 0; i < terms.size(); i++) {
                Term t = terms.get(i);
                Place p = new Place(t.report(), t.cell());
                vars[i] = index.computeIfAbsent(p, k -> {
                    places.add(k);
                    variables.add(new CorrectionSearch.Variable(t.report().value(t.cell()),
                            t.report().index().cells().get(t.cell()).kind() == ValueKind.COUNT));
                    return places.size() - 1;
                });
                weights[i] = t.weight();
            }
            system.add(new CorrectionSearch.Equation(vars, weights));
            return true;
        }
    }
}

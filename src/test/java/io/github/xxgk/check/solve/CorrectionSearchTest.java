package io.github.xxgk.check.solve;

import io.github.xxgk.check.solve.CorrectionSearch.Correction;
import io.github.xxgk.check.solve.CorrectionSearch.Equation;
import io.github.xxgk.check.solve.CorrectionSearch.Result;
import io.github.xxgk.check.solve.CorrectionSearch.Status;
import io.github.xxgk.check.solve.CorrectionSearch.Variable;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CorrectionSearchTest {

    private static final long SECOND = 1_000_000_000L;

    private static List<Variable> counts(int... values) {
        List<Variable> vars = new ArrayList<>();
        for (int v : values) {
            vars.add(new Variable(BigDecimal.valueOf(v), true));
        }
        return vars;
    }

    /** total − Σ parts = 0 over the given variable indices (the first is the total). */
    private static Equation sum(int total, int... parts) {
        int[] vars = new int[parts.length + 1];
        int[] weights = new int[parts.length + 1];
        vars[0] = total;
        weights[0] = 1;
        for (int i = 0; i < parts.length; i++) {
            vars[i + 1] = parts[i];
            weights[i + 1] = -1;
        }
        return new Equation(vars, weights);
    }

    private static List<String> changes(Result r) {
        return r.corrections().stream().map(c -> c.changes().stream()
                .map(x -> x.var() + ":" + x.from().toPlainString() + "→" + x.to().toPlainString()).toList().toString()).toList();
    }

    @Test
    void solve_should_report_a_consistent_system_as_such() {
        Result r = CorrectionSearch.solve(counts(3, 1, 2), List.of(sum(0, 1, 2)), 0, 6, SECOND);
        assertEquals(Status.CONSISTENT, r.status());
        assertEquals(List.of(), r.corrections());
    }

    @Test
    void solve_should_list_every_cell_of_a_lone_equation_that_can_absorb_the_difference() {
        // 4 = 1 + 2 fails by 1: the total down, or either part up
        Result r = CorrectionSearch.solve(counts(4, 1, 2), List.of(sum(0, 1, 2)), 0, 6, SECOND);
        assertEquals(Status.FOUND, r.status());
        assertEquals(List.of("[0:4→3]", "[1:1→2]", "[2:2→3]"), changes(r).stream().sorted().toList());
    }

    @Test
    void solve_should_never_suggest_a_negative_count() {
        // 0 = 1 + 0: the total up or the 1 down; the other part cannot go to −1
        Result r = CorrectionSearch.solve(counts(0, 1, 0), List.of(sum(0, 1, 2)), 0, 6, SECOND);
        assertEquals(List.of("[0:0→1]", "[1:1→0]"), changes(r).stream().sorted().toList());
    }

    @Test
    void solve_should_pin_the_cell_two_equations_share_and_size_the_next_best() {
        // a 2×2 table with row and column totals; cell 0 typed 5 instead of 4
        //   v0 v1 | v4        rows: v4 = v0 + v1, v5 = v2 + v3
        //   v2 v3 | v5        columns: v6 = v0 + v2, v7 = v1 + v3
        //   v6 v7
        List<Variable> vars = counts(5, 2, 3, 1, 6, 4, 7, 3);
        List<Equation> eqs = List.of(sum(4, 0, 1), sum(5, 2, 3), sum(6, 0, 2), sum(7, 1, 3));
        Result r = CorrectionSearch.solve(vars, eqs, 0, 6, SECOND);
        assertEquals(Status.FOUND, r.status());
        assertEquals(List.of("[0:5→4]"), changes(r));
        assertEquals(2, r.nextSize(), "or raise both totals v4 and v6");
        // with the row total v4 fixed by a second equation (v4 = v8), raising it costs a third cell
        List<Variable> more = new ArrayList<>(vars);
        more.addAll(counts(6));
        List<Equation> tied = new ArrayList<>(eqs);
        tied.add(sum(8, 4));
        Result r2 = CorrectionSearch.solve(more, tied, 0, 6, SECOND);
        assertEquals(List.of("[0:5→4]"), changes(r2));
        assertEquals(3, r2.nextSize());
    }

    @Test
    void solve_should_find_independent_errors_together() {
        // two separate lone equations, each off: one cell each, 3 × 3 ways
        Result r = CorrectionSearch.solve(counts(4, 1, 2, 9, 4, 4), List.of(sum(0, 1, 2), sum(3, 4, 5)), 0, 6, SECOND);
        assertEquals(Status.FOUND, r.status());
        assertEquals(9, r.corrections().size());
        assertEquals(List.of(2), r.corrections().stream().map(Correction::size).distinct().toList());
    }

    @Test
    void solve_should_keep_counts_whole_and_amounts_at_their_scale() {
        // amounts (万元, 4 decimals): 2.5 = 1.25 + 1 fails by 0.25
        List<Variable> amounts = List.of(new Variable(new BigDecimal("2.5"), false),
                new Variable(new BigDecimal("1.25"), false), new Variable(new BigDecimal("1"), false));
        Result r = CorrectionSearch.solve(amounts, List.of(sum(0, 1, 2)), 4, 6, SECOND);
        assertEquals(List.of("[0:2.5→2.25]", "[1:1.25→1.5]", "[2:1→1.25]"), changes(r).stream().sorted().toList());
        // the same numbers as counts: the 1.25 itself is what must become whole
        List<Variable> counts = List.of(new Variable(new BigDecimal("2.5"), true),
                new Variable(new BigDecimal("1.25"), true), new Variable(new BigDecimal("1"), true));
        assertEquals(Status.TOO_MANY_CELLS, CorrectionSearch.solve(counts, List.of(sum(0, 1, 2)), 0, 1, SECOND).status());
    }

    @Test
    void solve_should_say_when_no_correction_fits_in_the_cell_bound() {
        // seven independent lone equations, each off by one: seven cells needed, six allowed
        List<Variable> vars = new ArrayList<>();
        List<Equation> eqs = new ArrayList<>();
        for (int e = 0; e < 7; e++) {
            vars.addAll(counts(3, 1, 1));
            eqs.add(sum(3 * e, 3 * e + 1, 3 * e + 2));
        }
        assertEquals(Status.TOO_MANY_CELLS, CorrectionSearch.solve(vars, eqs, 0, 6, 60 * SECOND).status());
        assertEquals(Status.TIME_LIMIT, CorrectionSearch.solve(vars, eqs, 0, 6, 1).status());
    }
}

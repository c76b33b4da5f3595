package io.github.xxgk.check;

import io.github.xxgk.check.solve.CorrectionSearch;
import io.github.xxgk.table.BoundCell;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.table.CellRef;
import io.github.xxgk.template.ColumnSpec;
import io.github.xxgk.template.TableTemplate;
import io.github.xxgk.template.ValueKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The smallest consistent correction of one table: the assessable equations of the table handed to
 * {@link CorrectionSearch} as a system over its cells, and the answer mapped back to cells. Equations that cannot
 * be assessed take no part: their blank or non-numeric cells are never guessed.
 */
record TableCorrection(CorrectionSearch.Status status, List<List<CellChange>> alternatives, int nextSize) {

    /** Searching a table stops after this many changed cells or this much time. */
    static final int MAX_CELLS = 6;
    static final long BUDGET_NANOS = 2_000_000_000L;

    /** One cell of a correction. */
    record CellChange(BoundCell cell, BigDecimal from, BigDecimal to) {
    }

    static TableCorrection of(TableTemplate t, List<EvaluatedEquation> equations, int amountScale) {
        Map<CellRef, Integer> index = new LinkedHashMap<>();
        List<BoundCell> cells = new ArrayList<>();
        List<CorrectionSearch.Variable> variables = new ArrayList<>();
        List<CorrectionSearch.Equation> system = new ArrayList<>();
        for (EvaluatedEquation e : equations) {
            if (!e.assessable()) {
                continue;
            }
            int n = e.cells().size();
            int[] vars = new int[n];
            int[] weights = new int[n];
            for (int i = 0; i < n; i++) {
                BoundCell c = e.cells().get(i);
                vars[i] = index.computeIfAbsent(c.ref(), r -> {
                    cells.add(c);
                    ColumnSpec column = t.column(c.columnId());
                    variables.add(new CorrectionSearch.Variable(((CellValue.Number) c.value()).value(),
                            column.kind().whole()));
                    return cells.size() - 1;
                });
                weights[i] = e.equation().operands().get(i).weight();
            }
            system.add(new CorrectionSearch.Equation(vars, weights));
        }
        CorrectionSearch.Result r;
        try {
            r = CorrectionSearch.solve(variables, system, amountScale, MAX_CELLS, BUDGET_NANOS);
        } catch (ArithmeticException e) {
            return new TableCorrection(CorrectionSearch.Status.TOO_MANY_CELLS, List.of(), 0); // values beyond a long
        }
        List<List<CellChange>> alternatives = r.corrections().stream()
                .map(c -> c.changes().stream().map(x -> new CellChange(cells.get(x.var()), x.from(), x.to()))
                        .sorted(Comparator.comparing((CellChange x) -> x.cell().ref())).toList())
                .toList();
        return new TableCorrection(r.status(), alternatives, r.nextSize());
    }

    boolean unique() {
        return alternatives.size() == 1;
    }

    /** The value the unique correction gives a cell, if it changes it. */
    BigDecimal pinned(CellRef ref) {
        if (!unique()) {
            return null;
        }
        return alternatives.get(0).stream().filter(c -> c.cell().ref().equals(ref)).map(CellChange::to)
                .findFirst().orElse(null);
    }
}

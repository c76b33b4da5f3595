package io.github.xxgk.check;

import io.github.xxgk.table.BoundCell;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.template.Equation;
import io.github.xxgk.template.TableTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An equation of the model on the cells of one bound table: its cells in operand order, the terms as found, and
 * its residual Σ weight × value (null when an operand holds no usable number: blank, text, a merged copy).
 */
record EvaluatedEquation(Equation equation, List<BoundCell> cells, List<Term> terms, List<BoundCell> unusable,
                         BigDecimal residual) {

    /** Empty when a row or column of the equation is missing (the structure check reports that). */
    static Optional<EvaluatedEquation> of(BoundTable table, Equation equation) {
        TableTemplate t = table.template();
        List<BoundCell> cells = new ArrayList<>();
        List<Term> terms = new ArrayList<>();
        List<BoundCell> unusable = new ArrayList<>();
        BigDecimal residual = BigDecimal.ZERO;
        boolean byColumn = equation.relation().each() == io.github.xxgk.template.Relation.Each.COLUMN;
        for (Equation.Operand o : equation.operands()) {
            Optional<BoundCell> cell = table.cell(o.rowId(), o.columnId());
            if (cell.isEmpty()) {
                return Optional.empty();
            }
            BoundCell c = cell.get();
            cells.add(c);
            String label = byColumn ? t.rowLabel(o.rowId()) : t.column(o.columnId()).label();
            if (c.value() instanceof CellValue.Number n && !c.cell().mergeContinuation()) {
                terms.add(new Term(label, n.value(), c.ref(), o.weight() > 0, o.target()));
                residual = residual.add(n.value().multiply(BigDecimal.valueOf(o.weight())));
            } else {
                unusable.add(c);
                terms.add(new Term(label, null, c.ref(), o.weight() > 0, o.target()));
            }
        }
        return Optional.of(new EvaluatedEquation(equation, cells, terms, unusable, unusable.isEmpty() ? residual : null));
    }

    boolean assessable() {
        return residual != null;
    }

    boolean holds() {
        return assessable() && residual.signum() == 0;
    }

    BoundCell target() {
        return cells.get(equation.operands().indexOf(equation.target()));
    }

    /** The value the target would have if the equation held with every other cell as it is. */
    BigDecimal balancingValue() {
        Term t = terms.get(equation.operands().indexOf(equation.target()));
        return t.value().subtract(residual.divide(BigDecimal.valueOf(equation.target().weight())));
    }
}

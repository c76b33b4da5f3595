package io.github.xxgk.check;

import io.github.xxgk.table.BoundCell;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.template.Equation;
import io.github.xxgk.template.Relation;
import io.github.xxgk.template.TableTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An equation of the model on the cells of one bound table: its cells in operand order, those that hold no usable
 * number (blank, text, a merged copy), and its residual Σ weight × value (null when there are any).
 */
record EvaluatedEquation(TableTemplate template, Equation equation, List<BoundCell> cells, List<BoundCell> unusable,
                         BigDecimal residual) {

    /** Empty when a row or column of the equation is missing (the structure check reports that). */
    static Optional<EvaluatedEquation> of(BoundTable table, Equation equation) {
        List<BoundCell> cells = new ArrayList<>(equation.operands().size());
        List<BoundCell> unusable = new ArrayList<>();
        BigDecimal residual = BigDecimal.ZERO;
        for (Equation.Operand o : equation.operands()) {
            Optional<BoundCell> cell = table.cell(o.rowId(), o.columnId());
            if (cell.isEmpty()) {
                return Optional.empty();
            }
            BoundCell c = cell.get();
            cells.add(c);
            BigDecimal value = value(c);
            if (value != null) {
                residual = residual.add(value.multiply(BigDecimal.valueOf(o.weight())));
            } else {
                unusable.add(c);
            }
        }
        return Optional.of(new EvaluatedEquation(table.template(), equation, cells, unusable,
                unusable.isEmpty() ? residual : null));
    }

    /** The cell's number, or null where it holds none that counts. */
    private static BigDecimal value(BoundCell c) {
        return c.value() instanceof CellValue.Number n && !c.cell().mergeContinuation() ? n.value() : null;
    }

    /** The operands as found, for a finding: only an equation that is reported needs them named. */
    List<Term> terms() {
        boolean byColumn = equation.relation().each() == Relation.Each.COLUMN;
        List<Term> terms = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            Equation.Operand o = equation.operands().get(i);
            BoundCell c = cells.get(i);
            String label = byColumn ? template.rowLabel(o.rowId()) : template.column(o.columnId()).label();
            terms.add(new Term(label, value(c), c.ref(), o.weight() > 0, o.target()));
        }
        return terms;
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
        BigDecimal t = value(target());
        return t.subtract(residual.divide(BigDecimal.valueOf(equation.target().weight())));
    }
}

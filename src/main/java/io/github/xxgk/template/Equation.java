package io.github.xxgk.template;

import java.util.List;

/**
 * One cell-level instance of a relation: Σ weight × cell = 0 over cells of one table, each named by row id and
 * column id ({@code +1} for the relation's left side, {@code -1} for its right). {@code scope} is the column
 * (for a relation that holds in every column) or the row (in every row) this instance holds in.
 */
public record Equation(Relation relation, String tableId, String scope, List<Operand> operands) {

    /** A cell of the equation; {@code target} is the relation's target term (where a finding is reported). */
    public record Operand(String rowId, String columnId, int weight, boolean target) {
    }

    public Equation {
        operands = List.copyOf(operands);
    }

    public Operand target() {
        return operands.stream().filter(Operand::target).findFirst().orElseThrow();
    }
}

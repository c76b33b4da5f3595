package io.github.xxgk.check.across;

import io.github.xxgk.check.Rule;

import java.util.List;

/**
 * An equation of the equation model whose operands live in more than one report: Σ weight × cell = 0, each operand
 * a cell of the {@link CellIndex} in a context (this report, last year's). {@code target} is
 * the operand the finding is reported at (always in this report). {@code relationId} is the definition's id of the
 * relation (R6), {@code wording} the relation as a clerk reads it; {@code scope} the column or row the instance
 * holds in.
 */
record CrossEquation(Rule rule, String relationId, String wording, String scope, List<Operand> operands) {

    enum Context { THIS, PREVIOUS_YEAR }

    /** {@code cell} is in the index of the operand's own report, -1 when that report's format has no such cell. */
    record Operand(Context context, int cell, int weight, boolean target, String item) {
    }

    CrossEquation {
        operands = List.copyOf(operands);
    }

    /** Whether every operand is a cell of its report's format (else the equation cannot be compared). */
    boolean resolved() {
        return operands.stream().allMatch(o -> o.cell() >= 0);
    }

    Operand target() {
        return operands.stream().filter(Operand::target).findFirst().orElseThrow();
    }
}

package io.github.xxgk.check.across;

import io.github.xxgk.check.Rule;

import java.util.List;

/**
 * An equation of the equation model whose operands live in more than one report: Σ weight × cell = 0, each operand
 * a cell of the {@link CellIndex} in a context (this report, last year's, a member agency's). {@code target} is
 * the operand the finding is reported at (always in this report). {@code wording} is the relation as a clerk reads
 * it; {@code scope} the column or row the instance holds in.
 */
record CrossEquation(Rule rule, String wording, String scope, List<Operand> operands) {

    enum Context { THIS, PREVIOUS_YEAR, MEMBER }

    record Operand(Context context, int cell, int weight, boolean target) {
    }

    CrossEquation {
        operands = List.copyOf(operands);
    }

    Operand target() {
        return operands.stream().filter(Operand::target).findFirst().orElseThrow();
    }

    Operand operand(Context context, int cell) {
        return operands.stream().filter(o -> o.context() == context && o.cell() == cell).findFirst().orElseThrow();
    }
}

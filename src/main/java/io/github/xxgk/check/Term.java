package io.github.xxgk.check;

import io.github.xxgk.table.CellRef;

import java.math.BigDecimal;

/** One operand of a relation as found: its label, value and cell; {@code left} tells the side of the equation. */
public record Term(String label, BigDecimal value, CellRef ref, boolean left, boolean target) {
}

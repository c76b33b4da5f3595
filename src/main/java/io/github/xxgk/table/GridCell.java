package io.github.xxgk.table;

/**
 * A cell of a {@link Grid}. Inside a merged region every cell reads the region's value; {@code origin} is the
 * region's top-left cell, where the value really is.
 */
public record GridCell(CellRef ref, CellRef origin, CellValue value) {

    public boolean mergeContinuation() {
        return !ref.equals(origin);
    }

    /** The text of a cell that holds text (not a number), else empty. */
    public String text() {
        return value instanceof CellValue.Text t ? t.text() : "";
    }
}

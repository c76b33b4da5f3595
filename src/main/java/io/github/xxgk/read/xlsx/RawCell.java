package io.github.xxgk.read.xlsx;

/**
 * A cell as its sheet XML holds it, before its value is worked out (shared strings are read after the sheets,
 * shared and array formulas once the whole sheet is known).
 *
 * @param type   the {@code t} attribute, null for the default (a number)
 * @param value  the text of {@code <v>}, null where there is none
 * @param inline the text of {@code <is>} as its runs join up, null where there is none (or it holds no text)
 * @param formula null for a cell without {@code <f>}
 */
record RawCell(int row, int col, String type, String value, boolean hasInline, String inline, Formula formula) {

    /** A cell's {@code <f>}: its type (null for normal), text, range ({@code ref}) and shared index ({@code si}). */
    record Formula(String type, String text, String ref, long si) {
    }
}

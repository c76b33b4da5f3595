package io.github.xxgk.check;

/**
 * What a finding says of the cell it is located at, for every output that marks cells (the annotated copy's fills,
 * the report's table grids): decided here, once, so that no output tells an agency to change a cell the numbers do
 * not point at.
 */
public enum CellRole {
    /** The table's unique smallest correction: this cell is to change (「165 → 164」). */
    CHANGE,
    /** One of the cells an ambiguous correction may change: to check, not necessarily to change. */
    CANDIDATE,
    /**
     * The total of a relation that fails: where the relation is stated, not necessarily the cell to change. The
     * report grids flag it (no value shown as wrong); the annotated copy gives it a comment and no fill.
     */
    RELATION,
    /** The cell's own content (a label, a value that is blank, not a number, …). */
    OWN;

    public static CellRole of(Finding f) {
        if (f.rule() == Rule.SUGGESTED_CORRECTION) {
            return CHANGE;
        }
        if (f.rule() == Rule.CORRECTION_CANDIDATE) {
            return CANDIDATE;
        }
        return f.relationId() != null ? RELATION : OWN;
    }
}

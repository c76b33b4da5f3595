package io.github.xxgk.check.across;

import io.github.xxgk.identity.ReportIdentity;
import io.github.xxgk.table.BoundCell;
import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.CellRef;
import io.github.xxgk.table.CellValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the checks across reports keep of one report once it is checked: its file, its run order, its identity,
 * and for every input cell of the format the number it holds (exactly, as a long at the format's amount scale; none
 * for a blank, a placeholder, text, a merged copy or a cell not found) and where it is. About 16 bytes a cell.
 */
public final class ReportValues {

    /** No number here (blank, text, not found, or more decimals than the format allows: nothing to compare). */
    static final long NONE = Long.MIN_VALUE;
    private static final long NOWHERE = -1L;

    private final String file;
    private final int order;
    private final ReportIdentity identity;
    private final CellIndex index;
    private final int scale;
    private final long[] values;
    private final long[] where;
    private final String[] sheets;
    private final boolean bound;
    private final java.util.Set<String> ambiguous;

    private ReportValues(String file, int order, ReportIdentity identity, CellIndex index, int scale, long[] values,
                         long[] where, String[] sheets, boolean bound, java.util.Set<String> ambiguous) {
        this.bound = bound;
        this.ambiguous = java.util.Set.copyOf(ambiguous);
        this.file = file;
        this.order = order;
        this.identity = identity;
        this.index = index;
        this.scale = scale;
        this.values = values;
        this.where = where;
        this.sheets = sheets;
    }

    /**
     * The values of a bound report ({@code identity} null keeps no values: the report cannot be compared), and the
     * tables whose smallest correction the report's own numbers left ambiguous (they have correction candidates):
     * the years around may pin it.
     */
    public static ReportValues of(String file, int order, ReportIdentity identity, BoundReport report,
                                  java.util.Set<String> ambiguousTables) {
        boolean bound = report != null && !report.tables().isEmpty();
        if (identity == null || !bound) {
            return new ReportValues(file, order, identity, null, 0, new long[0], new long[0], new String[0], bound,
                    java.util.Set.of());
        }
        CellIndex index = CellIndex.of(report.format());
        int scale = report.format().amountScale();
        long[] values = new long[index.size()];
        long[] where = new long[index.size()];
        List<String> sheets = new ArrayList<>();
        for (CellIndex.Cell c : index.cells()) {
            Optional<BoundCell> cell = report.table(c.table().id()).flatMap(t -> t.cell(c.rowId(), c.columnId()));
            values[c.index()] = cell.map(b -> scaled(b, scale)).orElse(NONE);
            where[c.index()] = cell.map(b -> pack(b.ref(), sheets)).orElse(NOWHERE);
        }
        return new ReportValues(file, order, identity, index, scale, values, where, sheets.toArray(String[]::new), true,
                ambiguousTables);
    }

    private static long scaled(BoundCell b, int scale) {
        if (!(b.value() instanceof CellValue.Number n) || b.cell().mergeContinuation()) {
            return NONE;
        }
        try {
            return n.value().movePointRight(scale).longValueExact();
        } catch (ArithmeticException e) {
            return NONE; // too many decimals or too large: not a number to compare exactly
        }
    }

    /** sheet (8 bits) | row (20) | column (16) | line (20); a cell beyond that has no place to name. */
    private static long pack(CellRef ref, List<String> sheets) {
        int s = sheets.indexOf(ref.sheet());
        if (s < 0) {
            sheets.add(ref.sheet());
            s = sheets.size() - 1;
        }
        if (s >= 256 || ref.row() >= (1 << 20) || ref.col() >= (1 << 16) || ref.line() >= (1 << 20) || ref.row() < 0) {
            return NOWHERE;
        }
        return ((long) s << 56) | ((long) ref.row() << 36) | ((long) ref.col() << 20) | ref.line();
    }

    public String file() {
        return file;
    }

    public int order() {
        return order;
    }

    /** Null when the report's identity could not be established. */
    public ReportIdentity identity() {
        return identity;
    }

    /** Whether any table of the format was found in the file. */
    public boolean bound() {
        return bound;
    }

    /** Whether the report's own numbers left the table's smallest correction ambiguous. */
    boolean ambiguous(String tableId) {
        return ambiguous.contains(tableId);
    }

    boolean comparable() {
        return identity != null && index != null;
    }

    CellIndex index() {
        return index;
    }

    /** The number in the cell, or null. */
    BigDecimal value(int cell) {
        long v = values[cell];
        return v == NONE ? null : BigDecimal.valueOf(v, scale).stripTrailingZeros();
    }

    long raw(int cell) {
        return values[cell];
    }

    /** Where the cell is in the file, or null when it was not found. */
    CellRef ref(int cell) {
        long w = where[cell];
        if (w == NOWHERE) {
            return null;
        }
        return new CellRef(sheets[(int) (w >>> 56)], (int) ((w >>> 36) & 0xFFFFF), (int) ((w >>> 20) & 0xFFFF),
                (int) (w & 0xFFFFF));
    }

    /** 「表三!D31」, or 「—」 where the cell was not found. */
    String a1(int cell) {
        CellRef ref = ref(cell);
        return ref == null ? "—" : ref.a1();
    }

    /** The numbers of one table's cells, in index order (none where a cell holds none). */
    long[] table(List<CellIndex.Cell> cells) {
        long[] out = new long[cells.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[cells.get(i).index()];
        }
        return out;
    }
}

package io.github.xxgk.check.solve;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fewest cells whose change makes every equation hold: an exact search, by increasing number of changed cells,
 * over the sets of cells the failing equations reach.
 * <p>
 * Equations are Σ weight × value = 0. A set S of cells can be a correction only if every equation with a
 * non-zero residual contains a cell of S and every holding equation it touches contains at least two (one changed
 * cell alone would break it); the search grows S one cell at a time from an equation that does not meet this yet,
 * so every correction of up to {@code maxCells} cells is reached (any correction containing S must contain a further
 * cell of that equation). For each such S the changes are solved exactly (integer Gauss–Jordan elimination); S is a
 * correction when the changes are determined, non-zero, whole numbers for counts (multiples of the amount scale
 * for amounts) and leave no value negative. All corrections of the smallest size are returned; for a unique one, a
 * lower bound on the size of any other (exact when one is found within two more cells): those levels stop at the
 * first other correction they meet, since whether there is one is all they tell.
 * <p>
 * Limits: sets whose changes the equations leave undetermined are not corrections (fixing one of their free cells
 * to its value gives a smaller determined one); the search stops at {@code maxCells} cells or when {@code budgetNanos}
 * is spent, and says which.
 */
public final class CorrectionSearch {

    /** A cell's value and whether it is a count (whole number ≥ 0) or an amount (≥ 0 at the amount scale). */
    public record Variable(BigDecimal value, boolean count) {
    }

    /** Σ weights[i] × value(vars[i]) = 0. */
    public record Equation(int[] vars, int[] weights) {
    }

    public record Change(int var, BigDecimal from, BigDecimal to) {
    }

    /** One way to make every equation hold. */
    public record Correction(List<Change> changes) {
        public int size() {
            return changes.size();
        }
    }

    public enum Status {
        /** Every equation holds already. */
        CONSISTENT,
        /** The smallest corrections were found (all of them). */
        FOUND,
        /** No correction of at most maxCells cells exists. */
        TOO_MANY_CELLS,
        /** The time budget ran out before the search could finish. */
        TIME_LIMIT
    }

    /**
     * @param nextSize for a unique correction, how many cells any other correction (not a superset of it) changes at
     *                 least: the size of the smallest one found within two more cells, else one more than that
     *                 bound; 0 when not known (several corrections, or no time left to look)
     */
    public record Result(Status status, List<Correction> corrections, int nextSize) {
    }

    /** Cells per key slot: keys of up to 6 cells of up to 1023 variables fit a long. */
    private static final int KEY_BITS = 10;

    private final List<Variable> variables;
    private final int maxDegree;
    private final int[][] eqVars;
    private final int[][] varEqs;
    /** The weight of each cell in each of its equations, as in {@code varEqs}. */
    private final int[][] varWeights;
    /** For each equation the row it has in the system {@link #solveChosen} builds (where the chosen cells touch it). */
    private final int[] rowOf;
    /** The equations by number of cells, in their order where they have as many. */
    private final int[] byLength;
    private final long[] values;
    private final long[] residual;
    private final long unit;
    private final int scale;
    /**
     * Sets tried per search at most, whatever the time: the sets seen are remembered, so this also bounds the memory
     * a search may take (a few MiB) when many files are checked at once.
     */
    static final long MAX_NODES = 1_000_000;

    private final long deadline;
    private final int[] touched;
    private final int[] chosen;
    /** Whether each cell is chosen. */
    private final boolean[] isChosen;
    /** The chosen cells in ascending order, as {@link #sortChosen} leaves them. */
    private final int[] sorted;
    /** Room for the system of the chosen cells and its solution: {@link #solveChosen} allocates nothing. */
    private final long[][] rows;
    private final long[] delta;
    private final int[] pivotRow;
    /** Per number of chosen cells, room for the cells to try next when no equation is open. */
    private final int[][] around;
    /** How many cells the last {@link #around} found. */
    private int aroundCount;
    /** The cells {@link #around} has marked (all false between calls). */
    private final boolean[] marked;
    /** The sets of cells the current level has visited. */
    private final LongSet seen = new LongSet();
    private int size;
    /** How many equations the chosen cells cannot satisfy as they are (see {@link #isOpen}). */
    private int openCount;
    private long nodes;
    private boolean outOfTime;
    /** The correction of the level below, as its cells, when the level looks for another one. */
    private int[][] excluded = new int[0][];
    /** Whether the current level stops at its first correction (it only has to tell whether there is one). */
    private boolean firstOnly;
    private boolean stop;

    private CorrectionSearch(List<Variable> variables, List<Equation> equations, int amountScale, long budgetNanos,
                             int maxCells) {
        this.variables = variables;
        int scale = amountScale;
        for (Variable v : variables) {
            scale = Math.max(scale, Math.max(0, v.value().scale()));
        }
        this.scale = scale;
        this.unit = BigInteger.TEN.pow(scale).longValueExact();
        int nv = variables.size();
        this.values = new long[nv];
        for (int i = 0; i < nv; i++) {
            values[i] = variables.get(i).value().movePointRight(scale).longValueExact();
        }
        int n = equations.size();
        eqVars = new int[n][];
        int[][] eqWeights = new int[n][];
        residual = new long[n];
        int[] degree = new int[nv];
        for (int e = 0; e < n; e++) {
            eqVars[e] = equations.get(e).vars();
            eqWeights[e] = equations.get(e).weights();
            long r = 0;
            for (int k = 0; k < eqVars[e].length; k++) {
                r = Math.addExact(r, Math.multiplyExact(eqWeights[e][k], values[eqVars[e][k]]));
                degree[eqVars[e][k]]++;
            }
            residual[e] = r;
        }
        varEqs = new int[nv][];
        varWeights = new int[nv][];
        int max = nv == 0 ? 1 : 0;
        for (int v = 0; v < nv; v++) {
            varEqs[v] = new int[degree[v]];
            varWeights[v] = new int[degree[v]];
            max = Math.max(max, degree[v]);
            degree[v] = 0; // from here: how many of its equations are filled in
        }
        maxDegree = max;
        for (int e = 0; e < n; e++) {
            for (int k = 0; k < eqVars[e].length; k++) {
                int v = eqVars[e][k];
                varEqs[v][degree[v]] = e;
                varWeights[v][degree[v]++] = eqWeights[e][k];
            }
        }
        byLength = new int[n];
        for (int e = 0; e < n; e++) { // a stable insertion sort: equations are few
            int i = e;
            while (i > 0 && eqVars[byLength[i - 1]].length > eqVars[e].length) {
                byLength[i] = byLength[i - 1];
                i--;
            }
            byLength[i] = e;
        }
        rowOf = new int[n];
        if (nv >= (1 << KEY_BITS) - 1 || maxCells * KEY_BITS > 63) {
            throw new ArithmeticException("too many cells for the search: " + nv);
        }
        touched = new int[n];
        chosen = new int[maxCells];
        isChosen = new boolean[nv];
        sorted = new int[maxCells];
        rows = new long[n][maxCells + 1];
        delta = new long[maxCells];
        pivotRow = new int[maxCells];
        around = new int[maxCells][];
        marked = new boolean[nv];
        deadline = System.nanoTime() + budgetNanos;
    }

    /**
     * Searches the smallest corrections. Values must fit a long at the amount scale (report values do by far);
     * {@code amountScale} is the number of decimals amounts may have.
     */
    public static Result solve(List<Variable> variables, List<Equation> equations, int amountScale, int maxCells,
                               long budgetNanos) {
        CorrectionSearch s = new CorrectionSearch(variables, equations, amountScale, budgetNanos, maxCells);
        boolean consistent = true;
        for (long r : s.residual) {
            consistent &= r == 0;
        }
        if (consistent) {
            return new Result(Status.CONSISTENT, List.of(), 0);
        }
        for (int k = 1; k <= maxCells; k++) {
            List<Correction> found = s.level(k, List.of(), false);
            if (s.outOfTime) {
                return new Result(Status.TIME_LIMIT, List.of(), 0);
            }
            if (found.size() == 1) { // how much worse the other way is tells a clerk how sure the one way is
                int last = Math.min(maxCells, k + 2);
                for (int next = k + 1; next <= last; next++) {
                    List<Correction> other = s.level(next, found, true); // whether there is one is all it takes
                    if (s.outOfTime) {
                        return new Result(Status.FOUND, found, 0);
                    }
                    if (!other.isEmpty()) {
                        return new Result(Status.FOUND, found, next);
                    }
                }
                return new Result(Status.FOUND, found, last + 1); // none up to last cells: at least one more
            }
            if (!found.isEmpty()) {
                return new Result(Status.FOUND, found, 0);
            }
        }
        return new Result(Status.TOO_MANY_CELLS, List.of(), 0);
    }

    /**
     * Every correction of exactly k cells that contains none of {@code smaller}, in the order the search meets them;
     * with {@code firstOnly}, the first of them only.
     */
    private List<Correction> level(int k, List<Correction> smaller, boolean firstOnly) {
        List<Correction> found = new ArrayList<>();
        seen.clear();
        size = 0;
        Arrays.fill(touched, 0);
        openCount = 0;
        for (int e = 0; e < residual.length; e++) {
            openCount += isOpen(e) ? 1 : 0;
        }
        excluded = smaller.stream().map(c -> c.changes().stream().mapToInt(Change::var).toArray()).toArray(int[][]::new);
        this.firstOnly = firstOnly;
        stop = false;
        grow(k, found);
        return found;
    }

    /**
     * Grows the chosen set towards k cells. A set that cannot close its open equations in the cells left is skipped
     * before it is remembered: the bound depends on the set alone, so it skips the set again wherever the search meets
     * it, and the sets visited, the corrections found and their order are those the search meets remembering it.
     */
    private void grow(int k, List<Correction> found) {
        if (outOfTime || ++nodes > MAX_NODES || (nodes & 1023) == 1 && System.nanoTime() > deadline) { // time: every 1024
            outOfTime = true;
            return;
        }
        if (openCount > 0 && size + (openCount + maxDegree - 1) / maxDegree > k) {
            return; // one more cell closes at most maxDegree open equations
        }
        if (size > 0 && !seen.add(key())) {
            return;
        }
        if (openCount == 0) {
            if (size == k) {
                Correction c = solveChosen();
                if (c != null && !containsExcluded()) {
                    found.add(c);
                    stop = firstOnly;
                }
                return;
            }
            if (size > 0 && solveChosen() != null) {
                return; // a smaller correction: supersets of it are not minimal
            }
        }
        if (size == k) {
            return;
        }
        int open = openEquation();
        int[] next = open >= 0 ? eqVars[open] : around();
        int count = open >= 0 ? next.length : aroundCount;
        for (int i = 0; i < count; i++) {
            int v = next[i];
            if (isChosen[v]) {
                continue;
            }
            add(v);
            grow(k, found);
            remove(v);
            if (outOfTime || stop) {
                return;
            }
        }
    }

    /** Whether the chosen cells include every cell of a correction of the level below (then it is not minimal). */
    private boolean containsExcluded() {
        for (int[] cells : excluded) {
            boolean all = true;
            for (int v : cells) {
                all &= isChosen[v];
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the chosen cells cannot satisfy equation e as they are: it fails and has none of them, or it holds and
     * has exactly one (which alone would break it).
     */
    private boolean isOpen(int e) {
        return residual[e] != 0 ? touched[e] == 0 : touched[e] == 1;
    }

    /** An equation the chosen cells cannot satisfy as they are: the first of those with the fewest cells, or -1. */
    private int openEquation() {
        if (openCount > 0) {
            for (int e : byLength) {
                if (isOpen(e)) {
                    return e;
                }
            }
        }
        return -1;
    }

    /**
     * The cells to try when no equation is open: those of every equation the chosen cells touch, in ascending order,
     * in the room kept for this many chosen cells.
     */
    private int[] around() {
        if (around[size] == null) {
            around[size] = new int[values.length];
        }
        int[] cells = around[size];
        for (int e = 0; e < residual.length; e++) {
            if (touched[e] > 0) {
                for (int v : eqVars[e]) {
                    marked[v] = true;
                }
            }
        }
        int count = 0;
        for (int v = 0; v < marked.length; v++) {
            if (marked[v]) {
                cells[count++] = v;
                marked[v] = false;
            }
        }
        aroundCount = count;
        return cells;
    }

    private void add(int v) {
        chosen[size++] = v;
        isChosen[v] = true;
        for (int e : varEqs[v]) {
            openCount -= isOpen(e) ? 1 : 0;
            touched[e]++;
            openCount += isOpen(e) ? 1 : 0;
        }
    }

    private void remove(int v) {
        size--;
        isChosen[v] = false;
        for (int e : varEqs[v]) {
            openCount -= isOpen(e) ? 1 : 0;
            touched[e]--;
            openCount += isOpen(e) ? 1 : 0;
        }
    }

    /** Puts the chosen cells in ascending order into {@link #sorted}. */
    private void sortChosen() {
        for (int i = 0; i < size; i++) {
            int v = chosen[i];
            int j = i;
            while (j > 0 && sorted[j - 1] > v) {
                sorted[j] = sorted[j - 1];
                j--;
            }
            sorted[j] = v;
        }
    }

    /** The chosen set as a number: each cell index in {@value #KEY_BITS} bits, in ascending order. */
    private long key() {
        sortChosen();
        long key = 0;
        for (int i = 0; i < size; i++) {
            key = key << KEY_BITS | sorted[i] + 1;
        }
        return key;
    }

    /** The chosen cells' changes if they are determined and admissible, else null. */
    private Correction solveChosen() {
        sortChosen();
        int[] cells = sorted;
        int k = size;
        int count = 0;
        for (int e = 0; e < residual.length; e++) { // the touched equations in order, over the chosen cells
            if (touched[e] > 0) {
                rowOf[e] = count;
                long[] row = rows[count++];
                Arrays.fill(row, 0, k, 0);
                row[k] = -residual[e];
            }
        }
        for (int j = 0; j < k; j++) {
            int[] eqs = varEqs[cells[j]];
            for (int i = 0; i < eqs.length; i++) {
                rows[rowOf[eqs[i]]][j] += varWeights[cells[j]][i];
            }
        }
        if (!Elimination.solve(rows, count, k, delta, pivotRow)) {
            return null;
        }
        for (int j = 0; j < k; j++) {
            long to = values[cells[j]] + delta[j];
            if (delta[j] == 0 || to < 0 || variables.get(cells[j]).count() && to % unit != 0) {
                return null;
            }
        }
        List<Change> changes = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            Variable v = variables.get(cells[j]);
            changes.add(new Change(cells[j], v.value(), BigDecimal.valueOf(values[cells[j]] + delta[j], scale)
                    .stripTrailingZeros()));
        }
        return new Correction(List.copyOf(changes));
    }
}

package io.github.xxgk.check.solve;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

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
 * lower bound on the size of any other (exact when one is found within two more cells).
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
    private final int[][] eqWeights;
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
    /** The sets of cells the current level has visited. */
    private final LongSet seen = new LongSet();
    private int size;
    /** How many equations the chosen cells cannot satisfy as they are (see {@link #isOpen}). */
    private int openCount;
    private long nodes;
    private boolean outOfTime;

    private CorrectionSearch(List<Variable> variables, List<Equation> equations, int amountScale, long budgetNanos,
                             int maxCells) {
        this.variables = variables;
        int scale = Math.max(amountScale, variables.stream().mapToInt(v -> Math.max(0, v.value().scale())).max().orElse(0));
        this.scale = scale;
        this.unit = BigInteger.TEN.pow(scale).longValueExact();
        this.values = new long[variables.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = variables.get(i).value().movePointRight(scale).longValueExact();
        }
        int n = equations.size();
        eqVars = new int[n][];
        eqWeights = new int[n][];
        residual = new long[n];
        List<List<Integer>> byVar = new ArrayList<>();
        List<List<Integer>> weightsByVar = new ArrayList<>();
        variables.forEach(v -> {
            byVar.add(new ArrayList<>());
            weightsByVar.add(new ArrayList<>());
        });
        for (int e = 0; e < n; e++) {
            eqVars[e] = equations.get(e).vars();
            eqWeights[e] = equations.get(e).weights();
            long r = 0;
            for (int k = 0; k < eqVars[e].length; k++) {
                r = Math.addExact(r, Math.multiplyExact(eqWeights[e][k], values[eqVars[e][k]]));
                byVar.get(eqVars[e][k]).add(e);
                weightsByVar.get(eqVars[e][k]).add(eqWeights[e][k]);
            }
            residual[e] = r;
        }
        byLength = IntStream.range(0, n).boxed().sorted(Comparator.comparingInt(e -> eqVars[e].length))
                .mapToInt(Integer::intValue).toArray();
        varEqs = byVar.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        varWeights = weightsByVar.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        rowOf = new int[n];
        maxDegree = Arrays.stream(varEqs).mapToInt(a -> a.length).max().orElse(1);
        if (variables.size() >= (1 << KEY_BITS) - 1 || maxCells * KEY_BITS > 63) {
            throw new ArithmeticException("too many cells for the search: " + variables.size());
        }
        touched = new int[n];
        chosen = new int[maxCells];
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
            List<Correction> found = s.level(k, List.of());
            if (s.outOfTime) {
                return new Result(Status.TIME_LIMIT, List.of(), 0);
            }
            if (found.size() == 1) { // how much worse the other way is tells a clerk how sure the one way is
                int last = Math.min(maxCells, k + 2);
                for (int next = k + 1; next <= last; next++) {
                    List<Correction> other = s.level(next, found);
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

    /** Every correction of exactly k cells (that contains none of {@code smaller}). */
    private List<Correction> level(int k, List<Correction> smaller) {
        List<Correction> found = new ArrayList<>();
        seen.clear();
        size = 0;
        Arrays.fill(touched, 0);
        openCount = 0;
        for (int e = 0; e < residual.length; e++) {
            openCount += isOpen(e) ? 1 : 0;
        }
        grow(k, found, smaller);
        return found;
    }

    private void grow(int k, List<Correction> found, List<Correction> smaller) {
        if (outOfTime || ++nodes > MAX_NODES || (nodes & 1023) == 1 && System.nanoTime() > deadline) { // time: every 1024
            outOfTime = true;
            return;
        }
        if (size > 0 && !seen.add(key())) {
            return;
        }
        if (openCount > 0 && size + (openCount + maxDegree - 1) / maxDegree > k) {
            return; // one more cell closes at most maxDegree open equations
        }
        if (openCount == 0) {
            if (size == k) {
                Correction c = solveChosen();
                if (c != null && smaller.stream().noneMatch(s -> contains(c, s))) {
                    found.add(c);
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
        for (int v : candidates(openEquation())) {
            if (isChosen(v)) {
                continue;
            }
            add(v);
            grow(k, found, smaller);
            remove(v);
            if (outOfTime) {
                return;
            }
        }
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

    /** The cells to try next: those of the open equation, or (none open) of every equation the chosen cells touch. */
    private int[] candidates(int open) {
        if (open >= 0) {
            return eqVars[open];
        }
        boolean[] mark = new boolean[values.length];
        for (int e = 0; e < residual.length; e++) {
            if (touched[e] > 0) {
                for (int v : eqVars[e]) {
                    mark[v] = true;
                }
            }
        }
        return IntStream.range(0, mark.length).filter(v -> mark[v]).toArray();
    }

    private boolean isChosen(int v) {
        for (int i = 0; i < size; i++) {
            if (chosen[i] == v) {
                return true;
            }
        }
        return false;
    }

    private void add(int v) {
        chosen[size++] = v;
        for (int e : varEqs[v]) {
            openCount -= isOpen(e) ? 1 : 0;
            touched[e]++;
            openCount += isOpen(e) ? 1 : 0;
        }
    }

    private void remove(int v) {
        size--;
        for (int e : varEqs[v]) {
            openCount -= isOpen(e) ? 1 : 0;
            touched[e]--;
            openCount += isOpen(e) ? 1 : 0;
        }
    }

    /** The chosen set as a number: each cell index in {@value #KEY_BITS} bits, in ascending order. */
    private long key() {
        int[] s = Arrays.copyOf(chosen, size);
        Arrays.sort(s);
        long key = 0;
        for (int v : s) {
            key = key << KEY_BITS | v + 1;
        }
        return key;
    }

    /** The chosen cells' changes if they are determined and admissible, else null. */
    private Correction solveChosen() {
        int[] cells = Arrays.copyOf(chosen, size);
        Arrays.sort(cells);
        int k = cells.length;
        int count = 0;
        for (int e = 0; e < residual.length; e++) {
            if (touched[e] > 0) {
                rowOf[e] = count++;
            }
        }
        long[][] rows = new long[count][k + 1]; // the touched equations in order, over the chosen cells
        for (int e = 0; e < residual.length; e++) {
            if (touched[e] > 0) {
                rows[rowOf[e]][k] = -residual[e];
            }
        }
        for (int j = 0; j < k; j++) {
            int[] eqs = varEqs[cells[j]];
            for (int i = 0; i < eqs.length; i++) {
                rows[rowOf[eqs[i]]][j] += varWeights[cells[j]][i];
            }
        }
        long[] delta = Elimination.solve(rows, k);
        if (delta == null) {
            return null;
        }
        List<Change> changes = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            long to = values[cells[j]] + delta[j];
            Variable v = variables.get(cells[j]);
            if (delta[j] == 0 || to < 0 || v.count() && to % unit != 0) {
                return null;
            }
            changes.add(new Change(cells[j], v.value(), BigDecimal.valueOf(to, scale).stripTrailingZeros()));
        }
        return new Correction(List.copyOf(changes));
    }

    private static boolean contains(Correction bigger, Correction smaller) {
        return smaller.changes().stream().allMatch(s -> bigger.changes().stream().anyMatch(b -> b.var() == s.var()));
    }
}

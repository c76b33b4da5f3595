package io.github.xxgk.check.solve;

/** Exact integer Gauss–Jordan elimination for the small systems of one candidate correction. */
final class Elimination {

    private Elimination() {
    }

    /**
     * Solves the first {@code n} rows of {@code a} (k coefficients, then the right-hand side) for k unknowns, in place
     * (the rows are overwritten and may be reordered). Writes the unique solution into {@code x} and returns true when
     * it is whole, else returns false: inconsistent, undetermined (rank &lt; k), fractional, or too large for a long.
     * {@code pivotRow} is room for k row numbers; nothing is allocated, the search calls this for every candidate.
     */
    static boolean solve(long[][] a, int n, int k, long[] x, int[] pivotRow) {
        try {
            int r = 0;
            for (int col = 0; col < k; col++) {
                int p = r;
                while (p < n && a[p][col] == 0) {
                    p++;
                }
                if (p == n) {
                    return false; // undetermined
                }
                long[] t = a[p];
                a[p] = a[r];
                a[r] = t;
                for (int i = 0; i < n; i++) {
                    if (i != r && a[i][col] != 0) {
                        long f = a[i][col];
                        long g = a[r][col];
                        for (int j = 0; j <= k; j++) {
                            a[i][j] = Math.subtractExact(Math.multiplyExact(a[i][j], g), Math.multiplyExact(a[r][j], f));
                        }
                        normalize(a[i], k);
                    }
                }
                pivotRow[col] = r++;
            }
            for (int i = r; i < n; i++) {
                if (a[i][k] != 0) {
                    return false; // inconsistent
                }
            }
            for (int col = 0; col < k; col++) {
                long[] row = a[pivotRow[col]];
                if (row[k] % row[col] != 0) {
                    return false; // not a whole change
                }
                x[col] = row[k] / row[col];
            }
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    /** Divides the row's k coefficients and right-hand side by their greatest common divisor. */
    private static void normalize(long[] row, int k) {
        long g = 0;
        for (int j = 0; j <= k; j++) {
            g = gcd(g, Math.abs(row[j]));
        }
        if (g > 1) {
            for (int j = 0; j <= k; j++) {
                row[j] /= g;
            }
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}

package io.github.xxgk.check.solve;

/** Exact integer Gauss–Jordan elimination for the small systems of one candidate correction. */
final class Elimination {

    private Elimination() {
    }

    /**
     * Solves rows (k coefficients, then the right-hand side) for k unknowns, in place (the rows are overwritten).
     * Returns the unique solution when it is whole, else null: inconsistent, undetermined (rank &lt; k), fractional,
     * or too large for a long.
     */
    static long[] solve(long[][] a, int k) {
        try {
            int r = 0;
            int[] pivotRow = new int[k];
            for (int col = 0; col < k; col++) {
                int p = r;
                while (p < a.length && a[p][col] == 0) {
                    p++;
                }
                if (p == a.length) {
                    return null; // undetermined
                }
                long[] t = a[p];
                a[p] = a[r];
                a[r] = t;
                for (int i = 0; i < a.length; i++) {
                    if (i != r && a[i][col] != 0) {
                        long f = a[i][col];
                        long g = a[r][col];
                        for (int j = 0; j <= k; j++) {
                            a[i][j] = Math.subtractExact(Math.multiplyExact(a[i][j], g), Math.multiplyExact(a[r][j], f));
                        }
                        normalize(a[i]);
                    }
                }
                pivotRow[col] = r++;
            }
            for (int i = r; i < a.length; i++) {
                if (a[i][k] != 0) {
                    return null; // inconsistent
                }
            }
            long[] x = new long[k];
            for (int col = 0; col < k; col++) {
                long[] row = a[pivotRow[col]];
                if (row[k] % row[col] != 0) {
                    return null; // not a whole change
                }
                x[col] = row[k] / row[col];
            }
            return x;
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static void normalize(long[] row) {
        long g = 0;
        for (long v : row) {
            g = gcd(g, Math.abs(v));
        }
        if (g > 1) {
            for (int j = 0; j < row.length; j++) {
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

package io.github.xxgk.table.bind;

import java.util.Arrays;

/**
 * Order-preserving alignment of the template's labels with candidates found in a file (rows down a sheet,
 * columns across a header): the assignment with the highest total score in which no two template items
 * share a candidate and order is kept. A missing, extra or shifted item leaves the others in place.
 */
final class Alignment {

    /** Scores below this are no match. */
    static final double THRESHOLD = 0.5;

    interface Scorer {
        /** Score of template item i against candidate j; below {@link #THRESHOLD} means no match. */
        double score(int i, int j);
    }

    private Alignment() {
    }

    /** For each template item the candidate index it is aligned with, or -1. */
    static int[] align(int items, int candidates, Scorer scorer) {
        double[][] best = new double[items + 1][candidates + 1];
        double[][] score = new double[items][candidates];
        for (int i = 0; i < items; i++) {
            for (int j = 0; j < candidates; j++) {
                score[i][j] = scorer.score(i, j);
            }
        }
        for (int i = 1; i <= items; i++) {
            for (int j = 1; j <= candidates; j++) {
                double take = score[i - 1][j - 1] >= THRESHOLD ? best[i - 1][j - 1] + score[i - 1][j - 1] : -1;
                best[i][j] = Math.max(take, Math.max(best[i - 1][j], best[i][j - 1]));
            }
        }
        int[] match = new int[items];
        Arrays.fill(match, -1);
        int i = items;
        int j = candidates;
        while (i > 0 && j > 0) {
            double s = score[i - 1][j - 1];
            if (s >= THRESHOLD && best[i][j] == best[i - 1][j - 1] + s) {
                match[i - 1] = j - 1;
                i--;
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        return match;
    }

    /** How many template items found a candidate. */
    static int matched(int[] match) {
        int n = 0;
        for (int m : match) {
            n += m >= 0 ? 1 : 0;
        }
        return n;
    }

    static double total(int[] match, Scorer scorer) {
        double sum = 0;
        for (int i = 0; i < match.length; i++) {
            if (match[i] >= 0) {
                sum += scorer.score(i, match[i]);
            }
        }
        return sum;
    }
}

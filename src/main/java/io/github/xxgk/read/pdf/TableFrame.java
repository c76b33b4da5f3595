package io.github.xxgk.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table drawn with ruling lines on one page: the distinct x of its vertical lines and y of its horizontal lines
 * cut it into a grid; where a border is missing between two grid cells they are one merged cell. Each cell
 * ({@link Region}) gets the glyphs whose centre lies in it.
 */
final class TableFrame {

    /** A cell of the drawn table: grid rows and columns it spans, its text. */
    record Region(int row, int col, int rows, int cols, String text) {
    }

    private static final float SLACK = 2f;

    private final float[] xs;
    private final float[] ys;
    private final List<Ruling> rulings;
    private final int[][] owner;
    private final List<Region> regions = new ArrayList<>();

    TableFrame(float[] xs, float[] ys, List<Ruling> rulings) {
        this.xs = xs;
        this.ys = ys;
        this.rulings = rulings;
        this.owner = new int[ys.length - 1][xs.length - 1];
    }

    /** The x of grid column boundary {@code i}. */
    float x(int i) {
        return xs[i];
    }

    float top() {
        return ys[0];
    }

    float bottom() {
        return ys[ys.length - 1];
    }

    boolean contains(Glyph g) {
        return g.centerX() > xs[0] && g.centerX() < xs[xs.length - 1] && g.centerY() > ys[0] && g.centerY() < bottom();
    }

    int rows() {
        return ys.length - 1;
    }

    int cols() {
        return xs.length - 1;
    }

    /** Index of the region at a grid cell, after {@link #fill}. */
    int owner(int row, int col) {
        return owner[row][col];
    }

    List<Region> regions() {
        return regions;
    }

    /** Finds the merged cells and puts each glyph in the cell it lies in. */
    void fill(List<Glyph> glyphs) {
        for (int[] r : owner) {
            java.util.Arrays.fill(r, -1);
        }
        List<int[]> spans = new ArrayList<>();
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < cols(); c++) {
                if (owner[r][c] >= 0) {
                    continue;
                }
                int w = 1;
                while (c + w < cols() && owner[r][c + w] < 0 && !vertical(c + w, r)) {
                    w++;
                }
                int h = 1;
                while (r + h < rows() && openBelow(r + h, c, w)) {
                    h++;
                }
                for (int i = 0; i < h; i++) {
                    for (int j = 0; j < w; j++) {
                        owner[r + i][c + j] = spans.size();
                    }
                }
                spans.add(new int[] {r, c, h, w});
            }
        }
        List<List<Glyph>> inside = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            inside.add(new ArrayList<>());
        }
        for (Glyph g : glyphs) {
            int c = index(xs, g.centerX());
            int r = index(ys, g.centerY());
            if (r >= 0 && c >= 0) {
                inside.get(owner[r][c]).add(g);
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            regions.add(new Region(s[0], s[1], s[2], s[3], Lines.cell(inside.get(i))));
        }
    }

    /** No border on top of grid row {@code row} over columns [col, col + w), and those cells are free. */
    private boolean openBelow(int row, int col, int w) {
        for (int j = 0; j < w; j++) {
            if (owner[row][col + j] >= 0 || horizontal(row, col + j)) {
                return false;
            }
        }
        // the merged cell stays a rectangle: no border inside it either
        for (int j = 1; j < w; j++) {
            if (vertical(col + j, row)) {
                return false;
            }
        }
        return true;
    }

    /** A vertical border at xs[xi] beside grid row {@code row}. */
    private boolean vertical(int xi, int row) {
        float mid = (ys[row] + ys[row + 1]) / 2;
        for (Ruling r : rulings) {
            if (!r.horizontal() && Math.abs(r.at() - xs[xi]) <= SLACK && r.covers(mid, 0)) {
                return true;
            }
        }
        return false;
    }

    /** A horizontal border at ys[yi] over grid column {@code col}. */
    private boolean horizontal(int yi, int col) {
        float mid = (xs[col] + xs[col + 1]) / 2;
        for (Ruling r : rulings) {
            if (r.horizontal() && Math.abs(r.at() - ys[yi]) <= SLACK && r.covers(mid, 0)) {
                return true;
            }
        }
        return false;
    }

    private static int index(float[] cuts, float v) {
        for (int i = 0; i + 1 < cuts.length; i++) {
            if (v >= cuts[i] && v < cuts[i + 1]) {
                return i;
            }
        }
        return -1;
    }
}

package io.github.xxgk.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the tables a page draws: ruling lines that meet form one table; its vertical lines' distinct x and its
 * horizontal lines' distinct y are the grid. Underlines, rules under a heading and lone boxes (fewer than two
 * lines each way) are no table.
 */
final class Frames {

    private static final float SLACK = 2f;
    /**
     * Lines closer than this (points) are one cut of the grid: a border drawn twice, a double border, the borders
     * of neighbouring cells drawn a little apart (Writer, around merged cells). No row of text is this thin.
     */
    private static final float SAME = 3f;
    private static final int MAX_CUTS = 400;

    private Frames() {
    }

    static List<TableFrame> of(List<Ruling> rulings) {
        int n = rulings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        List<Integer> hs = new ArrayList<>();
        List<Integer> vs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (rulings.get(i).horizontal() ? hs : vs).add(i);
        }
        for (int h : hs) {
            for (int v : vs) {
                if (rulings.get(h).meets(rulings.get(v), SLACK)) {
                    union(parent, h, v);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        java.util.Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(rulings.get(i));
        }
        List<TableFrame> frames = new ArrayList<>();
        for (List<Ruling> g : groups) {
            float[] xs = cuts(g, false);
            float[] ys = cuts(g, true);
            if (xs.length >= 2 && ys.length >= 2 && xs.length <= MAX_CUTS && ys.length <= MAX_CUTS
                    && xs[xs.length - 1] - xs[0] > 20 && ys[ys.length - 1] - ys[0] > 8) {
                frames.add(new TableFrame(xs, ys, g));
            }
        }
        frames.sort(Comparator.comparingDouble(TableFrame::top));
        return frames;
    }

    private static float[] cuts(List<Ruling> g, boolean horizontal) {
        List<Float> at = new ArrayList<>();
        for (Ruling r : g) {
            if (r.horizontal() == horizontal) {
                at.add(r.at());
            }
        }
        at.sort(null);
        List<Float> cuts = new ArrayList<>();
        for (float a : at) {
            if (cuts.isEmpty() || a - cuts.get(cuts.size() - 1) > SAME) {
                cuts.add(a);
            }
        }
        float[] out = new float[cuts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = cuts.get(i);
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}

package io.github.xxgk.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Glyphs put in reading order: lines by baseline, top to bottom; characters left to right, words spaced. */
final class Lines {

    private Lines() {
    }

    /** The glyphs grouped into lines (a glyph joins a line whose baseline is within a third of its size). */
    static List<List<Glyph>> of(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = null;
        float base = 0;
        for (Glyph g : sorted) {
            if (line == null || Math.abs(g.baseline() - base) > Math.max(1f, g.size() / 3)) {
                line = new ArrayList<>();
                lines.add(line);
                base = g.baseline();
            }
            line.add(g);
        }
        for (List<Glyph> l : lines) {
            l.sort(Comparator.comparingDouble(Glyph::x));
        }
        return lines;
    }

    /** A line's text: a space where the gap between two characters is over a quarter of the font size. */
    static String text(List<Glyph> line) {
        StringBuilder s = new StringBuilder();
        Glyph last = null;
        for (Glyph g : line) {
            if (last != null && g.x() - last.right() > Math.max(g.size(), last.size()) / 4
                    && s.charAt(s.length() - 1) != ' ' && !g.text().equals(" ")) {
                s.append(' ');
            }
            s.append(g.text());
            last = g;
        }
        return s.toString();
    }

    /**
     * The text of a cell: its lines joined without a break, as a label wrapped inside the cell reads
     * (「商业企」/「业」 is 商业企业; a number or a word broken over two lines is one).
     */
    static String cell(List<Glyph> glyphs) {
        StringBuilder s = new StringBuilder();
        for (List<Glyph> line : of(glyphs)) {
            String t = text(line).strip();
            if (t.isEmpty()) {
                continue;
            }
            s.append(t);
        }
        return s.toString();
    }
}

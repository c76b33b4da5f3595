package io.github.xxgk.read.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Running headers and footers: lines in a page's top or bottom margin that are a page number (「第 3 页」, 「- 3 -」,
 * 「3/12」, 「Page 3」) or that repeat, digits aside, on other pages (Calc prints the sheet name above and 「Page 3」
 * below every page). They are neither narrative nor do they end a table that runs on to the next page.
 */
final class PageFurniture {

    /** The share of the page height at the top and at the bottom where headers and footers are printed. */
    private static final float MARGIN = 0.1f;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:第\\s*\\d+\\s*页(?:\\s*[，,/]?\\s*共\\s*\\d+\\s*页)?|[-－—]\\s*\\d+\\s*[-－—]|\\d+\\s*/\\s*\\d+|(?:page|Page|PAGE)\\s*\\d+(?:\\s*(?:of|/)\\s*\\d+)?|\\d+)$");

    private PageFurniture() {
    }

    /** The lines to drop, per page: {@code lines.get(p)} are the lines of page p outside tables. */
    static List<List<List<Glyph>>> remove(List<List<List<Glyph>>> lines, List<Float> heights) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (int p = 0; p < lines.size(); p++) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (List<Glyph> line : lines.get(p)) {
                if (inMargin(line, heights.get(p)) && seen.add(key(line, heights.get(p)))) {
                    pagesWith.merge(key(line, heights.get(p)), 1, Integer::sum);
                }
            }
        }
        List<List<List<Glyph>>> kept = new ArrayList<>();
        for (int p = 0; p < lines.size(); p++) {
            List<List<Glyph>> page = new ArrayList<>();
            for (List<Glyph> line : lines.get(p)) {
                boolean furniture = inMargin(line, heights.get(p)) && (PAGE_NUMBER.matcher(Lines.text(line).strip()).matches()
                        || pagesWith.getOrDefault(key(line, heights.get(p)), 0) > 1);
                if (!furniture) {
                    page.add(line);
                }
            }
            kept.add(page);
        }
        return kept;
    }

    private static boolean inMargin(List<Glyph> line, float height) {
        float y = line.get(0).baseline();
        return y < height * MARGIN || y > height * (1 - MARGIN);
    }

    private static String key(List<Glyph> line, float height) {
        return (line.get(0).baseline() < height / 2 ? "top " : "bottom ") + Lines.text(line).replaceAll("[\\d\\s]", "");
    }
}

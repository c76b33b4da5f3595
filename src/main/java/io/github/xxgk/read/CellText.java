package io.github.xxgk.read;

import io.github.xxgk.table.CellValue;

import java.util.regex.Pattern;

/** Text of a cell as a typed value: a number where it holds one, blank where it holds only white space. */
public final class CellText {

    private static final Pattern SPACE_ONLY = Pattern.compile("[\\s\\u00a0\\u3000\\u200b\\ufeff]*");
    /**
     * Word's hidden bookmarks and similar editing marks that copy-and-paste carries into cells: 「[bookmark:…]」,
     * 「[comment…]」, 「[endnote…]」, 「[footnote…]」 with no 「]」 inside.
     */
    private static final String[] ARTEFACT_OPENINGS = {"[bookmark:", "[comment", "[endnote", "[footnote"};

    private CellText() {
    }

    /**
     * The text without its editing marks, or the text itself when it has none. One pass over the text: a regular
     * expression with an unbounded 「[^]]*」 scans to the end from every 「[」 that is never closed, and a cell of
     * a million unclosed marks takes minutes.
     */
    public static String withoutArtefacts(String s) {
        StringBuilder out = null;
        int kept = 0; // s[kept, open) is copied when a mark is cut
        int close = -1; // the first 「]」 at or after the current 「[」, -1 before it is looked for
        for (int open = s.indexOf('['); open >= 0; open = s.indexOf('[', open + 1)) {
            if (close < open) {
                close = s.indexOf(']', open);
                if (close < 0) {
                    break; // no mark can end: none after here
                }
            }
            if (!opensArtefact(s, open)) {
                continue;
            }
            out = out == null ? new StringBuilder(s.length()) : out;
            out.append(s, kept, open);
            kept = close + 1;
            open = close;
        }
        return out == null ? s : out.append(s, kept, s.length()).toString();
    }

    private static boolean opensArtefact(String s, int at) {
        for (String opening : ARTEFACT_OPENINGS) {
            if (s.startsWith(opening, at)) {
                return true;
            }
        }
        return false;
    }

    public static CellValue value(String s) {
        if (s == null || SPACE_ONLY.matcher(s).matches()) {
            return CellValue.BLANK;
        }
        return Numbers.parse(s).<CellValue>map(n -> new CellValue.Number(n, s)).orElseGet(() -> new CellValue.Text(s));
    }
}

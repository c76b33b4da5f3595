package io.github.xxgk.read.xlsx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The formula of a cell that shares its master's ({@code <f t="shared" si="…"/>}): the master's text with its
 * relative references moved by the cell's distance from the master's range. References stay as the master
 * spells them (POI's usermodel re-renders the whole formula, which differs only in spacing and letter case).
 */
final class SharedFormulas {

    /** A1 reference not inside a name or a function call: $A$1, B7, XFD1048576. */
    private static final Pattern REF = Pattern.compile(
            "(?<![A-Za-z0-9_.$])(\\$?)([A-Za-z]{1,3})(\\$?)([0-9]{1,7})(?![A-Za-z0-9_.(\\[!])");
    private static final int MAX_ROW = 1_048_575;

    private SharedFormulas() {
    }

    static String shift(String formula, int rows, int cols) {
        if (rows == 0 && cols == 0) {
            return formula;
        }
        StringBuilder out = new StringBuilder();
        int plain = 0;
        for (int i = 0; i < formula.length(); i++) {
            char c = formula.charAt(i);
            if (c == '"' || c == '\'') { // a string or a quoted sheet name: copied as it is
                out.append(shiftPlain(formula.substring(plain, i), rows, cols));
                int end = closing(formula, i, c);
                out.append(formula, i, end);
                plain = end;
                i = end - 1;
            }
        }
        return out.append(shiftPlain(formula.substring(plain), rows, cols)).toString();
    }

    private static int closing(String s, int open, char quote) {
        int i = open + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    private static String shiftPlain(String s, int rows, int cols) {
        Matcher m = REF.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int col = CellAddress.column(m.group(2));
            int row = Integer.parseInt(m.group(4)) - 1;
            if (col > CellAddress.MAX_COLUMN || row > MAX_ROW) {
                continue; // a name such as ABCD1, not a reference
            }
            int c = m.group(1).isEmpty() ? col + cols : col;
            int r = m.group(3).isEmpty() ? row + rows : row;
            String ref = c < 0 || r < 0 || c > CellAddress.MAX_COLUMN || r > MAX_ROW ? "#REF!"
                    : m.group(1) + letters(c) + m.group(3) + (r + 1);
            m.appendReplacement(out, Matcher.quoteReplacement(ref));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String letters(int col) {
        return io.github.xxgk.table.CellRef.column(col);
    }
}

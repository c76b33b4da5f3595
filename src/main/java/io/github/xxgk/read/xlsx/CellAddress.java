package io.github.xxgk.read.xlsx;

/**
 * A1 references as POI's CellReference reads them: zero-based, -1 for the part a reference leaves out ("A", "7").
 * The one place column letters are turned into numbers (the reader, the annotated copy, SARIF regions).
 */
public final class CellAddress {

    /** Excel 2007's last column, XFD. */
    static final int MAX_COLUMN = 16383;

    private CellAddress() {
    }

    /** Column of "B7", "$B$7" (1); -1 for a reference without letters; past XFD, {@code MAX_COLUMN + 1}. */
    public static int column(String ref) {
        int col = 0;
        int i = ref.startsWith("$") ? 1 : 0;
        int start = i;
        for (; i < ref.length() && isLetter(ref.charAt(i)); i++) {
            col = Math.min(MAX_COLUMN + 2, col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1));
        }
        return i == start ? -1 : col - 1;
    }

    /** Row of "B7", "$B$7" (6); -1 for a reference without digits. */
    static int row(String ref) {
        int i = ref.startsWith("$") ? 1 : 0;
        while (i < ref.length() && isLetter(ref.charAt(i))) {
            i++;
        }
        if (i < ref.length() && ref.charAt(i) == '$') {
            i++;
        }
        if (i == ref.length()) {
            return -1;
        }
        return Integer.parseInt(ref.substring(i)) - 1;
    }

    /** "A1:C3" or "B2" as {firstRow, lastRow, firstCol, lastCol}. */
    static int[] range(String ref) {
        int colon = ref.indexOf(':');
        String a = colon < 0 ? ref : ref.substring(0, colon);
        String b = colon < 0 ? ref : ref.substring(colon + 1);
        return new int[] {row(a), row(b), column(a), column(b)};
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}

package io.github.xxgk.check;

/**
 * A character-level difference for people: 「5.属于三类内[部→容]事务信息」. Common text stays as it is;
 * each differing run is written [format→file].
 */
public final class LabelDiff {

    private LabelDiff() {
    }

    public static String of(String expected, String found) {
        int[] a = expected.codePoints().toArray();
        int[] b = found.codePoints().toArray();
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i] == b[j]) {
                flush(out, del, ins);
                out.appendCodePoint(a[i]);
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                ins.appendCodePoint(b[j++]);
            } else {
                del.appendCodePoint(a[i++]);
            }
        }
        flush(out, del, ins);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder del, StringBuilder ins) {
        if (del.length() > 0 || ins.length() > 0) {
            out.append('[').append(del).append('→').append(ins).append(']');
            del.setLength(0);
            ins.setLength(0);
        }
    }
}

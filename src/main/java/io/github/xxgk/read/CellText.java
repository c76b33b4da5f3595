package io.github.xxgk.read;

import io.github.xxgk.table.CellValue;

import java.util.regex.Pattern;

/** Text of a cell as a typed value: a number where it holds one, blank where it holds only white space. */
public final class CellText {

    private static final Pattern SPACE_ONLY = Pattern.compile("[\\s\\u00a0\\u3000\\u200b\\ufeff]*");
    /** Word's hidden bookmarks and similar editing marks that copy-and-paste carries into cells. */
    public static final Pattern ARTEFACT = Pattern.compile("\\[bookmark:[^\\]]*]|\\[(?:comment|endnote|footnote)[^\\]]*]");

    private CellText() {
    }

    public static CellValue value(String s) {
        if (s == null || SPACE_ONLY.matcher(s).matches()) {
            return CellValue.BLANK;
        }
        return Numbers.parse(s).<CellValue>map(n -> new CellValue.Number(n, s)).orElseGet(() -> new CellValue.Text(s));
    }
}

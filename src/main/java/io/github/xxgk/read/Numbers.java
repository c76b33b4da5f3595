package io.github.xxgk.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/** Numbers as agencies write them: " 14 ", full-width 「１４」, 「1,234」; doubles kept to 15 significant digits. */
public final class Numbers {

    private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u3000\\u200b\\ufeff]+");
    private static final MathContext EXCEL = new MathContext(15);

    private Numbers() {
    }

    /** The number a text holds, if it is one and nothing else. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || cannotHoldNumber(text)) {
            return Optional.empty();
        }
        String s = SPACE.matcher(normalized(text)).replaceAll("");
        if (s.length() > 40) {
            return Optional.empty();
        }
        if (PLAIN.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s.startsWith("+") ? s.substring(1) : s));
        }
        if (GROUPED.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s.replace(",", "").replace("+", "")));
        }
        return Optional.empty();
    }

    /**
     * The text as numbers, years and names are compared: full-width digits, letters, brackets and spaces as their
     * ASCII forms (「２０２０」 as 「2020」, 「（」 as 「(」), the compatibility forms of Unicode (NFKC). The one place
     * the plugin undoes full-width typing.
     */
    public static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /**
     * As {@link #normalized}, char for char: each char replaced by its normal form where that is one char, kept where
     * it is not (「⑴」), so that a position in the result is the same position in the text — a name found in the
     * normalised text is cut from the text as printed (「南关区（开发区）」 keeps its full-width brackets).
     */
    public static String normalizedInPlace(String text) {
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 || c >= '\u4e00' && c <= '\u9fff' || Character.isSurrogate(c)) {
                continue; // ASCII and CJK ideographs are their own normal form
            }
            String n = normalized(String.valueOf(c));
            if (n.length() == 1 && n.charAt(0) != c) {
                s = s == null ? new StringBuilder(text) : s;
                s.setCharAt(i, n.charAt(0));
            }
        }
        return s == null ? text : s.toString();
    }

    /**
     * A label, not a number: it has a Latin letter or a CJK ideograph, which normalising leaves as they are and no
     * number has. Spares the normalisation of every label a workbook holds.
     */
    private static boolean cannotHoldNumber(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /** A spreadsheet double as the number a person saw: 15 significant digits, no binary noise. */
    public static BigDecimal ofDouble(double d) {
        if (d == (long) d && Math.abs(d) < 1e15) { // a whole number of at most 15 digits: exact as it is
            return BigDecimal.valueOf((long) d);
        }
        BigDecimal v = new BigDecimal(d, EXCEL).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}

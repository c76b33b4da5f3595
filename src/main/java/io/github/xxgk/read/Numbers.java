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
        if (text == null) {
            return Optional.empty();
        }
        String s = SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
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

    /** A spreadsheet double as the number a person saw: 15 significant digits, no binary noise. */
    public static BigDecimal ofDouble(double d) {
        BigDecimal v = new BigDecimal(d, EXCEL).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}

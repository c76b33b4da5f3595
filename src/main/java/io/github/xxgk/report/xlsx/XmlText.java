package io.github.xxgk.report.xlsx;

/** Escaping for the XML the package writer emits: markup characters, and what XML 1.0 cannot carry at all. */
final class XmlText {

    private XmlText() {
    }

    /** Text content. */
    static StringBuilder text(StringBuilder out, String s) {
        return escape(out, s, false);
    }

    /** An attribute value in double quotes. */
    static StringBuilder attr(StringBuilder out, String s) {
        return escape(out, s, true);
    }

    /**
     * Cell and comment text as spreadsheet programs read it: a literal {@code _x0041_} would be decoded as 「A」, so
     * its underscore is escaped as {@code _x005F_} (as Excel itself writes it).
     */
    static String cellText(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        return s.replaceAll("_(x[0-9A-Fa-f]{4}_)", "_x005F_$1");
    }

    private static StringBuilder escape(StringBuilder out, String s, boolean attribute) {
        int n = s.length();
        int plain = 0;
        while (plain < n && plain(s.charAt(plain), attribute)) {
            plain++;
        }
        out.append(s, 0, plain); // most text needs no escaping: appended at once, not char by char
        for (int i = plain; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\t', '\n', '\r' -> {
                    if (attribute) {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
                }
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD'); // not representable in XML 1.0
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out;
    }

    /** A character written as it is (a surrogate goes the long way, which keeps pairs and replaces lone halves). */
    private static boolean plain(char c, boolean attribute) {
        return c >= 0x20 && c != '&' && c != '<' && c != '>' && !(attribute && c == '"') && !Character.isSurrogate(c)
                && c != 0xFFFE && c != 0xFFFF;
    }
}

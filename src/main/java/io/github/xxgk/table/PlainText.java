package io.github.xxgk.table;

/**
 * Text from a file made safe to carry into every output: a lone surrogate (half a character, 「_xD800_」 in a
 * sheet, 「&amp;#xD800;」 in HTML), a control character other than tab and line breaks (NUL, BEL, …), the two
 * non-characters U+FFFE/U+FFFF, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069, which make text read in another order than it is stored) each become U+FFFD 「�」. No UTF-8
 * encoder then refuses it, every XML output stays well-formed, and a reader sees that something was there.
 */
public final class PlainText {

    public static final char REPLACEMENT = '\uFFFD';

    private PlainText() {
    }

    /** The text with every unsafe character replaced; the same instance when there is none (or null for null). */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        int first = firstUnsafe(s);
        if (first < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(unsafe(c) ? REPLACEMENT : c);
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (unsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A character unsafe on its own (a surrogate here is one without its other half). */
    private static boolean unsafe(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                || Character.isSurrogate(c)
                || c == '\uFFFE' || c == '\uFFFF'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}

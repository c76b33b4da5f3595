package io.github.xxgk.table.bind;

import io.github.xxgk.sandbox.Deadline;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Label comparison that ignores what does not change a label's meaning: full-/half-width forms, spaces and
 * line breaks, quote styles and the numbering style (「一、」「（一）」「1.」「1、」).
 */
public final class Labels {

    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|\\d+[.、)]|\\(\\d+\\)|[①-⑳])+");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u3000\\u200b\\ufeff]+");

    private Labels() {
    }

    /** NFKC, no white space, one quote style. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = SPACE.matcher(s).replaceAll("");
        return s.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'')
                .replace('。', '.').replace('．', '.');
    }

    /** Keys of labels seen recently: the same few hundred labels recur in every report. */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 50_000;

    /** Similarities of label pairs seen recently: each report compares the same few thousand pairs as the last. */
    private static final Map<Pair, Double> SIMILARITIES = new ConcurrentHashMap<>();
    private static final int MAX_PAIRS = 50_000;

    private record Pair(String a, String b) {
    }

    /** The normalized label without its leading numbering: what identifies a row. */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String key = KEYS.get(text);
        if (key == null) {
            key = NUMBERING.matcher(normalize(text)).replaceFirst("");
            if (KEYS.size() > MAX_CACHED) {
                KEYS.clear();
            }
            KEYS.put(text, key);
        }
        return key;
    }

    /** The label as printed, with runs of white space folded to one space (for messages). */
    public static String printed(String text) {
        return text == null ? "" : SPACE.matcher(text.strip()).replaceAll(" ");
    }

    /**
     * Whether a label found where a group header of the format should be is that header (at least half alike) or
     * names another group of the same table; anything else (a title row, a note) is not reported against it.
     */
    static boolean standsFor(String found, String expected, List<String> otherGroups) {
        for (String other : otherGroups) {
            if (same(other, found)) {
                return true;
            }
        }
        return similarity(found, expected, 0.5) > 0;
    }

    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /** 1 for equal keys, 0 for nothing in common: 1 − edit distance / longer length. */
    public static double similarity(String a, String b) {
        Pair pair = new Pair(a, b);
        Double similarity = SIMILARITIES.get(pair);
        if (similarity == null) {
            similarity = ratio(key(a), key(b));
            if (SIMILARITIES.size() > MAX_PAIRS) {
                SIMILARITIES.clear();
            }
            SIMILARITIES.put(pair, similarity);
        }
        return similarity;
    }

    /** {@link #similarity} where it is at least {@code min} (which must be above 0), else 0. */
    static double similarity(String a, String b, double min) {
        double similarity = similarity(a, b);
        return similarity >= min ? similarity : 0;
    }

    /**
     * How well a label found in a file names a template item: its similarity to the item's label or to the closest
     * of the item's former labels, or 0 where neither reaches {@link Alignment#THRESHOLD} (no match).
     */
    static double score(String found, String label, List<String> formerLabels) {
        double best = similarity(found, label, Alignment.THRESHOLD);
        for (String former : formerLabels) {
            best = Math.max(best, similarity(found, former, Alignment.THRESHOLD));
        }
        return best;
    }

    /** Whether {@code text} is at least {@code min} alike to one of {@code labels}. */
    static boolean resembles(String text, List<String> labels, double min) {
        for (String label : labels) {
            if (similarity(text, label, min) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Longest text compared by edit distance (unequal texts past it are not alike): labels are under 100 characters. */
    static final int MAX_COMPARED = 1000;

    static double ratio(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int max = Math.max(a.length(), b.length());
        if (Math.abs(a.length() - b.length()) * 2 > max) {
            return 0; // cannot reach one half: not worth the edit distance
        }
        if (max > MAX_COMPARED) {
            return 0; // no label of the format is that long; the distance of two such texts costs their lengths' product
        }
        return 1.0 - (double) editDistance(a, b) / max;
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            Deadline.check();
            cur[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

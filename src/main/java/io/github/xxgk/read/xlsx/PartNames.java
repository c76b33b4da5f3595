package io.github.xxgk.read.xlsx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/** Names of the parts of a package, without the leading slash: "xl/worksheets/sheet1.xml". */
public final class PartNames {

    private PartNames() {
    }

    /** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels; the package's own: _rels/.rels. */
    public static String relationshipsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** A relationship's target, relative to the part that has the relationship or absolute, as a part name. */
    public static String resolve(String source, String target) {
        String t = decode(target);
        int query = indexOfAny(t, "#?");
        if (query >= 0) {
            t = t.substring(0, query);
        }
        String base = t.startsWith("/") ? "" : source.substring(0, source.lastIndexOf('/') + 1);
        Deque<String> segments = new ArrayDeque<>();
        for (String s : (base + t).split("/")) {
            if (s.equals("..")) {
                segments.pollLast();
            } else if (!s.isEmpty() && !s.equals(".")) {
                segments.addLast(s);
            }
        }
        return String.join("/", segments);
    }

    /**
     * The relative target a relationship of {@code source} gives to reach {@code part}; from xl/worksheets/sheet1.xml
     * to xl/comments1.xml it goes up one folder. Part names only: no file is looked at.
     */
    public static String relative(String source, String part) {
        Path from = Path.of("/" + source).getParent();
        return from.relativize(Path.of("/" + part)).toString().replace('\\', '/');
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Percent-escapes as UTF-8 ("%E8%A1%A8" → 表); a '+' stays a '+'. */
    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

package io.github.xxgk.read;

import io.github.xxgk.read.poi.Ole2Macros;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;

/**
 * What a workbook package holds besides its data that acts when the workbook is opened: macros (a VBA project,
 * .xlsm), links to other workbooks, DDE (a formula or link that asks another program for data, such as
 * 「=cmd|' /C calc'!A0」). The checks do not need them, and the annotated copy must not carry them to the clerk who
 * opens it; each is a warning on the file. Only the package's directory, its link parts and the formulas of its
 * sheets are looked at, within {@link ReadLimits}.
 */
public final class ActiveContent {

    public enum Kind { MACROS, EXTERNAL_LINKS, DDE }

    private static final byte[] FORMULA = "<f".getBytes(StandardCharsets.US_ASCII);

    private ActiveContent() {
    }

    /**
     * The active content of a zip package or an OLE2 file (empty for any other file, or one that cannot be opened):
     * what the reader saw, when it says ({@link SourceFile#activeContent()}), else looked for here.
     */
    public static Set<Kind> of(SourceFile file) {
        if (file.activeContent() != null) {
            return file.activeContent();
        }
        Set<Kind> found = EnumSet.noneOf(Kind.class);
        if (file.container() == Container.OLE2) {
            if (Ole2Macros.in(file.path())) { // an old .xls or .doc with a VBA project
                found.add(Kind.MACROS);
            }
            return found;
        }
        if (file.container() != Container.ZIP) {
            return found;
        }
        try (ZipParts parts = ZipParts.open(file)) {
            found.addAll(in(parts, Set.of(), false));
        } catch (UnreadableException | RuntimeException e) {
            // what cannot be opened here the reader reports; no warning is better than a wrong one
        }
        return found;
    }

    /**
     * The active content of an open package, for a reader that has parsed the worksheet parts {@code parsed} and
     * looked at their formulas ({@code ddeSeen}: one of them is DDE, {@link #isDde}): its directory, its link parts
     * and the formulas of the worksheet parts it did not parse (hidden from the workbook's list, past the sheets read).
     * A part that cannot be read here is passed over: what the reader needs of it, it reports.
     */
    public static Set<Kind> in(ZipParts parts, Set<ZipEntry> parsed, boolean ddeSeen) {
        Set<Kind> found = EnumSet.noneOf(Kind.class);
        if (ddeSeen) {
            found.add(Kind.DDE);
        }
        for (ZipEntry e : parts.entries()) {
            String name = e.getName().toLowerCase(Locale.ROOT);
            try {
                if (name.endsWith("vbaproject.bin") || name.contains("macrosheets/")) {
                    found.add(Kind.MACROS);
                } else if (name.contains("externallinks/") && name.endsWith(".xml")) {
                    found.add(Kind.EXTERNAL_LINKS);
                    if (contains(parts, e, "<ddeLink") || contains(parts, e, ":ddeLink")) {
                        found.add(Kind.DDE);
                    }
                } else if (name.contains("worksheets/") && name.endsWith(".xml") && !found.contains(Kind.DDE)
                        && !parsed.contains(e) && hasDdeFormula(parts, e)) {
                    found.add(Kind.DDE);
                }
            } catch (UnreadableException | IOException | RuntimeException ex) {
                // passed over, as above
            }
        }
        return found;
    }

    /** A formula's text that asks another program for data: a 「|」 outside a quoted string (DDE's application|topic!item). */
    public static boolean isDde(String formula) {
        boolean quoted = false;
        for (int k = 0; k < formula.length(); k++) {
            char c = formula.charAt(k);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '|' && !quoted) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(ZipParts parts, ZipEntry e, String text) throws IOException, UnreadableException {
        try (InputStream in = parts.open(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(text);
        }
    }

    /** A {@code <f>} found in the part's bytes whose text {@link #isDde} (for a worksheet no reader parsed). */
    private static boolean hasDdeFormula(ZipParts parts, ZipEntry e) throws IOException, UnreadableException {
        try (InputStream in = parts.open(e)) {
            byte[] xml = in.readAllBytes();
            for (int i = indexOf(xml, FORMULA, 0); i >= 0; i = indexOf(xml, FORMULA, i + 2)) {
                if (i + 2 < xml.length && xml[i + 2] != '>' && xml[i + 2] != ' ') {
                    continue; // <fill…>, <font…>: not a formula
                }
                int start = indexOf(xml, new byte[] {'>'}, i);
                int end = indexOf(xml, "</".getBytes(StandardCharsets.US_ASCII), start < 0 ? i : start);
                if (start < 0 || end < 0) {
                    return false;
                }
                if (xml[start - 1] != '/' && isDde(new String(xml, start + 1, end - start - 1, StandardCharsets.UTF_8))) {
                    return true;
                }
                i = end;
            }
            return false;
        }
    }

    private static int indexOf(byte[] a, byte[] b, int from) {
        outer:
        for (int i = Math.max(0, from); i <= a.length - b.length; i++) {
            for (int j = 0; j < b.length; j++) {
                if (a[i + j] != b[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

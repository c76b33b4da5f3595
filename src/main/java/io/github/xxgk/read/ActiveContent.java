package io.github.xxgk.read;

import io.github.xxgk.read.poi.Ole2Macros;
import io.github.xxgk.read.xlsx.XmlFactory;
import io.github.xxgk.sandbox.LimitExceeded;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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

    /** One parser factory per thread, as the .xlsx reader keeps one. */
    private static final ThreadLocal<XMLInputFactory> XML = ThreadLocal.withInitial(XmlFactory::create);

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
        } catch (LimitExceeded e) {
            throw e;
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
            } catch (LimitExceeded ex) {
                throw ex; // the file's time is up: the file's finding, not a part passed over
            } catch (UnreadableException | IOException | XMLStreamException | RuntimeException ex) {
                // passed over, as above
            }
        }
        return found;
    }

    /**
     * A formula's text that asks another program for data: a 「|」 outside string literals ("…") and quoted names
     * ('…'), as in DDE's application|topic!item (「=cmd|' /C calc'!A0」, 「='APP'|'TOPIC'!'ITEM'」), or a call of the
     * DDE function (「=DDE("cmd";"/C calc";"x")」). A 「|」 within a quoted sheet name (「='A|B'!A1」) or a string
     * (「="a|b"」) is no link; a doubled quote within either (「'it''s'」, 「"say ""hi"""」) leaves it open.
     */
    public static boolean isDde(String formula) {
        boolean string = false;
        boolean name = false;
        for (int k = 0; k < formula.length(); k++) {
            char c = formula.charAt(k);
            if (c == '"' && !name) {
                string = !string;
            } else if (c == '\'' && !string) {
                name = !name;
            } else if (!string && !name && (c == '|' || c == '(' && callsDde(formula, k))) {
                return true;
            }
        }
        return false;
    }

    /** The name before the 「(」 at {@code open} is DDE (or ends in 「.DDE」, as 「_xlfn.DDE」). */
    private static boolean callsDde(String formula, int open) {
        int start = open;
        while (start > 0 && isNameChar(formula.charAt(start - 1))) {
            start--;
        }
        String called = formula.substring(start, open).toUpperCase(Locale.ROOT);
        return called.equals("DDE") || called.endsWith(".DDE");
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    private static boolean contains(ZipParts parts, ZipEntry e, String text) throws IOException, UnreadableException {
        try (InputStream in = parts.open(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(text);
        }
    }

    /**
     * A formula element ({@code <f>}, whatever its prefix) whose text {@link #isDde}, in a worksheet no reader parsed:
     * parsed as the reader parses a sheet (Woodstox, no DTD, depth bounded), so that attributes, whitespace in the
     * tag and character references in the text ({@code &#124;}) read as Excel reads them; the stream stops at the
     * package's limits and the file's deadline.
     */
    private static boolean hasDdeFormula(ZipParts parts, ZipEntry e)
            throws IOException, UnreadableException, XMLStreamException {
        try (InputStream in = parts.open(e)) {
            XMLStreamReader r = XML.get().createXMLStreamReader(in);
            try {
                int depth = 0;
                int formulaDepth = 0; // the depth of the <f> whose text is gathered, 0: none
                StringBuilder formula = new StringBuilder();
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        if (formulaDepth == 0 && r.getLocalName().equals("f")) {
                            formulaDepth = depth;
                            formula.setLength(0);
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (depth == formulaDepth) {
                            if (isDde(formula.toString())) {
                                return true;
                            }
                            formulaDepth = 0;
                        }
                        depth--;
                    } else if (formulaDepth > 0 && (event == XMLStreamConstants.CHARACTERS
                            || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
                        formula.append(r.getText());
                    }
                }
                return false;
            } finally {
                r.close();
            }
        }
    }
}

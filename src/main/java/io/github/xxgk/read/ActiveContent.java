package io.github.xxgk.read;

import io.github.xxgk.read.poi.Ole2Macros;
import io.github.xxgk.read.xlsx.WorksheetParts;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;

/**
 * What a workbook package holds besides its data that acts when the workbook is opened: macros (a VBA project,
 * .xlsm), links to other workbooks, DDE (a formula or link that asks another program for data, such as
 * 「=cmd|' /C calc'!A0」). The checks do not need them, and the annotated copy must not carry them to the clerk who
 * opens it; each is a warning on the file. Only the package's directory, its link parts and the formulas of its
 * sheets are looked at, within {@link ReadLimits}. An old binary workbook (.xls) is looked at by its reader, in the
 * records it parsed ({@link io.github.xxgk.read.poi.XlsActiveContent}).
 */
public final class ActiveContent {

    /** {@code NOT_SCANNED}: a worksheet part could not be looked at for DDE (over a limit, not well-formed, a formula too long). */
    public enum Kind { MACROS, EXTERNAL_LINKS, DDE, NOT_SCANNED }

    /**
     * The longest formula text looked at: Excel lets a formula have 8,192 characters, and the text it stores can be
     * longer (functions prefixed 「_xlfn.」, 「[@列]」 written out as 「表1[[#This Row],[列]]」). A longer text is not
     * gathered further, and the part it is in is not said to hold no DDE.
     */
    public static final int MAX_FORMULA_CHARS = 32_768;

    /**
     * Adds the text event the reader is at to a formula being gathered, when it fits in {@link #MAX_FORMULA_CHARS};
     * false when it does not (the formula is then not looked at, and not gathered further).
     */
    public static boolean gather(StringBuilder formula, XMLStreamReader r) {
        if ((long) formula.length() + r.getTextLength() > MAX_FORMULA_CHARS) {
            return false;
        }
        formula.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
        return true;
    }

    /**
     * Whether an element of a worksheet holds a formula, whatever its prefix: a cell's {@code <f>} (and
     * {@code <xm:f>} in an extension), a conditional format's {@code <formula>}, a data validation's
     * {@code <formula1>} and {@code <formula2>}. Excel works all of them out when the sheet is shown.
     */
    public static boolean holdsFormula(String localName) {
        return switch (localName) {
            case "f", "formula", "formula1", "formula2" -> true;
            default -> false;
        };
    }

    /**
     * The formula the start element the reader is at holds in an attribute, or null: a colour scale's, data bar's or
     * icon set's value, {@code <cfvo type="formula" val="…">}, worked out as a conditional format's {@code <formula>} is.
     */
    public static String formulaAttribute(XMLStreamReader r) {
        return r.getLocalName().equals("cfvo") ? r.getAttributeValue(null, "val") : null;
    }

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
            // the .xls reader says what it saw (XlsActiveContent); a compound file no reader read: its directory
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
     * and the formulas of the worksheet parts it did not parse (hidden from the workbook's list, past the sheets read,
     * wherever in the package they are: {@link #worksheets}). A worksheet part that cannot be looked at (over a
     * limit, not well-formed, a formula longer than Excel allows) is {@link Kind#NOT_SCANNED}, unless DDE is found
     * anyway; a link part that cannot be read is passed over (it is a link all the same).
     */
    public static Set<Kind> in(ZipParts parts, Set<ZipEntry> parsed, boolean ddeSeen) {
        Predicate<String> declared = WorksheetParts.declared(parts).orElse(ActiveContent::mayBeWorksheet);
        return find(parts, parsed, ddeSeen, NAMED.or(declared));
    }

    /**
     * The same, for a reader that has read the main document's relationships ({@code related}: the worksheets they
     * name) and looked at the formulas it met ({@code ddeSeen}, {@code uncheckedSeen}: one longer than
     * {@link #MAX_FORMULA_CHARS}). The content types are read only when an .xml part no reader parsed, at any path,
     * is not one every workbook has: most report workbooks have none, so nothing is read again for them.
     */
    public static Set<Kind> in(ZipParts parts, Set<ZipEntry> parsed, boolean ddeSeen, boolean uncheckedSeen,
                               Predicate<String> related) {
        Predicate<String> typed = new Predicate<>() {
            private Predicate<String> known;

            @Override
            public boolean test(String name) {
                if (known == null) {
                    known = WorksheetParts.typed(parts).orElse(ActiveContent::mayBeWorksheet);
                }
                return known.test(name);
            }
        };
        Set<Kind> found = find(parts, parsed, ddeSeen, name -> NAMED.test(name) || related.test(name)
                || !STANDARD.contains(name.toLowerCase(Locale.ROOT)) && name.toLowerCase(Locale.ROOT).endsWith(".xml")
                && typed.test(name));
        if (uncheckedSeen && !found.contains(Kind.DDE)) {
            found.add(Kind.NOT_SCANNED); // a formula the reader met too long to look at
        }
        return found;
    }

    private static Set<Kind> find(ZipParts parts, Set<ZipEntry> parsed, boolean ddeSeen, Predicate<String> worksheet) {
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
                } else if (!found.contains(Kind.DDE) && !parsed.contains(e) && worksheet.test(e.getName())) {
                    Kind formulas = scan(parts, e);
                    if (formulas != null) {
                        found.add(formulas);
                    }
                }
            } catch (LimitExceeded ex) {
                throw ex; // the file's time is up: the file's finding, not a part passed over
            } catch (UnreadableException | IOException | RuntimeException ex) {
                // a link part: passed over, as above
            }
        }
        if (found.contains(Kind.DDE)) {
            found.remove(Kind.NOT_SCANNED); // the stronger finding, whichever part was looked at first
        }
        return found;
    }

    /**
     * A part is a worksheet when the package declares it one ({@link WorksheetParts}) or names it as one
     * (「worksheets/…xml」); where the package cannot tell, any .xml part under xl/ that is not a known other part.
     */
    private static final Predicate<String> NAMED = n -> {
        String l = n.toLowerCase(Locale.ROOT);
        return l.endsWith(".xml") && l.contains("worksheets/");
    };

    /**
     * The parts every workbook has, by the names Office gives them: no sheet by their content type is looked for in
     * them (a sheet there is one the workbook's relationships name, or none a spreadsheet program opens), so that a
     * package of these alone has its content types read only once, by the reader.
     */
    private static final Set<String> STANDARD = Set.of("[content_types].xml", "docprops/app.xml", "docprops/core.xml",
            "docprops/custom.xml", "xl/workbook.xml", "xl/styles.xml", "xl/sharedstrings.xml", "xl/calcchain.xml",
            "xl/theme/theme1.xml");

    /** The parts of a workbook's folder that are no sheet, by the names Office gives them. */
    private static final Set<String> NO_SHEET = Set.of("xl/workbook.xml", "xl/sharedstrings.xml", "xl/styles.xml",
            "xl/calcchain.xml", "xl/connections.xml", "xl/metadata.xml", "xl/volatiledependencies.xml");
    private static final List<String> NO_SHEET_FOLDERS = List.of("xl/theme/", "xl/drawings/", "xl/charts/",
            "xl/media/", "xl/printersettings/", "xl/externallinks/", "xl/tables/", "xl/pivottables/",
            "xl/pivotcache/", "xl/querytables/", "xl/richdata/", "xl/ctrlprops/", "xl/persons/",
            "xl/threadedcomments/", "xl/_rels/", "xl/comments");

    private static boolean mayBeWorksheet(String partName) {
        String n = partName.toLowerCase(Locale.ROOT);
        if (!n.startsWith("xl/") || !n.endsWith(".xml") || NO_SHEET.contains(n)) {
            return false;
        }
        for (String folder : NO_SHEET_FOLDERS) { // asked of every part no reader parsed: no stream
            if (n.startsWith(folder)) {
                return false;
            }
        }
        return true;
    }

    /** The formulas of a worksheet no reader parsed: DDE, null (none), or NOT_SCANNED (it cannot be looked at). */
    private static Kind scan(ZipParts parts, ZipEntry e) {
        try {
            return hasDdeFormula(parts, e);
        } catch (LimitExceeded ex) {
            throw ex;
        } catch (UnreadableException | IOException | XMLStreamException | RuntimeException ex) {
            return Kind.NOT_SCANNED;
        }
    }

    /**
     * A formula's text that asks another program for data: a 「|」 outside string literals ("…") and quoted sheet
     * names, as in DDE's application|topic!item (「=cmd|' /C calc'!A0」, 「='APP'|'TOPIC'!'ITEM'」), or a call of the
     * DDE function (「=DDE("cmd";"/C calc";"x")」). A 「|」 within a quoted sheet name (「='A|B'!A1」, 「'it''s|x'!B2」) or
     * a string (「="a|b"」, 「"say ""hi"""」) is no link. Only a quoted text followed by 「!」 is a sheet name; the
     * characters of any other count (fail closed). Within a structured reference 「[…]」 (nested or not) a 「'」 escapes
     * the next character (「Table1['#x]」) and neither quote opens anything.
     */
    public static boolean isDde(String formula) {
        if (formula.indexOf('|') < 0 && !mentionsDde(formula)) {
            return false; // most formulas (sums): said without walking them
        }
        int brackets = 0;
        for (int k = 0; k < formula.length(); k++) {
            char c = formula.charAt(k);
            if (brackets > 0) {
                if (c == '\'') {
                    k++; // the escaped character, whatever it is
                } else if (c == '[') {
                    brackets++;
                } else if (c == ']') {
                    brackets--;
                } else if (isDdeAt(formula, k)) {
                    return true;
                }
            } else if (c == '"') {
                int end = formula.indexOf('"', k + 1);
                while (end >= 0 && end + 1 < formula.length() && formula.charAt(end + 1) == '"') {
                    end = formula.indexOf('"', end + 2); // a doubled quote within the string
                }
                if (end >= 0) {
                    k = end;
                } // else an unclosed string, which no formula has: what follows counts

            } else if (c == '[') {
                brackets = 1;
            } else if (c == '\'') {
                int end = closingQuote(formula, k);
                boolean sheetName = end >= 0 && end + 1 < formula.length() && formula.charAt(end + 1) == '!';
                int last = end < 0 ? formula.length() : end;
                if (!sheetName) {
                    for (int i = k + 1; i < last; i++) {
                        if (isDdeAt(formula, i)) {
                            return true;
                        }
                    }
                }
                k = last;
            } else if (isDdeAt(formula, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsDde(String formula) {
        for (int k = formula.indexOf('(', 3); k >= 0; k = formula.indexOf('(', k + 1)) {
            if (formula.regionMatches(true, k - 3, "DDE", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /** The quote that closes the one at {@code open} ('' within is a quote), or -1. */
    private static int closingQuote(String formula, int open) {
        for (int k = open + 1; k < formula.length(); k++) {
            if (formula.charAt(k) == '\'') {
                if (k + 1 < formula.length() && formula.charAt(k + 1) == '\'') {
                    k++;
                } else {
                    return k;
                }
            }
        }
        return -1;
    }

    /** The character at {@code k} is a DDE bar, or the 「(」 of a call of DDE. */
    private static boolean isDdeAt(String formula, int k) {
        char c = formula.charAt(k);
        return c == '|' || c == '(' && callsDde(formula, k);
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
     * A formula element ({@link #holdsFormula}) whose text {@link #isDde}, in a worksheet no reader parsed:
     * parsed as the reader parses a sheet (Woodstox, no DTD, depth bounded), so that attributes, whitespace in the
     * tag and character references in the text ({@code &#124;}) read as Excel reads them; the stream stops at the
     * package's limits and the file's deadline. DDE, null (none), or NOT_SCANNED for a formula longer than
     * {@link #MAX_FORMULA_CHARS}, whose text is gathered no further.
     */
    private static Kind hasDdeFormula(ZipParts parts, ZipEntry e)
            throws IOException, UnreadableException, XMLStreamException {
        try (InputStream in = parts.open(e)) {
            XMLStreamReader r = XML.get().createXMLStreamReader(in);
            try {
                FormulaScan scan = new FormulaScan();
                while (r.hasNext() && !scan.dde()) {
                    scan.next(r.next(), r);
                }
                return scan.dde() ? Kind.DDE : scan.unchecked() ? Kind.NOT_SCANNED : null;
            } finally {
                r.close();
            }
        }
    }

    /**
     * The formulas of a worksheet's elements as a StAX reader meets them, fed every event: the text of each formula
     * element ({@link #holdsFormula}) gathered within {@link #MAX_FORMULA_CHARS}, and each formula attribute
     * ({@link #formulaAttribute}), looked at for DDE ({@link #isDde}). One longer than that is not looked at:
     * {@link #unchecked}. The one reading of a sheet's formulas for DDE, for the sheets the reader parses and for
     * those it does not.
     */
    public static final class FormulaScan {
        private StringBuilder formula; // made when the first formula is met: most parts a scan passes over have none
        private int depth;
        private int formulaDepth; // the depth of the formula element whose text is gathered, 0: none
        private boolean tooLong; // that formula is longer than is looked at: gathered no further
        private boolean dde;
        private boolean unchecked;

        /** Looks at the event {@code r} is at. */
        public void next(int event, XMLStreamReader r) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String attribute = formulaAttribute(r);
                if (attribute != null) {
                    look(attribute);
                }
                if (formulaDepth == 0 && holdsFormula(r.getLocalName())) {
                    formulaDepth = depth;
                    formula = formula == null ? new StringBuilder() : formula;
                    formula.setLength(0);
                    tooLong = false;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (formulaDepth > 0 && depth == formulaDepth) {
                    if (!tooLong) {
                        look(formula);
                    }
                    formulaDepth = 0;
                }
                depth--;
            } else if (formulaDepth > 0 && !tooLong && (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
                if (!gather(formula, r)) {
                    tooLong = true;
                    unchecked = true;
                }
            }
        }

        private void look(CharSequence text) {
            if (text.length() > MAX_FORMULA_CHARS) {
                unchecked = true;
            } else if (!dde) {
                dde = isDde(text.toString());
            }
        }

        /** A formula met asks another program for data. */
        public boolean dde() {
            return dde;
        }

        /** A formula met was too long to be looked at. */
        public boolean unchecked() {
            return unchecked;
        }
    }
}

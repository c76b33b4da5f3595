package io.github.xxgk.report.xlsx;

import io.github.xxgk.check.Severity;
import io.github.xxgk.read.xlsx.CellAddress;
import io.github.xxgk.table.CellRef;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One worksheet part of the annotated copy, changed as bytes in one pass: each marked cell gets its fill (the cell,
 * and its row, added where the sheet has none), the sheet points to its comments' drawing, and no sheet stays
 * selected (the findings sheet is). Only the start tags of the root, rows, cells and sheet views are rewritten;
 * everything between them — text, other elements, comments, the agency's formatting — is copied byte for byte, so
 * nothing is decoded and escaped again. Every row and cell is written with its explicit reference, so that a cell or
 * row put in keeps the places of those after it.
 * <p>The bytes are the sheet the reader parsed as well-formed XML. What this pass does not follow — another encoding
 * than UTF-8, the sheet's prefix bound again inside it, entity references in the attributes it reads — is
 * {@link Unsupported}: the usermodel writer makes that copy.
 */
final class SheetPatch {

    /** Worksheet children that come after legacyDrawing, in the schema's order. */
    private static final Set<String> AFTER_LEGACY_DRAWING = Set.of("legacyDrawingHF", "drawingHF", "picture",
            "oleObjects", "controls", "webPublishItems", "tableParts", "extLst");
    /** A sheet's view tag and the selection of its tab in it. */
    private static final Pattern TAB_SELECTED = Pattern.compile("(<(?:\\w+:)?sheetView\\b[^>]*?)\\s+tabSelected=\"[^\"]*\"");
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private final byte[] x;
    private final String part;
    private byte[] out;
    private int size;
    private final StylesPatch styles;
    /** Marked cells left to write: row → column → severity (zero-based). */
    private final TreeMap<Integer, TreeMap<Integer, Severity>> marks = new TreeMap<>();
    /** The comments' drawing relationship, null when the sheet gets no comments. */
    private final String drawingId;
    private boolean drawingWritten;
    private String relationshipsPrefix;
    /** The prefix of the spreadsheet namespace, as the root has it ("" for the default namespace). */
    private String main;
    private int depth;
    private boolean sheetData;
    private boolean inSheetData;
    private int row = -1;
    /** The marked cells of the row being written (empty outside one), and its format for the cells put in. */
    private TreeMap<Integer, Severity> rowMarks = new TreeMap<>();
    private int rowXf;
    private int col = -1;

    private SheetPatch(byte[] xml, String part, Map<CellRef, Severity> fills, StylesPatch styles, String drawingId) {
        this.x = xml;
        this.part = part;
        this.out = new byte[xml.length + 1024];
        this.styles = styles;
        this.drawingId = drawingId;
        fills.forEach((ref, severity) -> marks.computeIfAbsent(ref.row(), r -> new TreeMap<>()).put(ref.col(), severity));
    }

    /**
     * A sheet nobody marks, its tab no longer selected, as bytes: the attribute is taken out of its sheetView tags
     * without parsing the sheet. The same array where no tab was selected.
     */
    static byte[] unselect(byte[] xml) {
        String text = new String(xml, StandardCharsets.ISO_8859_1); // byte for byte: the attribute is ASCII
        if (!text.contains("tabSelected")) {
            return xml;
        }
        String unselected = TAB_SELECTED.matcher(text).replaceAll("$1");
        return unselected.equals(text) ? xml : unselected.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * The sheet with the cells of {@code fills} filled (formats from {@code styles}), its tab unselected, and, when
     * {@code drawingId} is not null, its legacyDrawing pointing to the comments' VML drawing of that relationship.
     */
    static byte[] patch(byte[] xml, String part, Map<CellRef, Severity> fills, StylesPatch styles, String drawingId)
            throws Unsupported {
        return new SheetPatch(xml, part, fills, styles, drawingId).run();
    }

    private byte[] run() throws Unsupported {
        utf8();
        int pos = 0;
        while (true) {
            int lt = indexOf((byte) '<', pos);
            if (lt < 0) {
                copy(pos, x.length);
                break;
            }
            copy(pos, lt);
            pos = switch (at(lt + 1)) {
                case '!' -> {
                    if (startsWith(lt, "<!--")) {
                        yield verbatim(lt, find("-->", lt + 4) + 3);
                    }
                    if (startsWith(lt, "<![CDATA[")) {
                        yield verbatim(lt, find("]]>", lt + 9) + 3);
                    }
                    throw new Unsupported(part + " declares a DTD");
                }
                case '?' -> verbatim(lt, find("?>", lt + 2) + 2);
                case '/' -> end(lt);
                default -> start(lt);
            };
        }
        if (main == null || depth != 0 || !sheetData) {
            throw new Unsupported(main == null || depth != 0 ? part + " is not well-formed XML" : "a marked sheet has no sheet data");
        }
        return Arrays.copyOf(out, size);
    }

    /** The part must be in UTF-8 (with or without its byte-order mark), the only encoding this pass follows. */
    private void utf8() throws Unsupported {
        if (x.length >= 2 && ((x[0] & 0xFF) == 0xFE || (x[0] & 0xFF) == 0xFF || x[0] == 0 || x[1] == 0)) {
            throw new Unsupported(part + " is not in UTF-8");
        }
        int from = x.length >= 3 && (x[0] & 0xFF) == 0xEF && (x[1] & 0xFF) == 0xBB && (x[2] & 0xFF) == 0xBF ? 3 : 0;
        Matcher m = ENCODING.matcher(new String(x, from, Math.min(256, x.length - from), StandardCharsets.ISO_8859_1));
        if (m.find() && !m.group(1).equalsIgnoreCase("UTF-8") && !m.group(1).equalsIgnoreCase("UTF8")) {
            throw new Unsupported(part + " is in " + m.group(1) + ", not UTF-8");
        }
    }

    /** An end tag at {@code lt}; what the element still lacks is put in before it. */
    private int end(int lt) throws Unsupported {
        int gt = find(">", lt);
        if (depth == 3 && inSheetData) {
            cellsBefore(Integer.MAX_VALUE);
            rowMarks = new TreeMap<>();
        } else if (depth == 2 && inSheetData && Tag.name(x, lt + 2, gt).is(main, "sheetData")) {
            rowsBefore(Integer.MAX_VALUE);
            inSheetData = false;
        } else if (depth == 1) {
            legacyDrawing();
        }
        depth--;
        return verbatim(lt, gt + 1);
    }

    /** A start tag at {@code lt}: rewritten where it is the root, a row, a cell or a sheet view; else copied. */
    private int start(int lt) throws Unsupported {
        int gt = tagEnd(lt);
        boolean empty = x[gt - 1] == '/';
        int tagEnd = empty ? gt - 1 : gt;
        int level = depth + 1;
        if (!empty) {
            depth++;
        }
        if (level == 1) {
            root(Tag.of(x, lt, tagEnd), empty, gt);
            return gt + 1;
        }
        int nameEnd = Tag.nameEnd(x, lt + 1, tagEnd);
        if (contains(nameEnd, tagEnd, XMLNS) && Tag.of(x, lt, tagEnd).declares(main)) {
            throw new Unsupported(part + " binds its prefix again inside the sheet");
        }
        if (inSheetData && level == 4 && named(lt, nameEnd, "c")) {
            Tag tag = Tag.of(x, lt, tagEnd);
            String r = tag.value("r");
            int index = r != null ? CellAddress.column(r) : col + 1;
            cellsBefore(index);
            col = index;
            if (!rowMarks.containsKey(index) && r != null && canonical(r, row + 1)) {
                return verbatim(lt, gt + 1); // a cell nobody marks, already with its reference: as it is
            }
            cell(tag, empty);
            return gt + 1;
        }
        if (inSheetData && level == 3 && named(lt, nameEnd, "row")) {
            row(Tag.of(x, lt, tagEnd), empty);
            return gt + 1;
        }
        if (inSheetData && level >= 4) {
            if (level == 4) {
                cellsBefore(Integer.MAX_VALUE); // a row's extLst comes after its cells
            }
            return verbatim(lt, gt + 1);
        }
        if (level == 2) {
            Tag tag = Tag.of(x, lt, tagEnd);
            if (tag.in(main)) {
                String local = tag.local();
                if ("legacyDrawing".equals(local)) {
                    throw new Unsupported("a marked sheet already has comments or form controls");
                }
                if (AFTER_LEGACY_DRAWING.contains(local)) {
                    legacyDrawing();
                }
                if ("sheetData".equals(local)) {
                    sheetData = true;
                    if (empty && !marks.isEmpty()) {
                        copy(lt, tagEnd);
                        ascii(">");
                        rowsBefore(Integer.MAX_VALUE);
                        ascii("</").ascii(qname("sheetData")).ascii(">");
                        return gt + 1;
                    }
                    inSheetData = !empty;
                }
            }
        } else if (named(lt, nameEnd, "sheetView")) {
            Tag tag = Tag.of(x, lt, tagEnd);
            if (tag.has("tabSelected")) {
                rewrite(tag, empty, "tabSelected");
                return gt + 1;
            }
        }
        return verbatim(lt, gt + 1);
    }

    private static final byte[] XMLNS = "xmlns".getBytes(StandardCharsets.US_ASCII);

    /** Whether the tag name {@code x[lt + 1, nameEnd)} is {@code local} in the spreadsheet namespace. */
    private boolean named(int lt, int nameEnd, String local) {
        int from = lt + 1;
        int prefix = main.length();
        if (prefix > 0) {
            if (nameEnd - from != prefix + 1 + local.length() || x[from + prefix] != ':' || !startsWith(from, main)) {
                return false;
            }
            from += prefix + 1;
        } else if (nameEnd - from != local.length()) {
            return false;
        }
        return startsWith(from, local);
    }

    private boolean contains(int from, int to, byte[] what) {
        outer:
        for (int i = from; i <= to - what.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (x[i + k] != what[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The root: a worksheet of the spreadsheet namespace, declaring the relationships prefix the drawing needs. */
    private void root(Tag tag, boolean empty, int gt) throws Unsupported {
        String prefix = tag.prefix();
        if (!"worksheet".equals(tag.local())
                || !AnnotatedPackage.MAIN_NS.equals(tag.value(prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix))) {
            throw new Unsupported("a marked sheet is not a worksheet");
        }
        if (empty) {
            throw new Unsupported("a marked sheet has no sheet data");
        }
        main = prefix;
        copy(tag.start(), tag.end());
        if (drawingId != null) {
            relationshipsPrefix = tag.prefixOf(AnnotatedPackage.RELATIONSHIPS_NS);
            if (relationshipsPrefix == null) {
                relationshipsPrefix = "r";
                for (int i = 2; tag.has("xmlns:" + relationshipsPrefix); i++) {
                    relationshipsPrefix = "r" + i;
                }
                ascii(" xmlns:").ascii(relationshipsPrefix).ascii("=\"").ascii(AnnotatedPackage.RELATIONSHIPS_NS).ascii("\"");
            }
        }
        copy(tag.end(), gt + 1);
    }

    /** A row's start tag with its explicit reference; a marked row loses its spans (a hint that may no longer hold). */
    private void row(Tag tag, boolean empty) throws Unsupported {
        String r = tag.value("r");
        int index = r != null ? number(r) - 1 : row + 1;
        rowsBefore(index);
        row = index;
        rowMarks = marks.containsKey(index) ? marks.remove(index) : new TreeMap<>();
        String s = tag.value("s");
        rowXf = s != null && "1".equals(tag.value("customFormat")) ? number(s) : 0;
        col = -1;
        if (rowMarks.isEmpty() && r != null && r.equals(Integer.toString(index + 1))) {
            copy(tag.start(), tag.end()).ascii(empty ? "/>" : ">"); // nothing to change in it
            return;
        }
        ascii("<").copy(tag.start() + 1, tag.nameEnd()).ascii(" r=\"").ascii(Integer.toString(row + 1)).ascii("\"");
        tag.copyAttributes(this, "r", rowMarks.isEmpty() ? null : "spans");
        if (empty && !rowMarks.isEmpty()) {
            ascii(">");
            cellsBefore(Integer.MAX_VALUE);
            ascii("</").copy(tag.start() + 1, tag.nameEnd()).ascii(">");
            rowMarks = new TreeMap<>();
        } else {
            ascii(empty ? "/>" : ">");
        }
    }

    /** A cell's start tag with its explicit reference, and the marked format where the cell is marked. */
    private void cell(Tag tag, boolean empty) throws Unsupported {
        Severity severity = rowMarks.remove(col);
        ascii("<").copy(tag.start() + 1, tag.nameEnd()).ascii(" r=\"").ascii(CellRef.column(col)).ascii(Integer.toString(row + 1)).ascii("\"");
        if (severity != null) {
            String s = tag.value("s");
            ascii(" s=\"").ascii(Integer.toString(styles.marked(s == null ? 0 : number(s), severity))).ascii("\"");
        }
        tag.copyAttributes(this, "r", severity == null ? null : "s");
        ascii(empty ? "/>" : ">");
    }

    /** The tag without attribute {@code drop}. */
    private void rewrite(Tag tag, boolean empty, String drop) throws Unsupported {
        copy(tag.start(), tag.nameEnd());
        tag.copyAttributes(this, drop, null);
        ascii(empty ? "/>" : ">");
    }

    /** The marked cells of this row before column {@code before} that the sheet lacks. */
    private void cellsBefore(int before) {
        Iterator<Map.Entry<Integer, Severity>> it = rowMarks.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Integer, Severity> cell = it.next();
            if (cell.getKey() >= before) {
                return;
            }
            newCell(row, cell.getKey(), rowXf, cell.getValue());
            it.remove();
        }
    }

    /** The rows with marked cells before row {@code before} that the sheet lacks. */
    private void rowsBefore(int before) {
        while (!marks.isEmpty() && marks.firstKey() < before) {
            Map.Entry<Integer, TreeMap<Integer, Severity>> r = marks.pollFirstEntry();
            ascii("<").ascii(qname("row")).ascii(" r=\"").ascii(Integer.toString(r.getKey() + 1)).ascii("\">");
            r.getValue().forEach((c, severity) -> newCell(r.getKey(), c, 0, severity));
            ascii("</").ascii(qname("row")).ascii(">");
        }
    }

    private void newCell(int r, int c, int xf, Severity severity) {
        ascii("<").ascii(qname("c")).ascii(" r=\"").ascii(CellRef.column(c)).ascii(Integer.toString(r + 1))
                .ascii("\" s=\"").ascii(Integer.toString(styles.marked(xf, severity))).ascii("\"/>");
    }

    /** The sheet's legacyDrawing, once, where the schema puts it. */
    private void legacyDrawing() {
        if (drawingId == null || drawingWritten) {
            return;
        }
        StringBuilder id = XmlText.attr(new StringBuilder(), drawingId);
        ascii("<").ascii(qname("legacyDrawing")).ascii(" ").ascii(relationshipsPrefix).ascii(":id=\"")
                .ascii(id.toString()).ascii("\"/>");
        drawingWritten = true;
    }

    private String qname(String local) {
        return main.isEmpty() ? local : main + ":" + local;
    }

    // ---- bytes

    private int at(int i) throws Unsupported {
        if (i >= x.length) {
            throw new Unsupported(part + " is not well-formed XML");
        }
        return x[i];
    }

    private boolean startsWith(int i, String s) {
        if (i + s.length() > x.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (x[i + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(byte b, int from) {
        for (int i = from; i < x.length; i++) {
            if (x[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Where {@code s} starts at or after {@code from}. */
    private int find(String s, int from) throws Unsupported {
        for (int i = from; i <= x.length - s.length(); i++) {
            if (x[i] == s.charAt(0) && startsWith(i, s)) {
                return i;
            }
        }
        throw new Unsupported(part + " is not well-formed XML");
    }

    /** The {@code >} that ends the start tag at {@code lt} (a {@code >} in a quoted value does not). */
    private int tagEnd(int lt) throws Unsupported {
        byte quote = 0;
        for (int i = lt + 1; i < x.length; i++) {
            byte b = x[i];
            if (quote != 0) {
                if (b == quote) {
                    quote = 0;
                }
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '>') {
                return i;
            } else if (b == '<') {
                break;
            }
        }
        throw new Unsupported(part + " is not well-formed XML");
    }

    private int verbatim(int from, int to) {
        copy(from, to);
        return to;
    }

    private SheetPatch copy(int from, int to) {
        ensure(to - from);
        System.arraycopy(x, from, out, size, to - from);
        size += to - from;
        return this;
    }

    private SheetPatch ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            out[size++] = (byte) s.charAt(i);
        }
        return this;
    }

    private void ensure(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }

    private static int number(String number) {
        try {
            return Integer.parseInt(number.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Whether {@code a1} is written as this writer would write it for its column and row {@code row} (one-based):
     * upper-case letters, then the row's number without leading zeros.
     */
    private static boolean canonical(String a1, int row) {
        int i = 0;
        while (i < a1.length() && a1.charAt(i) >= 'A' && a1.charAt(i) <= 'Z') {
            i++;
        }
        if (i == 0 || i == a1.length() || a1.charAt(i) == '0') {
            return false;
        }
        int n = 0;
        for (int k = i; k < a1.length(); k++) {
            char ch = a1.charAt(k);
            if (ch < '0' || ch > '9' || n > 10_000_000) {
                return false;
            }
            n = n * 10 + (ch - '0');
        }
        return n == row;
    }


    /**
     * A start tag's name and attributes as spans of the bytes: {@code <name a="v" b='w'}, without its closing
     * {@code >} or {@code />}.
     */
    private record Tag(byte[] x, int start, int nameEnd, int end, String name, int[] attributes) {

        /** Just the name of an end tag, {@code x[from, to)}. */
        static Tag name(byte[] x, int from, int to) {
            int e = nameEnd(x, from, to);
            return new Tag(x, from, e, to, new String(x, from, e - from, StandardCharsets.UTF_8), new int[0]);
        }

        /** Where the name that starts at {@code from} ends. */
        static int nameEnd(byte[] x, int from, int end) {
            int e = from;
            while (e < end && !space(x[e])) {
                e++;
            }
            return e;
        }

        /** The start tag {@code x[lt, end)}; each attribute as name start, name end, value start, value end. */
        static Tag of(byte[] x, int lt, int end) throws Unsupported {
            int e = nameEnd(x, lt + 1, end);
            int[] spans = new int[16];
            int n = 0;
            int i = e;
            while (true) {
                while (i < end && space(x[i])) {
                    i++;
                }
                if (i >= end) {
                    break;
                }
                int nameStart = i;
                while (i < end && x[i] != '=' && !space(x[i])) {
                    i++;
                }
                int nameEnd = i;
                while (i < end && (space(x[i]) || x[i] == '=')) {
                    i++;
                }
                if (i >= end || (x[i] != '"' && x[i] != '\'')) {
                    throw new Unsupported("a tag of the sheet is not well-formed");
                }
                byte quote = x[i];
                int valueStart = ++i;
                while (i < end && x[i] != quote) {
                    i++;
                }
                if (i >= end) {
                    throw new Unsupported("a tag of the sheet is not well-formed");
                }
                if (n + 4 > spans.length) {
                    spans = Arrays.copyOf(spans, spans.length * 2);
                }
                spans[n++] = nameStart;
                spans[n++] = nameEnd;
                spans[n++] = valueStart;
                spans[n++] = i++;
            }
            return new Tag(x, lt, e, end, new String(x, lt + 1, e - lt - 1, StandardCharsets.UTF_8),
                    Arrays.copyOf(spans, n));
        }

        private static boolean space(byte b) {
            return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '/' || b == '>';
        }

        String prefix() {
            int colon = name.indexOf(':');
            return colon < 0 ? "" : name.substring(0, colon);
        }

        String local() {
            return name.substring(name.indexOf(':') + 1);
        }

        boolean in(String prefix) {
            return prefix().equals(prefix);
        }

        boolean is(String prefix, String local) {
            return in(prefix) && local().equals(local);
        }

        private boolean named(int a, String attribute) {
            int from = attributes[a];
            int to = attributes[a + 1];
            if (to - from != attribute.length()) {
                return false;
            }
            for (int k = 0; k < attribute.length(); k++) {
                if (x[from + k] != attribute.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        boolean has(String attribute) {
            for (int a = 0; a < attributes.length; a += 4) {
                if (named(a, attribute)) {
                    return true;
                }
            }
            return false;
        }

        /** The value of an unprefixed attribute as written; one holding a reference is not followed. */
        String value(String attribute) throws Unsupported {
            for (int a = 0; a < attributes.length; a += 4) {
                if (named(a, attribute)) {
                    String v = new String(x, attributes[a + 2], attributes[a + 3] - attributes[a + 2], StandardCharsets.UTF_8);
                    if (v.indexOf('&') >= 0) {
                        throw new Unsupported("an attribute of the sheet holds a character reference");
                    }
                    return v;
                }
            }
            return null;
        }

        /** Whether the tag declares {@code prefix} ("" for the default namespace). */
        boolean declares(String prefix) {
            return prefix != null && has(prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix);
        }

        /** The prefix this tag declares for {@code namespace}, or null. */
        String prefixOf(String namespace) throws Unsupported {
            for (int a = 0; a < attributes.length; a += 4) {
                String name = new String(x, attributes[a], attributes[a + 1] - attributes[a], StandardCharsets.UTF_8);
                if (name.startsWith("xmlns:") && namespace.equals(value(name))) {
                    return name.substring(6);
                }
            }
            return null;
        }

        /** Every attribute but {@code drop} and {@code drop2} (null: none), each after a space, as written. */
        void copyAttributes(SheetPatch into, String drop, String drop2) {
            for (int a = 0; a < attributes.length; a += 4) {
                if (!named(a, drop) && (drop2 == null || !named(a, drop2))) {
                    into.ascii(" ").copy(attributes[a], attributes[a + 3] + 1);
                }
            }
        }
    }
}

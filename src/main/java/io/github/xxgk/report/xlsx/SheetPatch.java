package io.github.xxgk.report.xlsx;

import io.github.xxgk.check.Severity;
import io.github.xxgk.table.CellRef;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One worksheet part of the annotated copy, streamed through once (StAX in, text out; no tree of the sheet is
 * built): each marked cell gets its fill (the cell, and its row, added where the sheet has none), the sheet points
 * to its comments' drawing, and no sheet stays selected (the findings sheet is). Everything else is written as it
 * was read: prefixes, namespace declarations, attributes, text. Every row and cell is written with its explicit
 * reference, so that a cell or row put in keeps the places of those after it.
 */
final class SheetPatch {

    /** Worksheet children that come after legacyDrawing, in the schema's order. */
    private static final Set<String> AFTER_LEGACY_DRAWING = Set.of("legacyDrawingHF", "drawingHF", "picture",
            "oleObjects", "controls", "webPublishItems", "tableParts", "extLst");
    /** A sheet's view tag and the selection of its tab in it. */
    private static final Pattern TAB_SELECTED = Pattern.compile("(<(?:\\w+:)?sheetView\\b[^>]*?)\\s+tabSelected=\"[^\"]*\"");
    private static final int MAX_DEPTH = 100;
    /** One factory per thread: creating one looks up the implementation each time. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(() -> {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty("jdk.xml.maxElementDepth", MAX_DEPTH);
        return f;
    });

    private final XMLStreamReader in;
    private final StringBuilder out;
    private final StylesPatch styles;
    /** Marked cells left to write: row → column → severity (zero-based). */
    private final TreeMap<Integer, TreeMap<Integer, Severity>> marks = new TreeMap<>();
    /** The comments' drawing relationship, null when the sheet gets no comments. */
    private final String drawingId;
    private boolean drawingWritten;
    private String relationshipsPrefix;
    /** A start tag written up to its attributes: closed with {@code >}, or {@code />} when its element ends at once. */
    private boolean open;
    private int depth;
    private String mainPrefix = "";
    private String rootPrefix = "";
    private boolean sheetData;
    private boolean inSheetData;
    private int row = -1;
    /** The marked cells of the row being written (empty outside one), and its format for the cells put in. */
    private TreeMap<Integer, Severity> rowMarks = new TreeMap<>();
    private int rowXf;
    private int col = -1;

    private SheetPatch(XMLStreamReader in, int size, Map<CellRef, Severity> fills, StylesPatch styles, String drawingId) {
        this.in = in;
        this.out = new StringBuilder(size + 1024);
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
        try {
            XMLStreamReader in = FACTORY.get().createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                return new SheetPatch(in, xml.length, fills, styles, drawingId).run(part);
            } finally {
                in.close();
            }
        } catch (XMLStreamException e) {
            throw new Unsupported(part + " is not well-formed XML");
        }
    }

    private byte[] run(String part) throws XMLStreamException, Unsupported {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        while (in.hasNext()) {
            switch (in.next()) {
                case XMLStreamConstants.START_ELEMENT -> start();
                case XMLStreamConstants.END_ELEMENT -> end();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA -> {
                    close();
                    XmlText.text(out, in.getText());
                }
                case XMLStreamConstants.COMMENT -> {
                    close();
                    out.append("<!--").append(in.getText().replace("--", "- -")).append("-->");
                }
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    close();
                    out.append("<?").append(in.getPITarget()).append(' ').append(in.getPIData()).append("?>");
                }
                case XMLStreamConstants.DTD -> throw new Unsupported(part + " declares a DTD");
                default -> {
                    // the document's start and end, entity references (none: no DTD is read)
                }
            }
        }
        if (!sheetData) {
            throw new Unsupported("a marked sheet has no sheet data");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void start() throws Unsupported {
        close();
        depth++;
        String local = in.getLocalName();
        if (depth == 1) {
            if (!"worksheet".equals(local)) {
                throw new Unsupported("a marked sheet is not a worksheet");
            }
            rootPrefix = prefix(in.getPrefix());
            tag(drawingId == null ? null : relationshipsPrefix());
            return;
        }
        if (depth == 2) {
            if ("legacyDrawing".equals(local)) {
                throw new Unsupported("a marked sheet already has comments or form controls");
            }
            if (AFTER_LEGACY_DRAWING.contains(local)) {
                legacyDrawing();
            }
            if ("sheetData".equals(local)) {
                sheetData = inSheetData = true;
                mainPrefix = prefix(in.getPrefix());
            }
            tag(null);
        } else if (depth == 3 && inSheetData && "row".equals(local)) {
            String r = in.getAttributeValue(null, "r");
            int index = r != null ? number(r) - 1 : row + 1;
            rowsBefore(index);
            row = index;
            rowMarks = marks.containsKey(index) ? marks.remove(index) : new TreeMap<>();
            String s = in.getAttributeValue(null, "s");
            rowXf = s != null && "1".equals(in.getAttributeValue(null, "customFormat")) ? number(s) : 0;
            col = -1;
            rowTag();
        } else if (depth == 4 && inSheetData && "c".equals(local)) {
            String r = in.getAttributeValue(null, "r");
            int index = r != null ? column(r) : col + 1;
            cellsBefore(index);
            col = index;
            cellTag();
        } else {
            if (depth == 4 && inSheetData) {
                cellsBefore(Integer.MAX_VALUE); // a row's extLst comes after its cells
            }
            tag(null);
        }
    }

    private void end() {
        String local = in.getLocalName();
        if (depth == 3 && inSheetData) {
            cellsBefore(Integer.MAX_VALUE);
            rowMarks = new TreeMap<>();
        } else if (depth == 2 && "sheetData".equals(local)) {
            rowsBefore(Integer.MAX_VALUE);
            inSheetData = false;
        } else if (depth == 1) {
            legacyDrawing();
        }
        depth--;
        if (open) {
            out.append("/>");
            open = false;
        } else {
            out.append("</").append(qname(in.getPrefix(), local)).append('>');
        }
    }

    /** The start tag as read; with a declaration of {@code relationships}' prefix on the root where it lacks one. */
    private void tag(String relationships) {
        name();
        namespaces();
        if (relationships != null && !declares(relationships)) {
            out.append(" xmlns:").append(relationships).append("=\"").append(AnnotatedPackage.RELATIONSHIPS_NS).append('"');
        }
        boolean view = "sheetView".equals(in.getLocalName());
        for (int i = 0; i < in.getAttributeCount(); i++) {
            if (!(view && plain(i) && "tabSelected".equals(in.getAttributeLocalName(i)))) {
                attribute(i);
            }
        }
        open = true;
    }

    /** A row's start tag with its explicit reference; a marked row loses its spans (a hint that may no longer hold). */
    private void rowTag() {
        name();
        namespaces();
        attr("r", Integer.toString(row + 1));
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String local = in.getAttributeLocalName(i);
            if (!plain(i) || !("r".equals(local) || "spans".equals(local) && !rowMarks.isEmpty())) {
                attribute(i);
            }
        }
        open = true;
    }

    /** A cell's start tag with its explicit reference, and the marked format where the cell is marked. */
    private void cellTag() {
        name();
        namespaces();
        attr("r", CellRef.column(col) + (row + 1));
        Severity severity = rowMarks.remove(col);
        String s = in.getAttributeValue(null, "s");
        if (severity != null) {
            attr("s", Integer.toString(styles.marked(s == null ? 0 : number(s), severity)));
        }
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String local = in.getAttributeLocalName(i);
            if (!plain(i) || !("r".equals(local) || "s".equals(local) && severity != null)) {
                attribute(i);
            }
        }
        open = true;
    }

    /** The marked cells of this row before column {@code before} that the sheet lacks. */
    private void cellsBefore(int before) {
        Iterator<Map.Entry<Integer, Severity>> it = rowMarks.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Integer, Severity> cell = it.next();
            if (cell.getKey() >= before) {
                return;
            }
            close();
            newCell(row, cell.getKey(), rowXf, cell.getValue());
            it.remove();
        }
    }

    /** The rows with marked cells before row {@code before} that the sheet lacks. */
    private void rowsBefore(int before) {
        while (!marks.isEmpty() && marks.firstKey() < before) {
            Map.Entry<Integer, TreeMap<Integer, Severity>> r = marks.pollFirstEntry();
            close();
            out.append('<').append(qname(mainPrefix, "row")).append(" r=\"").append(r.getKey() + 1).append("\">");
            r.getValue().forEach((c, severity) -> newCell(r.getKey(), c, 0, severity));
            out.append("</").append(qname(mainPrefix, "row")).append('>');
        }
    }

    private void newCell(int r, int c, int xf, Severity severity) {
        out.append('<').append(qname(mainPrefix, "c")).append(" r=\"").append(CellRef.column(c)).append(r + 1)
                .append("\" s=\"").append(styles.marked(xf, severity)).append("\"/>");
    }

    /** The sheet's legacyDrawing, once, where the schema puts it. */
    private void legacyDrawing() {
        if (drawingId == null || drawingWritten) {
            return;
        }
        close();
        out.append('<').append(qname(rootPrefix, "legacyDrawing")).append(' ').append(relationshipsPrefix).append(":id=\"");
        XmlText.attr(out, drawingId).append("\"/>");
        drawingWritten = true;
    }

    /** The root's prefix for the relationships namespace, or a free one to declare (r, r2, …). */
    private String relationshipsPrefix() {
        for (int i = 0; i < in.getNamespaceCount(); i++) {
            if (AnnotatedPackage.RELATIONSHIPS_NS.equals(in.getNamespaceURI(i)) && in.getNamespacePrefix(i) != null
                    && !in.getNamespacePrefix(i).isEmpty()) {
                return relationshipsPrefix = in.getNamespacePrefix(i);
            }
        }
        String free = "r";
        for (int i = 2; declares(free); i++) {
            free = "r" + i;
        }
        return relationshipsPrefix = free;
    }

    /** Whether the current element declares {@code prefix}. */
    private boolean declares(String prefix) {
        for (int i = 0; i < in.getNamespaceCount(); i++) {
            if (prefix.equals(in.getNamespacePrefix(i))) {
                return true;
            }
        }
        return false;
    }

    private void name() {
        out.append('<').append(qname(in.getPrefix(), in.getLocalName()));
    }

    private void namespaces() {
        for (int i = 0; i < in.getNamespaceCount(); i++) {
            String p = in.getNamespacePrefix(i);
            out.append(p == null || p.isEmpty() ? " xmlns" : " xmlns:" + p).append("=\"");
            XmlText.attr(out, in.getNamespaceURI(i)).append('"');
        }
    }

    /** Whether attribute {@code i} is in no namespace (as the sheet's own r, s and spans are). */
    private boolean plain(int i) {
        String ns = in.getAttributeNamespace(i);
        return ns == null || ns.isEmpty();
    }

    private void attribute(int i) {
        attr(qname(in.getAttributePrefix(i), in.getAttributeLocalName(i)), in.getAttributeValue(i));
    }

    private void attr(String name, String value) {
        out.append(' ').append(name).append("=\"");
        XmlText.attr(out, value).append('"');
    }

    /** Closes a start tag left open. */
    private void close() {
        if (open) {
            out.append('>');
            open = false;
        }
    }

    private static String prefix(String p) {
        return p == null ? "" : p;
    }

    private static String qname(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private static int number(String number) {
        try {
            return Integer.parseInt(number.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The zero-based column of an A1 reference. */
    static int column(String a1) {
        int col = 0;
        for (int i = 0; i < a1.length(); i++) {
            char ch = Character.toUpperCase(a1.charAt(i));
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            col = col * 26 + (ch - 'A' + 1);
        }
        return col - 1;
    }
}

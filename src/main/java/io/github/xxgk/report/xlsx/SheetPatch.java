package io.github.xxgk.report.xlsx;

import io.github.xxgk.check.Severity;
import io.github.xxgk.table.CellRef;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One worksheet part of the annotated copy: each marked cell gets its fill (the cell is added where the sheet has
 * none), the sheet points to its comments' drawing, and no sheet stays selected (the findings sheet is).
 */
final class SheetPatch {

    /** Worksheet children that come after legacyDrawing, in the schema's order. */
    private static final Set<String> AFTER_LEGACY_DRAWING = Set.of("legacyDrawingHF", "drawingHF", "picture",
            "oleObjects", "controls", "webPublishItems", "tableParts", "extLst");

    private final Element root;

    SheetPatch(Element root) throws Unsupported {
        if (!"worksheet".equals(root.getLocalName()) || Dom.child(root, "sheetData") == null) {
            throw new Unsupported("a marked sheet has no sheet data");
        }
        if (Dom.child(root, "legacyDrawing") != null) {
            throw new Unsupported("a marked sheet already has comments or form controls");
        }
        this.root = root;
    }

    /** A sheet's view tag and the selection of its tab in it. */
    private static final Pattern TAB_SELECTED = Pattern.compile("(<(?:\\w+:)?sheetView\\b[^>]*?)\\s+tabSelected=\"[^\"]*\"");

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

    /** Removes the selection of the sheet's tab. */
    static void unselect(Element root) {
        Element views = Dom.child(root, "sheetViews");
        if (views != null) {
            for (Element view : Dom.children(views, "sheetView")) {
                view.removeAttribute("tabSelected");
            }
        }
    }

    /** Sets the fill of each cell of this sheet in {@code fills}. */
    void fill(Map<CellRef, Severity> fills, StylesPatch styles) {
        TreeMap<Integer, Element> rows = rows();
        fills.forEach((ref, severity) -> {
            Element cell = cell(rows, ref.row(), ref.col());
            int xf = cell.hasAttribute("s") ? parse(cell.getAttribute("s")) : 0;
            cell.setAttribute("s", Integer.toString(styles.marked(xf, severity)));
        });
    }

    /** Points the sheet to its comments' VML drawing, relationship {@code id}. */
    void legacyDrawing(String id) {
        String r = Dom.prefix(root, AnnotatedPackage.RELATIONSHIPS_NS, "r");
        Element drawing = Dom.create(root, "legacyDrawing");
        drawing.setAttributeNS(AnnotatedPackage.RELATIONSHIPS_NS, r + ":id", id);
        Node before = null;
        for (Element child : Dom.children(root)) {
            if (AFTER_LEGACY_DRAWING.contains(child.getLocalName())) {
                before = child;
                break;
            }
        }
        root.insertBefore(drawing, before);
    }

    /** The rows by zero-based index, every row and cell given its explicit reference so cells can be inserted. */
    private TreeMap<Integer, Element> rows() {
        TreeMap<Integer, Element> rows = new TreeMap<>();
        int r = -1;
        for (Element row : Dom.children(Dom.child(root, "sheetData"), "row")) {
            r = row.hasAttribute("r") ? parse(row.getAttribute("r")) - 1 : r + 1;
            row.setAttribute("r", Integer.toString(r + 1));
            int c = -1;
            for (Element cell : Dom.children(row, "c")) {
                c = cell.hasAttribute("r") ? column(cell.getAttribute("r")) : c + 1;
                cell.setAttribute("r", CellRef.column(c) + (r + 1));
            }
            rows.put(r, row);
        }
        return rows;
    }

    private Element cell(TreeMap<Integer, Element> rows, int r, int c) {
        Element row = rows.get(r);
        if (row == null) {
            row = Dom.create(root, "row");
            row.setAttribute("r", Integer.toString(r + 1));
            Map.Entry<Integer, Element> next = rows.higherEntry(r);
            Dom.child(root, "sheetData").insertBefore(row, next == null ? null : next.getValue());
            rows.put(r, row);
        }
        row.removeAttribute("spans"); // a hint only, and it may no longer hold
        Element before = null;
        for (Element cell : Dom.children(row, "c")) {
            int col = column(cell.getAttribute("r"));
            if (col == c) {
                return cell;
            }
            if (col > c) {
                before = cell;
                break;
            }
        }
        Element cell = Dom.create(root, "c");
        cell.setAttribute("r", CellRef.column(c) + (r + 1));
        if (row.hasAttribute("s") && "1".equals(row.getAttribute("customFormat"))) {
            cell.setAttribute("s", row.getAttribute("s"));
        }
        row.insertBefore(cell, before);
        return cell;
    }

    private static int parse(String number) {
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

package io.github.xxgk.report.xlsx;

import io.github.xxgk.check.Severity;
import io.github.xxgk.table.CellRef;
import io.github.xxgk.fixtures.GeneratedReport;
import io.github.xxgk.read.xlsx.CellAddress;
import io.github.xxgk.fixtures.SeedWorkbooks;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The streamed worksheet patch on sheets as other programs write them: prefixes, implicit references, gaps. */
class SheetPatchTest {

    private static final String MAIN = AnnotatedPackage.MAIN_NS;
    private static final String REL = AnnotatedPackage.RELATIONSHIPS_NS;
    private static final String STYLES = "<styleSheet xmlns=\"" + MAIN + "\"><fonts count=\"1\"><font/></fonts>"
            + "<fills count=\"2\"><fill/><fill/></fills><cellXfs count=\"3\"><xf/><xf fontId=\"0\"/><xf/></cellXfs></styleSheet>";

    private static StylesPatch styles() throws Unsupported {
        return new StylesPatch(Dom.parse(STYLES.getBytes(StandardCharsets.UTF_8), "styles"));
    }

    private static Map<CellRef, Severity> marks(String... a1) {
        Map<CellRef, Severity> m = new LinkedHashMap<>();
        for (String ref : a1) {
            m.put(new CellRef("s", Integer.parseInt(ref.substring(1)) - 1, ref.charAt(0) - 'A'), Severity.ERROR);
        }
        return m;
    }

    private static Document patched(String sheet, Map<CellRef, Severity> marks, StylesPatch styles, String drawing)
            throws Unsupported {
        byte[] out = SheetPatch.patch(sheet.getBytes(StandardCharsets.UTF_8), "sheet1.xml", marks, styles, drawing);
        return Dom.parse(out, "patched");
    }

    /** Every cell of the patched sheet as reference → s attribute ("" for none), in document order. */
    private static Map<String, String> cells(Document doc) {
        Map<String, String> cells = new LinkedHashMap<>();
        NodeList list = doc.getElementsByTagNameNS(MAIN, "c");
        for (int i = 0; i < list.getLength(); i++) {
            Element c = (Element) list.item(i);
            cells.put(c.getAttribute("r"), c.getAttribute("s"));
        }
        return cells;
    }

    private static List<String> rows(Document doc) {
        List<String> rows = new ArrayList<>();
        NodeList list = doc.getElementsByTagNameNS(MAIN, "row");
        for (int i = 0; i < list.getLength(); i++) {
            rows.add(((Element) list.item(i)).getAttribute("r"));
        }
        return rows;
    }

    @Test
    void implicit_references_gaps_and_prefixes_should_end_with_every_mark_in_its_place() throws Exception {
        String sheet = "<x:worksheet xmlns:x=\"" + MAIN + "\"><x:sheetViews><x:sheetView tabSelected=\"1\" workbookViewId=\"0\"/>"
                + "</x:sheetViews><x:sheetData>"
                + "<x:row><x:c t=\"s\"><x:v>0</x:v></x:c><x:c s=\"1\"><x:v>5</x:v></x:c></x:row>" // row 1: A1, B1 implicit
                + "<x:row r=\"3\" spans=\"1:3\" s=\"2\" customFormat=\"1\"><x:c r=\"A3\"/><x:c r=\"C3\"><x:f>A3+1</x:f><x:v>1</x:v></x:c><x:extLst/></x:row>"
                + "<x:row><x:c><x:is><x:t>a &amp; b &lt;c&gt;</x:t></x:is></x:c></x:row>" // row 4 implicit
                + "<x:row r=\"6\"/>"
                + "</x:sheetData><x:pageMargins left=\"0.7\"/></x:worksheet>";
        StylesPatch styles = styles();
        Document doc = patched(sheet, marks("B1", "B3", "D3", "A2", "A6", "E9"), styles, null);
        int marked0 = styles.marked(0, Severity.ERROR);
        int marked1 = styles.marked(1, Severity.ERROR);
        int marked2 = styles.marked(2, Severity.ERROR);
        assertEquals(List.of("1", "2", "3", "4", "6", "9"), rows(doc));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("A1", "");
        expected.put("B1", Integer.toString(marked1)); // its own format, filled
        expected.put("A2", Integer.toString(marked0)); // a row put in
        expected.put("A3", "");
        expected.put("B3", Integer.toString(marked2)); // put in between, with the row's format
        expected.put("C3", "");
        expected.put("D3", Integer.toString(marked2)); // put in after the last cell
        expected.put("A4", "");
        expected.put("A6", Integer.toString(marked0)); // into an empty row
        expected.put("E9", Integer.toString(marked0)); // a row after the last
        assertEquals(expected, cells(doc));
        Element row3 = (Element) doc.getElementsByTagNameNS(MAIN, "row").item(2);
        assertFalse(row3.hasAttribute("spans"), "a marked row's spans may no longer hold");
        assertEquals(List.of("c", "c", "c", "c", "extLst"), Dom.children(row3).stream().map(Element::getLocalName).toList(),
                "a cell put in at the end of a row comes before the row's extLst");
        assertEquals("2", row3.getAttribute("s"));
        assertEquals("a & b <c>", doc.getElementsByTagNameNS(MAIN, "t").item(0).getTextContent());
        assertEquals("A3+1", doc.getElementsByTagNameNS(MAIN, "f").item(0).getTextContent());
        Element view = (Element) doc.getElementsByTagNameNS(MAIN, "sheetView").item(0);
        assertFalse(view.hasAttribute("tabSelected"));
        assertEquals("0", view.getAttribute("workbookViewId"));
        assertEquals("x", doc.getDocumentElement().getPrefix());
        assertEquals("x", doc.getElementsByTagNameNS(MAIN, "row").item(1).getPrefix(), "a row put in has the sheet's prefix");
    }

    @Test
    void legacy_drawing_should_come_before_the_parts_the_schema_puts_after_it() throws Exception {
        String sheet = "<worksheet xmlns=\"" + MAIN + "\"><sheetData/><pageMargins left=\"0.7\"/>"
                + "<tableParts count=\"0\"/><extLst/></worksheet>";
        Document doc = patched(sheet, marks("C2"), styles(), "rId7");
        List<String> children = new ArrayList<>();
        for (Element e : Dom.children(doc.getDocumentElement())) {
            children.add(e.getLocalName());
        }
        assertEquals(List.of("sheetData", "pageMargins", "legacyDrawing", "tableParts", "extLst"), children);
        Element drawing = Dom.child(doc.getDocumentElement(), "legacyDrawing");
        assertEquals("rId7", drawing.getAttributeNS(REL, "id"));
        assertEquals(List.of("2"), rows(doc));
    }

    @Test
    void legacy_drawing_should_use_the_relationships_prefix_the_sheet_has_or_a_free_one() throws Exception {
        String own = "<worksheet xmlns=\"" + MAIN + "\" xmlns:rel=\"" + REL + "\"><sheetData/></worksheet>";
        Element a = Dom.child(patched(own, marks("A1"), styles(), "rId1").getDocumentElement(), "legacyDrawing");
        assertEquals("rel:id", a.getAttributes().item(0).getNodeName());
        String taken = "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"urn:other\"><sheetData><row r=\"1\"/></sheetData></worksheet>";
        Document doc = patched(taken, marks("A1"), styles(), "rId2");
        Element b = Dom.child(doc.getDocumentElement(), "legacyDrawing");
        assertEquals("rId2", b.getAttributeNS(REL, "id"));
        assertEquals("urn:other", doc.getDocumentElement().lookupNamespaceURI("r"));
        assertNull(Dom.child(doc.getDocumentElement(), "legacyDrawingHF"));
    }

    @Test
    void sheets_it_cannot_patch_should_be_left_to_the_usermodel() {
        String comments = "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheetData/><legacyDrawing r:id=\"rId1\"/></worksheet>";
        assertThrows(Unsupported.class, () -> patched(comments, marks("A1"), styles(), "rId2"));
        assertThrows(Unsupported.class, () -> patched("<worksheet xmlns=\"" + MAIN + "\"/>", marks("A1"), styles(), null));
        assertThrows(Unsupported.class, () -> patched("<chartsheet xmlns=\"" + MAIN + "\"/>", marks("A1"), styles(), null));
        assertThrows(Unsupported.class, () -> patched("<!DOCTYPE worksheet [<!ENTITY e \"x\">]><worksheet xmlns=\""
                + MAIN + "\"><sheetData/></worksheet>", marks("A1"), styles(), null));
        assertThrows(Unsupported.class, () -> patched("<worksheet xmlns=\"" + MAIN + "\"><sheetData>", marks("A1"), styles(), null));
    }

    @Test
    void what_lies_between_the_tags_it_changes_should_be_copied_byte_for_byte() throws Exception {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<worksheet xmlns=\"" + MAIN
                + "\"><!-- made by <hand> --><?app keep?><sheetData><row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>&#x41;&amp;"
                + "<![CDATA[<b>]]>\u8868 &gt; 1</t></is></c></row></sheetData><ext a='x>y' xmlns:x14=\"urn:x14\"/></worksheet>";
        byte[] out = SheetPatch.patch(sheet.getBytes(StandardCharsets.UTF_8), "sheet1.xml", marks("B2"), styles(), null);
        String text = new String(out, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<worksheet"), text);
        assertTrue(text.contains("<!-- made by <hand> --><?app keep?>"), text);
        assertTrue(text.contains("<is><t>&#x41;&amp;<![CDATA[<b>]]>\u8868 &gt; 1</t></is>"), text);
        assertTrue(text.contains("<ext a='x>y' xmlns:x14=\"urn:x14\"/>"), text);
        assertTrue(text.contains("<c r=\"B2\" s=\""), text);
    }

    @Test
    void what_the_byte_pass_does_not_follow_should_be_left_to_the_usermodel() {
        String rebound = "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\" xmlns=\"urn:other\"/></sheetData></worksheet>";
        assertThrows(Unsupported.class, () -> patched(rebound, marks("A1"), styles(), null));
        String latin = "<?xml version=\"1.0\" encoding=\"GB18030\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData/></worksheet>";
        assertThrows(Unsupported.class, () -> patched(latin, marks("A1"), styles(), null));
        String reference = "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"&#49;\"/></sheetData></worksheet>";
        assertThrows(Unsupported.class, () -> patched(reference, marks("A1"), styles(), null));
        byte[] utf16 = ("<worksheet xmlns=\"" + MAIN + "\"><sheetData/></worksheet>").getBytes(StandardCharsets.UTF_16);
        assertThrows(Unsupported.class, () -> SheetPatch.patch(utf16, "sheet1.xml", marks("A1"), styles(), null));
        String strict = "<worksheet xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\"><sheetData/></worksheet>";
        assertThrows(Unsupported.class, () -> patched(strict, marks("A1"), styles(), null));
    }

    /**
     * Over the worksheets of the seed workbooks, generated reports and sheets as other programs write them, with
     * marks on cells that exist, cells missing from existing rows and rows the sheet lacks: the patched sheet has
     * every cell of the original with its contents and attributes, the marked ones with the marked format, the
     * missing ones put in, and everything outside the sheet data unchanged.
     */
    @Test
    void every_sheet_should_keep_everything_but_what_is_marked() throws Exception {
        List<byte[]> sheets = new ArrayList<>();
        List<byte[]> packages = new ArrayList<>();
        SeedWorkbooks.all().values().forEach(wb -> packages.add(wb.toXlsx()));
        packages.addAll(GeneratedReport.wrongXlsx(3));
        for (byte[] p : packages) {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(p))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    if (e.getName().startsWith("xl/worksheets/sheet")) {
                        sheets.add(zip.readAllBytes());
                    }
                }
            }
        }
        sheets.add(("<x:worksheet xmlns:x=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><x:sheetViews><x:sheetView tabSelected=\"1\"/>"
                + "</x:sheetViews><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c t=\"s\"><x:v>0</x:v></x:c></x:row><x:row r=\"4\" "
                + "s=\"1\" customFormat=\"1\"><x:c r=\"C4\"><x:f t=\"shared\" si=\"0\" ref=\"C4:C9\">A4</x:f></x:c><x:extLst/>"
                + "</x:row></x:sheetData><x:tableParts count=\"0\"/></x:worksheet>").getBytes(StandardCharsets.UTF_8));
        Random random = new Random(7);
        for (byte[] sheet : sheets) {
            Document in = Dom.parse(sheet, "in");
            Map<String, Element> before = cellsByRef(in);
            List<String> refs = new ArrayList<>(before.keySet());
            int lastRow = refs.stream().mapToInt(r -> Integer.parseInt(r.replaceAll("[A-Z]", ""))).max().orElse(1);
            List<String> marked = new ArrayList<>();
            for (int i = 0; i < 6 && !refs.isEmpty(); i++) {
                marked.add(refs.get(random.nextInt(refs.size())));
            }
            marked.add("H" + (1 + random.nextInt(lastRow)));
            marked.add("H4"); // the hand-written sheet's row 4 has a format of its own
            marked.add("A" + (lastRow + 2));
            StylesPatch styles = styles();
            Map<CellRef, Severity> marks = marks(marked.stream().distinct().toArray(String[]::new));
            Document out = Dom.parse(SheetPatch.patch(sheet, "sheet.xml", marks, styles, "rId9"), "out");
            Map<String, Element> after = cellsByRef(out);
            for (Map.Entry<CellRef, Severity> m : marks.entrySet()) {
                String ref = m.getKey().a1().substring(2);
                Element original = before.get(ref);
                int xf = original != null ? (original.hasAttribute("s") ? Integer.parseInt(original.getAttribute("s")) : 0)
                        : rowFormat(in, m.getKey().row() + 1); // a cell put in takes its row's format, if the row has one
                assertEquals(Integer.toString(styles.marked(xf, m.getValue())), after.get(ref).getAttribute("s"), ref);
            }
            for (Map.Entry<String, Element> cell : before.entrySet()) {
                Element a = cell.getValue();
                Element b = after.get(cell.getKey());
                assertEquals(a.getTextContent(), b.getTextContent(), cell.getKey());
                for (int i = 0; i < a.getAttributes().getLength(); i++) {
                    String name = a.getAttributes().item(i).getNodeName();
                    if (!name.equals("r") && !(name.equals("s") && marks.keySet().stream().anyMatch(k -> k.a1().substring(2).equals(cell.getKey())))) {
                        assertEquals(a.getAttribute(name), b.getAttribute(name), cell.getKey() + " @" + name);
                    }
                }
            }
            long added = marks.keySet().stream().filter(k -> !before.containsKey(k.a1().substring(2))).count();
            assertEquals(before.size() + added, after.size());
            assertEquals(outsideSheetData(in), outsideSheetData(out));
        }
    }

    /** The format a row gives the cells put in it (its s with customFormat="1"), else 0. */
    private static int rowFormat(Document doc, int rowNumber) {
        int r = 0;
        NodeList rows = doc.getElementsByTagNameNS(MAIN, "row");
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            r = row.hasAttribute("r") ? Integer.parseInt(row.getAttribute("r")) : r + 1;
            if (r == rowNumber) {
                return "1".equals(row.getAttribute("customFormat")) && row.hasAttribute("s") ? Integer.parseInt(row.getAttribute("s")) : 0;
            }
        }
        return 0;
    }

    /** Cells by their reference (implicit ones worked out as the reader does). */
    private static Map<String, Element> cellsByRef(Document doc) {
        Map<String, Element> cells = new LinkedHashMap<>();
        int r = 0;
        NodeList rows = doc.getElementsByTagNameNS(MAIN, "row");
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            r = row.hasAttribute("r") ? Integer.parseInt(row.getAttribute("r")) : r + 1;
            int c = -1;
            for (Element cell : Dom.children(row, "c")) {
                c = cell.hasAttribute("r") ? CellAddress.column(cell.getAttribute("r")) : c + 1;
                cells.put(CellRef.column(c) + r, cell);
            }
        }
        return cells;
    }

    /** The sheet without its sheet data, its comments' drawing and tab selection, written out. */
    private static String outsideSheetData(Document doc) {
        Element root = doc.getDocumentElement();
        root.removeChild(Dom.child(root, "sheetData"));
        Element drawing = Dom.child(root, "legacyDrawing");
        if (drawing != null) {
            root.removeChild(drawing);
        }
        NodeList views = doc.getElementsByTagNameNS(MAIN, "sheetView");
        for (int i = 0; i < views.getLength(); i++) {
            ((Element) views.item(i)).removeAttribute("tabSelected");
        }
        root.removeAttribute("xmlns:r");
        return new String(Dom.write(doc), StandardCharsets.UTF_8);
    }
}

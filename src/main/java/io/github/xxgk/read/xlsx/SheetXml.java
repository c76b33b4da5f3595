package io.github.xxgk.read.xlsx;

import io.github.xxgk.read.ActiveContent;
import io.github.xxgk.read.SheetGridBuilder;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Streams a worksheet's XML into a {@link RawSheet}: the rows of its (first) {@code <sheetData>} numbered as
 * POI's usermodel numbers them (a row or cell without a reference follows the last one), the cells within the
 * dimension limits, the regions of its (first) {@code <mergeCells>}, and every shared and array formula's
 * master wherever it is. Marks the shared strings the kept cells use, and notes a DDE formula anywhere in the part.
 */
final class SheetXml {

    private final XMLStreamReader r;
    private final RawSheet sheet;
    private final BitSet strings;
    /** The formulas outside the cells read, looked at for DDE as {@link #skip} passes over them. */
    private final ActiveContent.FormulaScan formulas = new ActiveContent.FormulaScan();

    private SheetXml(XMLStreamReader r, RawSheet sheet, BitSet strings) {
        this.r = r;
        this.sheet = sheet;
        this.strings = strings;
    }

    /** At the root element of a worksheet part. */
    static RawSheet read(XMLStreamReader r, String name, BitSet strings) throws XMLStreamException {
        SheetXml x = new SheetXml(r, new RawSheet(name), strings);
        boolean data = false;
        boolean merges = false;
        while (Xml.child(r)) {
            String element = r.getLocalName();
            if (!data && element.equals("sheetData")) {
                data = true;
                x.rows();
            } else if (!merges && element.equals("mergeCells")) {
                merges = true;
                x.merges();
            } else {
                x.skip();
            }
        }
        return x.sheet;
    }

    private void rows() throws XMLStreamException {
        while (Xml.child(r)) {
            if (r.getLocalName().equals("row")) {
                row();
            } else {
                skip();
            }
        }
    }

    private void row() throws XMLStreamException {
        String ref = Xml.attr(r, "r");
        int index = ref == null ? sheet.lastRow + 1 : Math.toIntExact(Long.parseLong(ref) - 1);
        sheet.lastRow = Math.max(sheet.lastRow, index);
        boolean keep = index >= 0 && index < SheetGridBuilder.MAX_ROWS;
        List<RawCell> cells = keep ? new ArrayList<>() : null;
        int maxCol = -1;
        while (Xml.child(r)) {
            if (r.getLocalName().equals("c")) {
                RawCell cell = cell(index, maxCol + 1);
                maxCol = Math.max(maxCol, cell.col());
                if (keep && SheetGridBuilder.kept(index, cell.col())) {
                    cells.add(cell);
                    markString(cell);
                }
            } else {
                skip();
            }
        }
        if (keep) {
            sheet.rows.add(new RawSheet.Row(index, maxCol < 0 ? -1 : maxCol + 1, cells));
        }
    }

    private RawCell cell(int row, int nextCol) throws XMLStreamException {
        String ref = Xml.attr(r, "r");
        String type = Xml.attr(r, "t");
        int col = ref == null ? nextCol : CellAddress.column(ref);
        String value = null;
        boolean hasInline = false;
        String inline = null;
        RawCell.Formula formula = null;
        while (Xml.child(r)) {
            switch (r.getLocalName()) {
                case "v" -> {
                    String v = Xml.text(r);
                    value = value == null ? v : value;
                }
                case "f" -> formula = formula(row, col);
                case "is" -> {
                    hasInline = true;
                    inline = RichText.read(r);
                }
                default -> skip();
            }
        }
        return new RawCell(row, col, type, value, hasInline, inline, formula);
    }

    /** Reads {@code <f>} and notes a shared group's master or an array formula's range, as POI does on reading. */
    private RawCell.Formula formula(int row, int col) throws XMLStreamException {
        String type = Xml.attr(r, "t");
        String ref = Xml.attr(r, "ref");
        String si = Xml.attr(r, "si");
        String text = Xml.text(r, ActiveContent.MAX_FORMULA_CHARS);
        if (text == null) {
            sheet.unchecked = true; // longer than Excel allows: not looked at, and not kept
            text = "";
        }
        dde(text);
        RawCell.Formula f = new RawCell.Formula(type, text, ref, si == null ? 0 : Long.parseLong(si));
        if ("shared".equals(type) && ref != null) {
            int[] range = CellAddress.range(ref);
            // a range that starts before its master cell starts at the master (POI bug 51710)
            sheet.shared.put(f.si(), new RawSheet.SharedMaster(text, Math.max(row, range[0]), Math.max(col, range[2])));
        } else if ("array".equals(type) && ref != null) {
            sheet.arrays.add(new RawSheet.ArrayRange(CellAddress.range(ref), text));
        }
        return f;
    }

    /** Notes a formula that asks another program for data (DDE), wherever in the part it is. */
    private void dde(String formula) {
        if (!sheet.dde && ActiveContent.isDde(formula)) {
            sheet.dde = true;
        }
    }

    /**
     * From a start tag to past its end tag, looking at the text of every formula within for DDE
     * ({@link ActiveContent#holdsFormula}, {@link ActiveContent#formulaAttribute}: outside the cells read, as in a
     * second {@code <sheetData>}, an extension, a conditional format or a data validation).
     */
    private void skip() throws XMLStreamException {
        for (int depth = 1; ; ) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT && --depth == 0) {
                break; // the end of the element skipped, whose start the scan did not see
            }
            formulas.next(event, r);
        }
        sheet.dde |= formulas.dde();
        sheet.unchecked |= formulas.unchecked();
    }

    private void markString(RawCell cell) {
        if ("s".equals(cell.type()) && cell.value() != null) {
            try {
                int index = Integer.parseInt(cell.value());
                if (index >= 0 && index < SharedStrings.maxItems()) {
                    strings.set(index);
                }
            } catch (NumberFormatException e) {
                // not an index: the cell reads empty, as in POI
            }
        }
    }

    private void merges() throws XMLStreamException {
        while (Xml.child(r)) {
            String ref = r.getLocalName().equals("mergeCell") ? Xml.attr(r, "ref") : null;
            if (ref != null) {
                sheet.merges.add(CellAddress.range(ref));
            }
            skip();
        }
    }
}

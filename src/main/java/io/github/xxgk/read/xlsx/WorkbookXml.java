package io.github.xxgk.read.xlsx;

import io.github.xxgk.read.ActiveContent;
import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.read.UnreadableException.Reason;
import io.github.xxgk.sandbox.Detail;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reader takes of the workbook part: the sheets it declares, in order (name and relationship id), and
 * whether a defined name refers to another program (DDE) or is longer than a formula may be (not looked at): a
 * cell that uses such a name (「=数据」) asks for the data without a DDE formula of its own.
 */
final class WorkbookXml {

    record Declared(List<String[]> sheets, boolean dde, boolean unchecked) {
    }

    private WorkbookXml() {
    }

    /** At the root element of the main part; a main part that is no workbook (a Word document renamed) is refused. */
    static Declared read(XMLStreamReader r) throws XMLStreamException, UnreadableException {
        if (!r.getLocalName().equals("workbook")) {
            throw new UnreadableException(Reason.CORRUPT, Detail.of("package.mainNotWorkbook",
                    "the package's main part is a 「" + r.getLocalName() + "」, not a workbook", "element", r.getLocalName()));
        }
        List<String[]> sheets = new ArrayList<>();
        boolean dde = false;
        boolean unchecked = false;
        boolean listed = false; // only the first <sheets> counts, as POI reads it
        while (Xml.child(r)) {
            if (r.getLocalName().equals("sheets") && !listed) {
                listed = true;
                while (Xml.child(r)) {
                    if (r.getLocalName().equals("sheet")) {
                        sheets.add(new String[] {Xml.attr(r, "name"), Xml.qualifiedAttr(r, "id")});
                    }
                    Xml.skip(r);
                }
            } else if (r.getLocalName().equals("definedNames")) {
                while (Xml.child(r)) {
                    if (r.getLocalName().equals("definedName")) {
                        String refersTo = refersTo(r);
                        unchecked |= refersTo == null;
                        dde |= refersTo != null && ActiveContent.isDde(refersTo);
                    } else {
                        Xml.skip(r);
                    }
                }
            } else {
                Xml.skip(r);
            }
        }
        return new Declared(sheets, dde, unchecked);
    }

    /**
     * A defined name's text, or null when it cannot be looked at: longer than {@link ActiveContent#MAX_FORMULA_CHARS},
     * or holding an element (which no name has; read past, not taken as the file being damaged).
     */
    private static String refersTo(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        boolean odd = false;
        for (int event = r.next(); event != XMLStreamConstants.END_ELEMENT; event = r.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                odd = true;
                Xml.skip(r);
            } else if (!odd && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                odd = !ActiveContent.gather(text, r);
            }
        }
        return odd ? null : text.toString();
    }
}

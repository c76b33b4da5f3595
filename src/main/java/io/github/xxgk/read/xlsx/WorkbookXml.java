package io.github.xxgk.read.xlsx;

import io.github.xxgk.read.ActiveContent;
import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.read.UnreadableException.Reason;

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
            throw new UnreadableException(Reason.CORRUPT, "the package's main part is a 「" + r.getLocalName()
                    + "」, not a workbook");
        }
        List<String[]> sheets = new ArrayList<>();
        boolean dde = false;
        boolean unchecked = false;
        while (Xml.child(r)) {
            if (r.getLocalName().equals("sheets")) {
                while (Xml.child(r)) {
                    if (r.getLocalName().equals("sheet")) {
                        sheets.add(new String[] {Xml.attr(r, "name"), Xml.qualifiedAttr(r, "id")});
                    }
                    Xml.skip(r);
                }
            } else if (r.getLocalName().equals("definedNames")) {
                while (Xml.child(r)) {
                    if (r.getLocalName().equals("definedName")) {
                        String refersTo = Xml.text(r, ActiveContent.MAX_FORMULA_CHARS);
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
}

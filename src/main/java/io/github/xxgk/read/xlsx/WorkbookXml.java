package io.github.xxgk.read.xlsx;

import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.read.UnreadableException.Reason;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.List;

/** The sheets a workbook part declares, in order: name and relationship id. */
final class WorkbookXml {

    private WorkbookXml() {
    }

    /** At the root element of the main part; a main part that is no workbook (a Word document renamed) is refused. */
    static List<String[]> sheets(XMLStreamReader r) throws XMLStreamException, UnreadableException {
        if (!r.getLocalName().equals("workbook")) {
            throw new UnreadableException(Reason.CORRUPT, "the package's main part is a 「" + r.getLocalName()
                    + "」, not a workbook");
        }
        List<String[]> sheets = new ArrayList<>();
        while (Xml.child(r)) {
            if (r.getLocalName().equals("sheets")) {
                while (Xml.child(r)) {
                    if (r.getLocalName().equals("sheet")) {
                        sheets.add(new String[] {Xml.attr(r, "name"), Xml.qualifiedAttr(r, "id")});
                    }
                    Xml.skip(r);
                }
                return sheets; // nothing after the sheets is needed
            }
            Xml.skip(r);
        }
        return sheets;
    }
}

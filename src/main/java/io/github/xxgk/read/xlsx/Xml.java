package io.github.xxgk.read.xlsx;

import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.read.UnreadableException.Reason;
import io.github.xxgk.sandbox.Detail;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;

/**
 * StAX as the parts of a package are read with it: Woodstox, no DTD (a part that declares one is
 * refused, so no entity, internal or external, is ever expanded), bounded element depth.
 */
final class Xml {


    /** One factory per thread: creating one looks up the implementation each time. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XmlFactory::create);

    private Xml() {
    }

    /** A reader positioned at the part's root element. */
    static XMLStreamReader open(InputStream in, String part) throws XMLStreamException, UnreadableException {
        // the bytes as they are: Woodstox decodes them itself (byte-order mark, else the declaration, else UTF-8),
        // and bytes not valid in that encoding are an XMLStreamException, not a line on the console
        XMLStreamReader r = FACTORY.get().createXMLStreamReader(in);
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw new UnreadableException(Reason.CORRUPT, Detail.of("part.dtdWorkbook",
                        part + " declares a DTD, which no workbook part may have", "part", part));
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return r;
            }
        }
        throw new UnreadableException(Reason.CORRUPT, Detail.of("part.noRoot", part + " has no root element", "part", part));
    }

    /** From a start tag to past its end tag, whatever it holds. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * Moves to the next child element of the current element and returns true, or to the element's end tag and
     * returns false; text between children is passed over.
     */
    static boolean child(XMLStreamReader r) throws XMLStreamException {
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    /**
     * At a start tag: the element's text, the reader left at its end tag (as getElementText(), without its
     * synchronized buffer for the one piece of text an element nearly always has).
     */
    static String text(XMLStreamReader r) throws XMLStreamException {
        return text(r, Integer.MAX_VALUE);
    }

    /**
     * As {@link #text(XMLStreamReader)}, for a text that has a length limit (a formula): null when it is longer than
     * {@code max} characters, read to its end tag but not gathered.
     */
    static String text(XMLStreamReader r, int max) throws XMLStreamException {
        String first = null; // most texts are one event: taken as it is
        StringBuilder more = null;
        boolean over = false;
        for (int event = r.next(); event != XMLStreamConstants.END_ELEMENT; event = r.next()) {
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                     XMLStreamConstants.ENTITY_REFERENCE -> {
                    int had = more != null ? more.length() : first != null ? first.length() : 0;
                    over |= (long) had + r.getTextLength() > max;
                    if (over) {
                        first = null;
                        more = null;
                    } else if (first == null && more == null) {
                        first = r.getText();
                    } else {
                        more = (more == null ? new StringBuilder(first) : more).append(r.getText());
                    }
                }
                case XMLStreamConstants.START_ELEMENT ->
                    throw new XMLStreamException("element text holds an element: " + r.getLocalName(), r.getLocation());
                default -> {
                    // comments and processing instructions are not text
                }
            }
        }
        return over ? null : more != null ? more.toString() : first == null ? "" : first;
    }


    /** The value of an attribute without a namespace, or null. */
    static String attr(XMLStreamReader r, String localName) {
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                String ns = r.getAttributeNamespace(i);
                if (ns == null || ns.isEmpty()) {
                    return r.getAttributeValue(i);
                }
            }
        }
        return null;
    }

    /** The value of an attribute in a namespace (r:id, whichever relationships namespace the package uses), or null. */
    static String qualifiedAttr(XMLStreamReader r, String localName) {
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            String ns = r.getAttributeNamespace(i);
            if (r.getAttributeLocalName(i).equals(localName) && ns != null && !ns.isEmpty()) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }
}

package io.github.xxgk.read.xlsx;

import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.read.UnreadableException.Reason;
import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import org.codehaus.stax2.XMLInputFactory2;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * StAX as the parts of a package are read with it: Woodstox, no DTD (a part that declares one is
 * refused, so no entity, internal or external, is ever expanded), bounded element depth.
 */
final class Xml {

    /** Spreadsheet parts nest a few levels deep; rich text in a cell perhaps ten. */
    private static final int MAX_DEPTH = 100;
    /** Bytes enough for the XML declaration. */
    private static final int PROLOG = 256;
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /** One factory per thread: creating one looks up the implementation each time. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(Xml::factory);

    private Xml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = new WstxInputFactory(); // named, not looked up among the providers
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        // a part that is not well-formed fails where it is read, as an XMLStreamException, not later in getText()
        f.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
        return f;
    }

    /** A reader positioned at the part's root element. */
    static XMLStreamReader open(InputStream in, String part) throws XMLStreamException, UnreadableException {
        XMLStreamReader r;
        try {
            r = FACTORY.get().createXMLStreamReader(decoded(in));
        } catch (IOException e) {
            throw new XMLStreamException(part + " cannot be read", e);
        }
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw new UnreadableException(Reason.CORRUPT, part + " declares a DTD, which no workbook part may have");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return r;
            }
        }
        throw new UnreadableException(Reason.CORRUPT, part + " has no root element");
    }

    /**
     * The part's characters, decoded here rather than by the parser: bytes that are not valid in the part's encoding
     * are an exception the reader turns into a finding, where the JDK's parser would also print 「[Fatal Error] …」 to
     * the build log. The encoding is the byte-order mark's, else the XML declaration's, else UTF-8 (as OOXML says).
     */
    static Reader decoded(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 8192);
        b.mark(PROLOG);
        byte[] head = b.readNBytes(PROLOG);
        b.reset();
        Charset charset = StandardCharsets.UTF_8;
        int bom = 0;
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            bom = 3;
        } else if (head.length >= 2 && head[0] == '<' && head[1] == 0) {
            charset = StandardCharsets.UTF_16LE;
        } else if (head.length >= 2 && head[0] == 0 && head[1] == '<') {
            charset = StandardCharsets.UTF_16BE;
        } else {
            charset = declared(new String(head, StandardCharsets.ISO_8859_1));
        }
        b.skipNBytes(bom);
        return new InputStreamReader(b, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The encoding an XML declaration names, when the JVM has it; UTF-8 otherwise. */
    private static Charset declared(String prolog) {
        Matcher m = ENCODING.matcher(prolog);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                // an unknown name: as a part without one
            }
        }
        return StandardCharsets.UTF_8;
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
        String first = null;
        StringBuilder more = null;
        for (int event = r.next(); event != XMLStreamConstants.END_ELEMENT; event = r.next()) {
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                     XMLStreamConstants.ENTITY_REFERENCE -> {
                    if (first == null) {
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
        return more != null ? more.toString() : first == null ? "" : first;
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

package io.github.xxgk.read.xlsx;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import org.codehaus.stax2.XMLInputFactory2;

import javax.xml.stream.XMLInputFactory;

/**
 * The StAX parser for the parts of a workbook package, read or rewritten: Woodstox, named rather than looked up among
 * the providers, no DTD (one declared is an event the caller refuses, so no entity is ever expanded), element depth
 * bounded, and a part that is not well-formed failing where it is read, as an XMLStreamException, not later in
 * getText(). Woodstox creates a reader per part for a fraction of what the JDK's costs (it recycles its buffers) and
 * decodes the bytes itself (byte-order mark, declaration, UTF-8).
 */
public final class XmlFactory {

    /** Spreadsheet parts nest a few levels deep; rich text in a cell perhaps ten. */
    static final int MAX_DEPTH = 100;

    private XmlFactory() {
    }

    /** A new factory; keep one per thread (a factory looks its settings up for every reader it makes). */
    public static XMLInputFactory create() {
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        f.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
        return f;
    }
}

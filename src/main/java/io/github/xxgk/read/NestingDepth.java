package io.github.xxgk.read;

import io.github.xxgk.sandbox.Deadline;
import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.sandbox.LimitExceeded;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;

/**
 * How deep a document's tables nest, found in one flat pass before the document is parsed into a tree: POI builds
 * a nested .docx table by recursion (2,000 levels overflow the stack), and the work of reading nested HTML tables
 * grows with the square of their depth. A report nests a layout table or two; past
 * {@link ReadLimits#tableDepth} levels the file is refused before it is parsed.
 */
public final class NestingDepth {

    private NestingDepth() {
    }

    /** Throws {@link LimitExceeded} (DEPTH) when elements named {@code localName} nest too deep in the XML. */
    public static void checkXml(InputStream in, String localName) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty("jdk.xml.maxElementDepth", 0); // this pass is what limits the depth; it keeps no tree
        XMLStreamReader r = f.createXMLStreamReader(in);
        try {
            int depth = 0;
            for (long events = 1; r.hasNext(); events++) {
                int event = r.next();
                if ((events & 4095) == 0) {
                    Deadline.check();
                }
                if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(localName)) {
                    over(++depth);
                } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals(localName)) {
                    depth--;
                }
            }
        } finally {
            r.close();
        }
    }

    /** Throws {@link LimitExceeded} (DEPTH) when {@code <table>} tags nest too deep in the HTML text (unclosed ones count). */
    public static void checkHtml(String html) {
        int depth = 0;
        int tags = 0;
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            if ((++tags & 4095) == 0) {
                Deadline.check(); // a long text of many tags looks at the file's deadline as it goes
            }
            boolean close = i + 1 < html.length() && html.charAt(i + 1) == '/';
            int name = close ? i + 2 : i + 1;
            if (html.regionMatches(true, name, "table", 0, 5)
                    && (name + 5 == html.length() || !Character.isLetterOrDigit(html.charAt(name + 5)))) {
                depth = close ? Math.max(0, depth - 1) : depth + 1;
                over(depth);
            }
        }
    }

    private static void over(int depth) {
        if (depth > ReadLimits.current().tableDepth()) {
            throw new LimitExceeded(LimitExceeded.Limit.DEPTH, Detail.of("nesting.tables", "tables nested over "
                    + ReadLimits.current().tableDepth() + " levels deep, the most that is read",
                    "depth", ReadLimits.current().tableDepth()));
        }
    }
}

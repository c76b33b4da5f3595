package io.github.xxgk.report.xlsx;

import io.github.xxgk.read.xlsx.XmlFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.DOMException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The small parts of a package the writer changes, as DOM trees: parsed without DTDs or entities, written back as
 * they were read (prefixes and namespace declarations kept), with {@link XmlText}'s escaping.
 */
final class Dom {

    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(Dom::builder);
    private static final ThreadLocal<XMLInputFactory> STAX = ThreadLocal.withInitial(() -> {
        XMLInputFactory f = XmlFactory.create();
        f.setProperty(XMLInputFactory.IS_COALESCING, true); // one text node per run of text
        return f;
    });

    private Dom() {
    }

    /** Only to make documents: the parts are parsed by Woodstox. */
    private static DocumentBuilder builder() {
        try {
            return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The part as a tree, built from Woodstox's events: the parts are small, and a Woodstox reader per part costs a
     * fraction of a DOM parse (no DTD is read; one declared is refused, as is any entity it would define).
     */
    static Document parse(byte[] xml, String part) throws Unsupported {
        try {
            XMLStreamReader r = STAX.get().createXMLStreamReader(new ByteArrayInputStream(xml));
            Document doc = BUILDER.get().newDocument();
            Node current = doc;
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Element e = doc.createElementNS(blankToNull(r.getNamespaceURI()), qname(r.getPrefix(), r.getLocalName()));
                        for (int i = 0; i < r.getNamespaceCount(); i++) {
                            String p = r.getNamespacePrefix(i);
                            e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI,
                                    p == null || p.isEmpty() ? "xmlns" : "xmlns:" + p, r.getNamespaceURI(i));
                        }
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            e.setAttributeNS(blankToNull(r.getAttributeNamespace(i)),
                                    qname(r.getAttributePrefix(i), r.getAttributeLocalName(i)), r.getAttributeValue(i));
                        }
                        current.appendChild(e);
                        current = e;
                    }
                    case XMLStreamConstants.END_ELEMENT -> current = current.getParentNode();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (current != doc) { // whitespace around the root is not kept, as with a DOM parse
                            current.appendChild(doc.createTextNode(r.getText()));
                        }
                    }
                    case XMLStreamConstants.COMMENT -> current.appendChild(doc.createComment(r.getText()));
                    case XMLStreamConstants.PROCESSING_INSTRUCTION ->
                        current.appendChild(doc.createProcessingInstruction(r.getPITarget(), r.getPIData()));
                    case XMLStreamConstants.DTD -> throw new Unsupported(part + " declares a DTD");
                    default -> {
                        // the document's start and end
                    }
                }
            }
            r.close();
            if (doc.getDocumentElement() == null) {
                throw new Unsupported(part + " has no root element");
            }
            return doc;
        } catch (XMLStreamException | DOMException e) {
            throw new Unsupported(part + " is not well-formed XML");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String qname(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    static byte[] write(Document doc) {
        StringBuilder out = new StringBuilder(1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        for (Node n = doc.getFirstChild(); n != null; n = n.getNextSibling()) {
            write(out, n);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(StringBuilder out, Node node) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> {
                out.append('<').append(node.getNodeName());
                NamedNodeMap attrs = node.getAttributes();
                for (int i = 0; i < attrs.getLength(); i++) {
                    Attr a = (Attr) attrs.item(i);
                    out.append(' ').append(a.getName()).append("=\"");
                    XmlText.attr(out, a.getValue()).append('"');
                }
                if (node.getFirstChild() == null) {
                    out.append("/>");
                    return;
                }
                out.append('>');
                for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
                    write(out, c);
                }
                out.append("</").append(node.getNodeName()).append('>');
            }
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> XmlText.text(out, node.getNodeValue());
            case Node.COMMENT_NODE -> out.append("<!--").append(node.getNodeValue().replace("--", "- -")).append("-->");
            case Node.PROCESSING_INSTRUCTION_NODE ->
                out.append("<?").append(node.getNodeName()).append(' ').append(node.getNodeValue()).append("?>");
            default -> {
                // entity references cannot occur: no DTD is read
            }
        }
    }

    /** The element children of an element. */
    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        for (Element e : children(parent)) {
            if (localName.equals(e.getLocalName())) {
                children.add(e);
            }
        }
        return children;
    }

    /** The first child of that local name, or null. */
    static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** A new element in the namespace and with the prefix of {@code like} (the part's root, usually). */
    static Element create(Element like, String localName) {
        String prefix = like.getPrefix();
        return like.getOwnerDocument().createElementNS(like.getNamespaceURI(),
                prefix == null ? localName : prefix + ":" + localName);
    }

    /**
     * The prefix bound to a namespace at the root, declaring {@code wanted} there when none is: the attributes the
     * writer adds (r:id) must have their namespace declared.
     */
    static String prefix(Element root, String namespace, String wanted) {
        String p = root.lookupPrefix(namespace);
        if (p != null) {
            return p;
        }
        String free = wanted;
        for (int i = 2; root.lookupNamespaceURI(free) != null; i++) {
            free = wanted + i;
        }
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + free, namespace);
        return free;
    }
}

package io.github.xxgk.report.xlsx;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The small parts of a package the writer changes, as DOM trees: parsed without DTDs or entities, written back as
 * they were read (prefixes and namespace declarations kept), with {@link XmlText}'s escaping.
 */
final class Dom {

    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(Dom::builder);

    private Dom() {
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            // the parts are small: a tree built at once costs less than the deferred one's node tables
            f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Document parse(byte[] xml, String part) throws Unsupported {
        DocumentBuilder b = BUILDER.get();
        b.reset();
        b.setErrorHandler(null);
        try {
            return b.parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new Unsupported(part + " is not well-formed XML");
        }
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

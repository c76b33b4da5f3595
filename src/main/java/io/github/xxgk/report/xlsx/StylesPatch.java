package io.github.xxgk.report.xlsx;

import io.github.xxgk.check.Severity;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook's styles part with what the annotated copy adds: the red and amber fills, a copy of each cell
 * format a marked cell has with the fill set, and the two formats of the findings sheet (wrapped, top-aligned;
 * the header bold). Everything the workbook had keeps its index.
 */
final class StylesPatch {

    private final Document doc;
    private final Element root;
    private final Element fills;
    private final Element fonts;
    private final Element cellXfs;
    private final List<Element> xfs;
    private final Map<Severity, Integer> fillIds = new HashMap<>();
    private final Map<String, Integer> marked = new HashMap<>();
    private int added;
    private int header = -1;
    private int body = -1;

    StylesPatch(Document doc) throws Unsupported {
        this.doc = doc;
        this.root = doc.getDocumentElement();
        this.fills = Dom.child(root, "fills");
        this.fonts = Dom.child(root, "fonts");
        this.cellXfs = Dom.child(root, "cellXfs");
        if (!"styleSheet".equals(root.getLocalName()) || fills == null || fonts == null || cellXfs == null
                || Dom.children(fonts, "font").isEmpty() || Dom.children(cellXfs, "xf").isEmpty()) {
            throw new Unsupported("the styles part lacks fills, fonts or cell formats");
        }
        this.xfs = Dom.children(cellXfs, "xf");
    }

    /** The index of cell format {@code xf} with the fill of {@code severity}. */
    int marked(int xf, Severity severity) {
        int from = xf >= 0 && xf < xfs.size() ? xf : 0;
        return marked.computeIfAbsent(from + ":" + severity, k -> {
            Element copy = (Element) xfs.get(from).cloneNode(true);
            copy.setAttribute("fillId", Integer.toString(fill(severity)));
            copy.setAttribute("applyFill", "1");
            return append(copy);
        });
    }

    /** The findings sheet's format: wrapped text at the top of the cell, bold for the header row. */
    int findings(boolean bold) {
        if (bold && header < 0) {
            header = append(wrapped(font()));
        } else if (!bold && body < 0) {
            body = append(wrapped(-1));
        }
        return bold ? header : body;
    }

    Document finish() {
        fills.setAttribute("count", Integer.toString(Dom.children(fills, "fill").size()));
        fonts.setAttribute("count", Integer.toString(Dom.children(fonts, "font").size()));
        cellXfs.setAttribute("count", Integer.toString(xfs.size() + added));
        return doc;
    }

    private int append(Element xf) {
        cellXfs.appendChild(xf);
        return xfs.size() + added++;
    }

    private int fill(Severity severity) {
        return fillIds.computeIfAbsent(severity, s -> {
            Element fill = Dom.create(root, "fill");
            Element pattern = Dom.create(root, "patternFill");
            pattern.setAttribute("patternType", "solid");
            Element fg = Dom.create(root, "fgColor");
            fg.setAttribute("indexed", Short.toString(s == Severity.ERROR ? IndexedColors.ROSE.getIndex()
                    : IndexedColors.LIGHT_ORANGE.getIndex()));
            Element bg = Dom.create(root, "bgColor");
            bg.setAttribute("indexed", "64");
            pattern.appendChild(fg);
            pattern.appendChild(bg);
            fill.appendChild(pattern);
            int id = Dom.children(fills, "fill").size();
            fills.appendChild(fill);
            return id;
        });
    }

    /** The workbook's default font, bold; its index. */
    private int font() {
        Element bold = (Element) Dom.children(fonts, "font").get(0).cloneNode(true);
        if (Dom.child(bold, "b") == null) {
            bold.insertBefore(Dom.create(root, "b"), bold.getFirstChild());
        }
        int id = Dom.children(fonts, "font").size();
        fonts.appendChild(bold);
        return id;
    }

    private Element wrapped(int font) {
        Element xf = Dom.create(root, "xf");
        xf.setAttribute("numFmtId", "0");
        xf.setAttribute("fontId", Integer.toString(Math.max(font, 0)));
        xf.setAttribute("fillId", "0");
        xf.setAttribute("borderId", "0");
        xf.setAttribute("xfId", "0");
        if (font >= 0) {
            xf.setAttribute("applyFont", "1");
        }
        xf.setAttribute("applyAlignment", "1");
        Element alignment = Dom.create(root, "alignment");
        alignment.setAttribute("vertical", "top");
        alignment.setAttribute("wrapText", "1");
        xf.appendChild(alignment);
        return xf;
    }
}

package io.github.xxgk.read.pdf;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The characters of one page with their positions (PDFBox's text extraction, overlapping duplicates of fake bold
 * removed), in page space with the origin at the top left.
 */
final class PageText extends PDFTextStripper {

    private static final int MAX_GLYPHS = 200_000;

    private final PdfBudget budget;
    private final List<Glyph> glyphs = new ArrayList<>();
    private int pageNo;

    PageText(PdfBudget budget) {
        this.budget = budget;
    }

    List<Glyph> glyphs(PDDocument doc, int pageNo) throws IOException {
        this.pageNo = pageNo;
        glyphs.clear();
        setStartPage(pageNo);
        setEndPage(pageNo);
        writeText(doc, new StringWriter());
        return List.copyOf(glyphs);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.operator(pageNo);
        super.processOperator(operator, operands);
    }

    /** Text drawn outside the clipping area is not on the page (Calc draws a merged cell's text cut by a page break on both pages). */
    @Override
    protected void processTextPosition(TextPosition text) {
        java.awt.geom.Rectangle2D clip = getGraphicsState().getCurrentClippingPath().getBounds2D();
        org.apache.pdfbox.pdmodel.common.PDRectangle box = getCurrentPage().getCropBox();
        double x = box.getLowerLeftX() + text.getX() + text.getWidth() / 2;
        double y = box.getUpperRightY() - text.getY() + text.getHeight() / 2;
        if (clip.isEmpty() || clip.contains(x, y)) {
            super.processTextPosition(text);
        }
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
            String u = p.getUnicode();
            if (u == null || u.isEmpty() || u.isBlank() && !u.equals(" ")) {
                continue; // a printed space is kept: it separates words where the gap alone is narrow
            }
            glyphs.add(new Glyph(u, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), p.getHeightDir(),
                    p.getFontSizeInPt()));
            PdfBudget.count("characters", "characters", pageNo, glyphs.size(), MAX_GLYPHS);
        }
    }
}

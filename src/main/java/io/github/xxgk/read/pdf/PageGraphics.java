package io.github.xxgk.read.pdf;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines and pictures one page draws: every stroked or thin filled horizontal and vertical segment becomes a
 * {@link Ruling} (cell borders, drawn as lines by Word and LibreOffice, as thin rectangles by others), every image
 * its area. Text is left to {@link PageText}; images are never decoded.
 */
final class PageGraphics extends PDFGraphicsStreamEngine {

    /** A filled rectangle this thin (points) is a line. */
    private static final float THIN = 2.5f;
    private static final int MAX_RULINGS = 100_000;

    private final int pageNo;
    private final PdfBudget budget;
    private final float left;
    private final float top;
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<float[]> path = new ArrayList<>(); // segments x1,y1,x2,y2 in page space
    private final List<float[]> rects = new ArrayList<>(); // rectangles x1,y1,x2,y2
    private float imageArea;
    private Point2D current = new Point2D.Float();
    private Point2D start = new Point2D.Float();

    PageGraphics(PDPage page, int pageNo, PdfBudget budget) {
        super(page);
        PDRectangle box = page.getCropBox();
        this.pageNo = pageNo;
        this.budget = budget;
        this.left = box.getLowerLeftX();
        this.top = box.getUpperRightY();
    }

    List<Ruling> rulings() throws IOException {
        processPage(getPage());
        return rulings;
    }

    /** The area (square points) the page's images cover, after {@link #rulings()}. */
    float imageArea() {
        return imageArea;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.operator(pageNo);
        super.processOperator(operator, operands);
    }

    private float px(Point2D p) {
        return (float) p.getX() - left;
    }

    private float py(Point2D p) {
        return top - (float) p.getY();
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rects.add(new float[] {Math.min(px(p0), px(p2)), Math.min(py(p0), py(p2)), Math.max(px(p0), px(p2)),
            Math.max(py(p0), py(p2))});
        current = p0;
        start = p0;
    }

    @Override
    public void drawImage(PDImage image) {
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        imageArea += Math.abs(m.getScalingFactorX() * m.getScalingFactorY());
    }

    @Override
    public void clip(int windingRule) {
        // a clip draws nothing
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        start = current;
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D to = new Point2D.Float(x, y);
        path.add(new float[] {px(current), py(current), px(to), py(to)});
        current = to;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (!current.equals(start)) {
            lineTo((float) start.getX(), (float) start.getY());
        }
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        for (float[] s : path) {
            segment(s[0], s[1], s[2], s[3]);
        }
        for (float[] r : rects) {
            if (r[2] - r[0] <= THIN || r[3] - r[1] <= THIN) {
                thin(r);
            } else {
                segment(r[0], r[1], r[2], r[1]);
                segment(r[0], r[3], r[2], r[3]);
                segment(r[0], r[1], r[0], r[3]);
                segment(r[2], r[1], r[2], r[3]);
            }
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (float[] r : rects) {
            thin(r);
        }
        if (!path.isEmpty()) { // a polygon: a thin axis-aligned one is a line
            float x1 = Float.MAX_VALUE;
            float y1 = Float.MAX_VALUE;
            float x2 = -Float.MAX_VALUE;
            float y2 = -Float.MAX_VALUE;
            for (float[] s : path) {
                x1 = Math.min(x1, Math.min(s[0], s[2]));
                y1 = Math.min(y1, Math.min(s[1], s[3]));
                x2 = Math.max(x2, Math.max(s[0], s[2]));
                y2 = Math.max(y2, Math.max(s[1], s[3]));
            }
            thin(new float[] {x1, y1, x2, y2});
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // a gradient is no border
    }

    private void thin(float[] r) {
        float w = r[2] - r[0];
        float h = r[3] - r[1];
        if (h <= THIN && w > h) {
            add(new Ruling(true, (r[1] + r[3]) / 2, r[0], r[2]));
        } else if (w <= THIN && h > w) {
            add(new Ruling(false, (r[0] + r[2]) / 2, r[1], r[3]));
        }
    }

    private void segment(float x1, float y1, float x2, float y2) {
        if (Math.abs(y1 - y2) < 0.5f && Math.abs(x1 - x2) >= 1) {
            add(new Ruling(true, (y1 + y2) / 2, x1, x2));
        } else if (Math.abs(x1 - x2) < 0.5f && Math.abs(y1 - y2) >= 1) {
            add(new Ruling(false, (x1 + x2) / 2, y1, y2));
        }
    }

    private void add(Ruling r) {
        rulings.add(r);
        PdfBudget.count("lines", "drawn lines", pageNo, rulings.size(), MAX_RULINGS);
    }

    private void clear() {
        path.clear();
        rects.clear();
    }
}

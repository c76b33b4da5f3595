package io.github.xxgk.read.pdf;

import io.github.xxgk.read.doc.DocumentGridBuilder;
import io.github.xxgk.table.Grid;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the pages of a PDF, one after the other, as a document: each drawn table a table of the grid (「表格1」,
 * 「表格2」…, as a Word document's), a table that ends one page and opens the next (running headers and footers
 * aside) continued as one table; the lines outside tables joined into paragraphs where a line runs to the right
 * margin and the next goes on.
 */
final class PdfGridAssembler {

    /** A page read: its number, height, characters and drawn tables (top to bottom). */
    record Page(int no, float width, float height, List<Glyph> glyphs, List<TableFrame> frames) {
    }

    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])");

    private final DocumentGridBuilder b = new DocumentGridBuilder("表格1");
    private final TableRows table = new TableRows();
    private final StringBuilder paragraph = new StringBuilder();
    private int tables;
    private int paragraphs;
    /** Paragraphs that are not a table's title right above it: without one the PDF is a printed workbook. */
    private int narrative;
    private final List<Grid.TextLine> text = new ArrayList<>();
    /** The last thing laid out was a table, with nothing after it on its page. */
    private boolean tableOpen;
    private int lastTableParagraphs;

    Grid assemble(List<Page> pages) {
        List<List<List<Glyph>>> lines = new ArrayList<>();
        List<Float> heights = new ArrayList<>();
        List<List<List<Glyph>>> inside = new ArrayList<>();
        for (Page page : pages) {
            List<Glyph> outside = new ArrayList<>();
            List<List<Glyph>> in = new ArrayList<>();
            for (int i = 0; i < page.frames().size(); i++) {
                in.add(new ArrayList<>());
            }
            for (Glyph g : page.glyphs()) {
                int f = frameOf(page.frames(), g);
                (f < 0 ? outside : in.get(f)).add(g);
            }
            lines.add(Lines.of(outside));
            heights.add(page.height());
            inside.add(in);
        }
        lines = PageFurniture.remove(lines, heights);
        for (int p = 0; p < pages.size(); p++) {
            page(pages.get(p), lines.get(p), inside.get(p));
        }
        endTable();
        endParagraph();
        if (narrative > 0) { // a printed workbook has no narrative: only documents are checked as documents
            text.forEach(t -> b.text(t.line(), t.text()));
        }
        return b.build();
    }

    int tables() {
        return tables;
    }

    private void page(Page page, List<List<Glyph>> lines, List<List<Glyph>> inside) {
        float margin = page.width() * 0.6f; // the right margin of the text: where its full lines end
        for (List<Glyph> line : lines) {
            margin = Math.max(margin, line.get(line.size() - 1).right());
        }
        int l = 0;
        boolean first = true;
        for (int f = 0; f < page.frames().size(); f++) {
            TableFrame frame = page.frames().get(f);
            while (l < lines.size() && lines.get(l).get(0).baseline() < frame.top()) {
                text(lines.get(l++), margin);
                first = false;
            }
            boolean continued = first && tableOpen; // a table that goes on from the page before continues it
            if (!continued) {
                endTable();
                title();
                b.table("表格" + (++tables));
            }
            frame.fill(inside.get(f));
            table.add(frame, page.no(), continued);
            tableOpen = true;
            first = false;
        }
        while (l < lines.size()) {
            text(lines.get(l++), margin);
        }
    }

    private static int frameOf(List<TableFrame> frames, Glyph g) {
        for (int i = 0; i < frames.size(); i++) {
            if (frames.get(i).contains(g)) {
                return i;
            }
        }
        return -1;
    }

    private void endTable() {
        table.writeTo(b);
    }

    private void text(List<Glyph> line, float margin) {
        if (tableOpen) {
            endTable();
        }
        tableOpen = false;
        String t = Lines.text(line).strip();
        if (t.isEmpty()) {
            return;
        }
        if (HEADING.matcher(t).find()) {
            endParagraph(); // a numbered heading starts a paragraph, whatever the line above
        }
        paragraph.append(t);
        Glyph last = line.get(line.size() - 1);
        if (last.right() < margin - 2 * last.size()) { // a short line ends its paragraph
            endParagraph();
        }
    }

    private void endParagraph() {
        if (paragraph.length() > 0) {
            text.add(new Grid.TextLine(++paragraphs, paragraph.toString()));
            paragraph.setLength(0);
            narrative++;
        }
    }

    /** The paragraph right above a table: its title when it is the only paragraph since the last table. */
    private void title() {
        endParagraph();
        if (paragraphs - lastTableParagraphs == 1) {
            narrative--;
        }
        lastTableParagraphs = paragraphs;
    }
}

package io.github.xxgk.read.doc;

import io.github.xxgk.read.DeadlineInputStream;
import io.github.xxgk.read.NestingDepth;
import io.github.xxgk.read.SourceFile;
import io.github.xxgk.read.SourceReader;
import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.table.Grid;
import io.github.xxgk.table.GridCell;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A report page saved from a government website: every {@code <table>} (nested layout tables included) becomes a
 * table of the grid with rowspan and colspan expanded; paragraphs and headings outside tables are the narrative.
 * The encoding is the page's declared one, else UTF-8 where the bytes are UTF-8, else GB18030.
 */
public final class HtmlReader implements SourceReader {

    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?[\\w-]+");
    private static final int MAX_SPAN = 100;

    @Override
    public boolean accepts(SourceFile file) {
        return file.extension().equals("html") || file.extension().equals("htm");
    }

    @Override
    public Grid read(SourceFile file) throws UnreadableException {
        byte[] content = TextReader.content(file);
        NestingDepth.checkHtml(new String(content, StandardCharsets.ISO_8859_1)); // tag names are ASCII in any encoding
        Document doc;
        try {
            doc = Jsoup.parse(new DeadlineInputStream(new ByteArrayInputStream(content)), charset(content), "");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException(UnreadableException.Reason.CORRUPT, Detail.of("html.unparsable", "the page cannot be parsed"), e);
        }
        DocumentGridBuilder b = new DocumentGridBuilder("表格1");
        int n = 0;
        for (Element table : doc.select("table")) {
            b.table("表格" + (++n));
            rows(table, b);
        }
        int line = 0;
        for (Element e : doc.select("h1, h2, h3, h4, h5, h6, p, li, div:not(:has(div, p, table, li))")) {
            line++;
            if (e.closest("table") == null) {
                b.text(line, e.text());
            }
        }
        return b.build();
    }

    /** The table's own rows (not those of nested tables), spans expanded into a grid. */
    private static void rows(Element table, DocumentGridBuilder b) {
        Elements trs = table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr");
        Map<Integer, Span> pending = new HashMap<>(); // column → a rowspan cell still covering it
        for (Element tr : trs) {
            int col = 0;
            for (Element td : tr.select("> td, > th")) {
                col = fill(pending, b, col);
                int colspan = span(td.attr("colspan"));
                int rowspan = span(td.attr("rowspan"));
                GridCell origin = b.cell(td.text(), 0);
                if (origin == null) {
                    break; // past the cells and rows a table is read to
                }
                if (rowspan > 1) {
                    pending.put(col, new Span(origin, rowspan - 1, colspan));
                }
                for (int i = 1; i < colspan; i++) {
                    b.mergedCell(origin, 0);
                }
                col += colspan;
            }
            fill(pending, b, col);
            pending.values().removeIf(s -> s.rows <= 0);
            b.endRow();
        }
    }

    /** Emits the cells that rowspans from rows above cover at the current column. */
    private static int fill(Map<Integer, Span> pending, DocumentGridBuilder b, int col) {
        Span s;
        while ((s = pending.get(col)) != null && s.rows > 0) {
            for (int i = 0; i < s.cols; i++) {
                b.mergedCell(s.origin, 0);
            }
            s.rows--;
            col += s.cols;
        }
        return col;
    }

    private static final class Span {
        final GridCell origin;
        int rows;
        final int cols;

        Span(GridCell origin, int rows, int cols) {
            this.origin = origin;
            this.rows = rows;
            this.cols = cols;
        }
    }

    private static int span(String attr) {
        try {
            return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(attr.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** null lets jsoup use the declared charset; undeclared non-UTF-8 pages from Chinese sites are GBK. */
    static String charset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
        if (META_CHARSET.matcher(head).find()) {
            return null;
        }
        return TextReader.decode(content).equals(new String(content, StandardCharsets.UTF_8)) ? "UTF-8" : "GB18030";
    }
}

package io.github.xxgk.read.pdf;

import io.github.xxgk.fixtures.SourceFiles;
import io.github.xxgk.fixtures.TablePdf;
import io.github.xxgk.read.ReadLimits;
import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.read.UnreadableException.Reason;
import io.github.xxgk.sandbox.Deadline;
import io.github.xxgk.sandbox.LimitExceeded;
import io.github.xxgk.table.Grid;
import io.github.xxgk.table.GridCell;
import io.github.xxgk.table.GridSheet;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tables printed in a PDF, drawn cell by cell as word processors print them, read back as a grid. */
class PdfReaderTest {

    private static final float X0 = 60;
    private static final float[] COLS = {60, 150, 190, 230}; // label, then three narrow number columns

    private static Grid read(byte[] pdf) throws UnreadableException {
        return SourceFiles.read(new PdfReader(), "report.pdf", pdf);
    }

    private static List<String> row(GridSheet sheet, int r) {
        return sheet.row(r).stream().map(c -> c.mergeContinuation() ? "^" : c.value().display()).toList();
    }

    /** A grid of lines: vertical lines at the x cuts over the full height, horizontal lines at the y cuts. */
    private static void grid(TablePdf pdf, float[] xs, float[] ys) {
        for (float y : ys) {
            pdf.line(xs[0], y, xs[xs.length - 1], y);
        }
        for (float x : xs) {
            pdf.line(x, ys[0], x, ys[ys.length - 1]);
        }
    }

    @Test
    void read_should_join_a_header_wrapped_mid_word_and_a_label_over_three_lines_with_numbers_on_the_middle_one()
            throws Exception {
        TablePdf pdf = new TablePdf().page(false);
        float[] xs = {X0, X0 + COLS[1], X0 + COLS[2], X0 + COLS[3]};
        float[] ys = {100, 130, 175};
        grid(pdf, xs, ys);
        pdf.text(xs[1] + 2, 112, 10, "商业企").text(xs[1] + 2, 125, 10, "业");
        pdf.text(xs[2] + 2, 118, 10, "总计");
        // a three-line label; its numbers are centred, on its middle line
        pdf.text(X0 + 2, 143, 10, "（二）部分公开（区分处").text(X0 + 2, 156, 10, "理的，只计这一情形，不").text(X0 + 2, 169, 10, "计其他情形）");
        pdf.text(xs[1] + 2, 156, 10, "7").text(xs[2] + 2, 156, 10, "0");
        GridSheet t = read(pdf.bytes()).sheets().get(0);
        assertEquals(List.of("", "商业企业", "总计"), row(t, 0));
        assertEquals(List.of("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "7", "0"), row(t, 1));
    }

    @Test
    void read_should_make_one_merged_cell_of_a_vertical_label_printed_a_character_between_rows() throws Exception {
        TablePdf pdf = new TablePdf().page(false);
        float[] xs = {X0, X0 + 30, X0 + 150, X0 + 190};
        float[] ys = {100, 115, 130, 145, 160, 175, 190};
        for (float y : ys) { // the first column is one cell: no borders inside it
            pdf.line(y == ys[0] || y == ys[ys.length - 1] ? xs[0] : xs[1], y, xs[3], y);
        }
        for (float x : xs) {
            pdf.line(x, ys[0], x, ys[ys.length - 1]);
        }
        String label = "三、本年度办理结果";
        for (int i = 0; i < label.length(); i++) { // nine characters beside six rows: they fall between the rows
            pdf.text(X0 + 10, 100 + 10 * (i + 1), 9, label.substring(i, i + 1));
        }
        String[] rows = {"1、属于国家秘密", "（一）予以公开", "（二）部分公开", "（三）不予公开", "（四）无法提供", "（七）总计"};
        for (int r = 0; r < rows.length; r++) {
            pdf.text(xs[1] + 2, ys[r] + 11, 9, rows[r]).text(xs[2] + 2, ys[r] + 11, 9, String.valueOf(r));
        }
        GridSheet t = read(pdf.bytes()).sheets().get(0);
        assertEquals(6, t.rows());
        assertEquals(List.of(label, "1、属于国家秘密", "0"), row(t, 0));
        for (int r = 1; r < 6; r++) {
            GridCell first = t.row(r).get(0);
            assertTrue(first.mergeContinuation(), "row " + r);
            assertEquals(t.row(0).get(0).ref(), first.origin());
            assertEquals(label, first.value().display());
            assertEquals(rows[r], t.row(r).get(1).value().display());
        }
    }

    @Test
    void read_should_continue_a_table_on_the_next_page_and_keep_each_cells_page() throws Exception {
        TablePdf pdf = new TablePdf().page(false);
        pdf.text(X0, 80, 10, "三、收到和处理政府信息公开申请情况");
        float[] xs = {X0, X0 + 150, X0 + 200};
        grid(pdf, xs, new float[] {760, 780, 800});
        pdf.text(X0 + 2, 775, 10, "（一）予以公开").text(xs[1] + 2, 775, 10, "60");
        pdf.text(X0 + 2, 795, 10, "（二）部分公开").text(xs[1] + 2, 795, 10, "7");
        pdf.text(280, 825, 9, "- 1 -"); // a page number in the footer does not end the table
        pdf.page(false);
        pdf.text(280, 30, 9, "- 2 -");
        grid(pdf, xs, new float[] {50, 70});
        pdf.text(X0 + 2, 65, 10, "（三）不予公开").text(xs[1] + 2, 65, 10, "1");
        pdf.text(X0, 100, 10, "四、政府信息公开行政复议、行政诉讼情况");
        Grid g = read(pdf.bytes());
        assertEquals(1, g.sheets().size());
        GridSheet t = g.sheets().get(0);
        assertEquals(List.of("（三）不予公开", "1"), row(t, 2));
        assertEquals(1, t.row(1).get(1).ref().page());
        assertEquals(2, t.row(2).get(1).ref().page());
        assertEquals("第2页 表格1!B3", t.row(2).get(1).ref().a1());
        assertEquals(List.of("三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"),
                g.text().stream().map(Grid.TextLine::text).toList());
    }

    @Test
    void read_should_rejoin_a_row_that_a_page_break_cut() throws Exception {
        TablePdf pdf = new TablePdf().page(false);
        float[] xs = {X0, X0 + 150, X0 + 200};
        grid(pdf, xs, new float[] {780, 800, 820});
        pdf.text(X0 + 2, 795, 10, "（一）予以公开").text(xs[1] + 2, 795, 10, "60");
        pdf.text(X0 + 2, 815, 10, "（二）部分公开（区分处").text(xs[1] + 2, 815, 10, "7");
        pdf.page(false);
        grid(pdf, xs, new float[] {50, 65, 85});
        pdf.text(X0 + 2, 62, 10, "理的）"); // the rest of the label, under the break
        pdf.text(X0 + 2, 80, 10, "（三）不予公开").text(xs[1] + 2, 80, 10, "1");
        GridSheet t = read(pdf.bytes()).sheets().get(0);
        assertEquals(3, t.rows());
        assertEquals(List.of("（二）部分公开（区分处理的）", "7"), row(t, 1));
        assertEquals(List.of("（三）不予公开", "1"), row(t, 2));
    }

    @Test
    void read_should_not_join_a_new_item_at_the_top_of_a_page_to_the_row_above() throws Exception {
        TablePdf pdf = new TablePdf().page(false);
        float[] xs = {X0, X0 + 150, X0 + 200, X0 + 250};
        grid(pdf, xs, new float[] {780, 800, 820});
        pdf.text(X0 + 2, 795, 10, "信息内容").text(xs[1] + 2, 795, 10, "本年处理决定数量");
        pdf.text(X0 + 2, 815, 10, "行政许可").text(xs[1] + 2, 815, 10, "0");
        pdf.page(false);
        grid(pdf, xs, new float[] {50, 70, 90});
        pdf.text(X0 + 2, 65, 10, "第二十条 第（六）项"); // same borders, text only, under text: but an item of its own
        pdf.text(X0 + 2, 85, 10, "（七）总计").text(xs[1] + 2, 85, 10, "3");
        GridSheet t = read(pdf.bytes()).sheets().get(0);
        assertEquals(4, t.rows());
        assertEquals("行政许可", t.row(1).get(0).value().display());
        assertEquals("第二十条 第（六）项", t.row(2).get(0).value().display());
    }

    @Test
    void read_should_take_borders_drawn_as_thin_rectangles() throws Exception {
        TablePdf pdf = new TablePdf().page(true);
        float[] xs = {X0, X0 + 150, X0 + 200};
        for (float y : new float[] {100, 120, 140}) {
            pdf.bar(xs[0], y - 0.3f, xs[2] - xs[0], 0.6f);
        }
        for (float x : xs) {
            pdf.bar(x - 0.3f, 100, 0.6f, 40);
        }
        pdf.text(X0 + 2, 115, 10, "行政许可").text(xs[1] + 2, 115, 10, "2293");
        pdf.text(X0 + 2, 135, 10, "行政处罚").text(xs[1] + 2, 135, 10, "12");
        GridSheet t = read(pdf.bytes()).sheets().get(0);
        assertEquals(List.of("行政许可", "2293"), row(t, 0));
        assertEquals(List.of("行政处罚", "12"), row(t, 1));
    }

    @Test
    void read_should_name_the_pages_of_a_scan() {
        TablePdf pdf = new TablePdf().page(false).picture(0, 0, 595, 842).page(false).picture(20, 20, 550, 800);
        UnreadableException e = assertThrows(UnreadableException.class, () -> read(pdf.bytes()));
        assertEquals(Reason.NO_TEXT_LAYER, e.reason());
        assertEquals("1、2", e.getMessage());
    }

    @Test
    void read_should_name_the_pages_where_the_tables_are_pictures() {
        TablePdf pdf = new TablePdf().page(false).text(X0, 80, 10, "一、总体情况").text(X0, 100, 10, "本年度……");
        pdf.page(false).text(X0, 80, 10, "二、主动公开政府信息情况").picture(50, 100, 495, 300);
        pdf.page(false).text(X0, 80, 10, "三、收到和处理政府信息公开申请情况").picture(50, 100, 495, 600);
        UnreadableException e = assertThrows(UnreadableException.class, () -> read(pdf.bytes()));
        assertEquals(Reason.NO_TEXT_LAYER, e.reason());
        assertEquals("2、3", e.getMessage());
    }

    @Test
    void read_should_report_an_encrypted_a_damaged_and_a_false_pdf() {
        byte[] good = new TablePdf().page(false).text(X0, 80, 10, "一、总体情况").bytes();
        byte[] locked = new TablePdf().page(false).text(X0, 80, 10, "一、总体情况").bytes("secret");
        assertEquals(Reason.ENCRYPTED, assertThrows(UnreadableException.class, () -> read(locked)).reason());
        byte[] truncated = Arrays.copyOf(good, 200);
        assertEquals(Reason.CORRUPT, assertThrows(UnreadableException.class, () -> read(truncated)).reason());
        byte[] text = "一、总体情况".getBytes(StandardCharsets.UTF_8);
        assertEquals(Reason.NOT_A_WORKBOOK, assertThrows(UnreadableException.class, () -> read(text)).reason());
        assertEquals(Reason.EMPTY, assertThrows(UnreadableException.class, () -> read(new byte[0])).reason());
    }

    @Test
    void read_should_stop_at_the_page_limit_and_at_the_operator_limit() {
        TablePdf many = new TablePdf();
        for (int i = 0; i <= ReadLimits.MAX_PDF_PAGES; i++) {
            many.page(false);
        }
        UnreadableException pages = assertThrows(UnreadableException.class, () -> read(many.bytes()));
        assertEquals(Reason.TOO_LARGE, pages.reason());
        assertTrue(pages.getMessage().contains((ReadLimits.MAX_PDF_PAGES + 1) + " pages"), pages.getMessage());

        // one page whose content inflates to more operators than a PDF may draw (compressed, it is small)
        TablePdf bomb = new TablePdf().page(false);
        int lines = (int) (ReadLimits.MAX_PDF_OPERATORS / 3 + 10);
        for (int i = 0; i < lines; i++) {
            bomb.line(10, 10, 20, 10);
        }
        byte[] bytes = bomb.bytes();
        assertTrue(bytes.length < 2 << 20, bytes.length + " bytes");
        long start = System.nanoTime();
        UnreadableException ops = assertThrows(UnreadableException.class, () -> read(bytes));
        assertEquals(Reason.TOO_LARGE, ops.reason());
        assertTrue(ops.getMessage().contains("operators"), ops.getMessage());
        assertTrue(System.nanoTime() - start < 30_000_000_000L);
    }

    @Test
    void read_should_stop_at_the_files_deadline_not_at_a_clock_of_its_own() {
        // without a deadline this page is read to the operator limit (the test above): a file too large
        byte[] bytes = new TablePdf().page(false).sameLine((int) (ReadLimits.MAX_PDF_OPERATORS / 3 + 10), 10, 10, 20, 10).bytes();
        stopsAtTheDeadline(bytes, Duration.ofMillis(100));
    }

    @Test
    void read_should_stop_at_the_files_deadline_while_reading_a_stream_through_a_view() throws Exception {
        // a page whose content stream is stored uncompressed and holds nothing but 24 MB of spaces: PDFBox reads it
        // through a view of the file (not the file it opened), and no operator, page or character is counted
        byte[] bytes = uncompressedPage(24 << 20);
        stopsAtTheDeadline(bytes, Duration.ofMillis(50));
    }

    /** Reading stops with the file's time limit, well before the file is read to its end. */
    private static void stopsAtTheDeadline(byte[] bytes, Duration limit) {
        long start = System.nanoTime();
        Deadline.start(limit);
        try {
            LimitExceeded e = assertThrows(LimitExceeded.class, () -> read(bytes));
            assertEquals(LimitExceeded.Limit.TIME, e.limit());
        } finally {
            Deadline.clear();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 5_000, ms + " ms: stopped at the deadline, not read to the end");
    }

    /** One page whose content stream, stored without a filter, is {@code spaces} spaces. */
    private static byte[] uncompressedPage(int spaces) throws java.io.IOException {
        byte[] content = new byte[spaces];
        Arrays.fill(content, (byte) ' ');
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            page.setContents(new org.apache.pdfbox.pdmodel.common.PDStream(doc, new java.io.ByteArrayInputStream(content)));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    @Test
    void read_should_give_a_printed_workbook_no_narrative_but_keep_a_documents_paragraphs() throws Exception {
        TablePdf printed = new TablePdf().page(false).text(X0, 80, 10, "二、主动公开政府信息情况");
        grid(printed, new float[] {X0, X0 + 150, X0 + 200}, new float[] {100, 120});
        printed.text(X0 + 2, 115, 10, "行政许可").text(X0 + 152, 115, 10, "1");
        assertTrue(read(printed.bytes()).text().isEmpty());

        TablePdf doc = new TablePdf().page(false).text(X0, 60, 10, "一、总体情况").text(X0, 75, 10, "本年度共收到政府信息公开申请5件。");
        doc.text(X0, 90, 10, "二、主动公开政府信息情况");
        grid(doc, new float[] {X0, X0 + 150, X0 + 200}, new float[] {100, 120});
        doc.text(X0 + 2, 115, 10, "行政许可").text(X0 + 152, 115, 10, "1");
        List<String> text = read(doc.bytes()).text().stream().map(Grid.TextLine::text).toList();
        assertEquals(List.of("一、总体情况", "本年度共收到政府信息公开申请5件。", "二、主动公开政府信息情况"), text);
        assertFalse(text.isEmpty());
    }
}

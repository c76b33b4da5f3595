package io.github.xxgk.core;

import io.github.xxgk.check.Finding;
import io.github.xxgk.fixtures.PdfFixtures;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Each seed report as LibreOffice exports it to PDF (src/test/resources/pdf/, made by {@link PdfFixtures} from the
 * seed Word documents and workbooks) gives the same findings as the document it was exported from, apart from where
 * they are (a page and a cell of a drawn table instead of a sheet cell), and apart from the differences listed in
 * {@link #KNOWN}, each asserted exactly so that a new difference, or one gone, fails the test.
 */
class PublishedPdfTest {

    private static final List<String> BLANK_OPEN = List.of("法人或其他组织·其他", "法人或其他组织·商业企业",
            "法人或其他组织·法律服务机构", "法人或其他组织·社会公益组织", "法人或其他组织·科研机构", "自然人");

    /**
     * A Word document made from a workbook (SpannedDocuments) has the sheet names as paragraphs, so the part checks
     * run on it; its PDF has only tables and their titles, which the reader takes for a printed workbook.
     */
    private static final List<String> PARTS = java.util.stream.Stream.of("一、总体情况", "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项").map(p -> "document-part-missing | " + p + " |  → " + p).sorted().toList();

    /** fixture → [findings only the source has, findings only the PDF has]. */
    private static final Map<String, List<List<String>>> KNOWN = Map.of(
            "spanned-002-writer.pdf", List.of(PARTS, List.of()),
            "spanned-004-wps-writer.pdf", List.of(PARTS, List.of()),
            // Writer draws a border across two header cells under 「法人或其他组织」: their second line is another row
            "merged-down-000-writer.pdf", List.of(PARTS, List.of(
                    "label-mismatch | 法律服务机构 | 法律服务 → 法律服务机构", "label-mismatch | 社会公益组织 | 社会公益 → 社会公益组织")),
            // the space in the Word bookmark artefact is not printed as a glyph; the artefact is still found
            "seed-004-writer.pdf", List.of(List.of("document-editing-artefact |  | [bookmark: _GoBack]0 → "),
                    List.of("document-editing-artefact |  | [bookmark:_GoBack]0 → ")),
            // a blank cell of a workbook is value-blank; a blank cell of a document table is cell-missing
            "seed-003-calc.pdf", List.of(
                    BLANK_OPEN.stream().map(c -> "value-blank | （一）予以公开 × " + c + " |  → ").toList(),
                    BLANK_OPEN.stream().map(c -> "cell-missing | （一）予以公开 × " + c + " |  → ").toList()));

    static List<String> what(List<Finding> findings) {
        return findings.stream().map(f -> f.rule().id() + " | " + f.item() + " | " + f.reported() + " → " + f.expected())
                .sorted().toList();
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(PublishedPdfTest.class.getResource(PdfFixtures.RESOURCE + name).toURI());
    }

    private static List<String> minus(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        b.forEach(out::remove);
        return out;
    }

    @Test
    void check_should_find_in_each_exported_pdf_what_its_source_document_has(@TempDir Path dir) throws Exception {
        ReportChecker checker = new ReportChecker(FormatDefinitions.standard());
        List<PdfFixtures.Source> sources = PdfFixtures.sources();
        assertEquals(13, sources.size());
        for (PdfFixtures.Source s : sources) {
            Path source = Files.write(dir.resolve(s.sourceName()), s.content());
            List<String> expected = what(checker.checkFile(source, s.sourceName()).findings());
            List<Finding> found = checker.checkFile(fixture(s.pdf()), s.pdf()).findings();
            List<String> pdf = what(found);
            assertEquals(KNOWN.getOrDefault(s.pdf(), List.of(List.of(), List.of())),
                    List.of(minus(expected, pdf), minus(pdf, expected)), s.pdf() + " against " + s.sourceName());
            assertFalse(found.stream().anyMatch(f -> f.location() != null && f.location().sheet().startsWith("表格")
                    && f.location().col() < io.github.xxgk.table.CellRef.ABSENT_COLUMN && f.location().page() == 0
                    && !f.rule().id().equals("row-missing")), // where a missing row should be is the binder's, pageless
                    s.pdf() + ": every cell of a table keeps its page");
        }
    }

    @Test
    void check_should_find_the_arithmetic_errors_of_seeds_002_and_004_in_their_pdfs() throws Exception {
        ReportChecker checker = new ReportChecker(FormatDefinitions.standard());
        for (String pdf : List.of("seed-002-writer.pdf", "seed-002-calc.pdf")) {
            List<String> sums = checker.checkFile(fixture(pdf), pdf).findings().stream()
                    .filter(f -> f.rule().id().equals("sum-results-total"))
                    .map(f -> f.location().a1() + " " + f.item() + " " + f.reported()).toList();
            assertEquals(2, sums.size(), pdf);
            assertEquals(java.util.stream.Stream.of("（七）总计 × 自然人 165", "（七）总计 × 总计 177").sorted().toList(),
                    sums.stream().map(x -> x.substring(x.indexOf(' ', x.indexOf("页 ") + 2) + 1)).sorted().toList(), pdf);
        }
        List<String> calc = checker.checkFile(fixture("seed-004-calc.pdf"), "seed-004-calc.pdf").findings().stream()
                .filter(f -> f.rule().id().equals("suggested-correction"))
                .map(f -> f.location().a1() + " " + f.reported() + " → " + f.expected()).toList();
        assertEquals(2, calc.size());
        assertFalse(calc.stream().anyMatch(x -> !x.startsWith("第")), calc.toString());
    }
}

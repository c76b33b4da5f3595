package io.github.xxgk.core;

import io.github.xxgk.fixtures.HostileFiles;
import io.github.xxgk.fixtures.SeedDocuments;
import io.github.xxgk.fixtures.TablePdf;
import io.github.xxgk.read.CellText;
import io.github.xxgk.read.ReadLimits;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The small files of issue 13 that overflowed the stack, broke a reader or took minutes: each ends in findings,
 * in seconds. Time bounds are ten times what they take here; before the fixes each took over 30 s or threw.
 */
class HostileFilesTest {

    private static final long BOUND_MS = 10_000;
    private final ReportChecker checker = new ReportChecker(FormatDefinitions.load("2021"));

    private record Timed(List<String> rules, long ms) {
    }

    private Timed check(Path dir, String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        long start = System.nanoTime();
        FileResult r = checker.checkFile(file, name);
        return new Timed(r.findings().stream().map(f -> f.rule().id()).toList(), (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void docx_with_2000_nested_tables_should_be_too_complex_not_a_stack_overflow(@TempDir Path dir) throws Exception {
        Timed t = check(dir, "nested.docx", HostileFiles.nestedTablesDocx(2000));
        assertEquals(List.of("file-too-complex"), t.rules());
    }

    @Test
    void html_with_10000_nested_tables_should_be_too_complex_at_once(@TempDir Path dir) throws Exception {
        Timed t = check(dir, "nested.html", HostileFiles.nestedTablesHtml(10_000));
        assertEquals(List.of("file-too-complex"), t.rules());
        assertTrue(t.ms() < BOUND_MS, t.ms() + " ms");
    }

    @Test
    void html_with_a_few_nested_layout_tables_should_still_be_read(@TempDir Path dir) throws Exception {
        String seed = new String(SeedDocuments.html(HostileFiles.seedText().getBytes(StandardCharsets.UTF_8), false, true),
                StandardCharsets.UTF_8);
        String nested = seed.replace("<body>", "<body>" + "<table><tr><td>".repeat(5)).replace("</body>", "</td></tr></table>".repeat(5) + "</body>");
        Timed plain = check(dir, "plain.html", seed.getBytes(StandardCharsets.UTF_8));
        Timed deeper = check(dir, "deeper.html", nested.getBytes(StandardCharsets.UTF_8));
        assertFalse(plain.rules().contains("file-no-report-tables"), plain.rules().toString());
        assertEquals(plain.rules(), deeper.rules());
    }

    @Test
    void html_table_of_2500_rows_beside_the_report_should_not_be_damaged(@TempDir Path dir) throws Exception {
        String seed = new String(SeedDocuments.html(HostileFiles.seedText().getBytes(StandardCharsets.UTF_8), false, false),
                StandardCharsets.UTF_8);
        String longTable = new String(HostileFiles.longTableHtml(2500), StandardCharsets.UTF_8)
                .replace("<html><body>", "").replace("</body></html>", "");
        Timed alone = check(dir, "alone.html", seed.getBytes(StandardCharsets.UTF_8));
        Timed beside = check(dir, "beside.html", seed.replace("</body>", longTable + "</body>").getBytes(StandardCharsets.UTF_8));
        assertEquals(alone.rules(), beside.rules(), "the long table changes nothing: it is read to its first 2,000 rows");
        assertTrue(beside.ms() < BOUND_MS, beside.ms() + " ms");
    }

    @Test
    void docx_table_of_2500_rows_should_be_read_not_damaged(@TempDir Path dir) throws Exception {
        Timed t = check(dir, "rows.docx", HostileFiles.longTableDocx(2500));
        assertEquals(List.of("file-no-report-tables"), t.rules());
    }

    @Test
    void text_with_a_megabyte_of_unclosed_editing_marks_should_take_seconds(@TempDir Path dir) throws Exception {
        Timed seed = check(dir, "seed.txt", HostileFiles.seedText().getBytes(StandardCharsets.UTF_8));
        Timed t = check(dir, "artefacts.txt", HostileFiles.artefactsText(1 << 20));
        assertTrue(t.ms() < BOUND_MS, t.ms() + " ms");
        assertFalse(t.rules().contains("file-time-limit"));
        assertTrue(t.rules().containsAll(seed.rules()), "the report before the marks is still checked: " + t.rules());
    }

    @Test
    void csv_cell_of_a_megabyte_of_unclosed_marks_should_take_seconds(@TempDir Path dir) throws Exception {
        Timed t = check(dir, "cell.csv", HostileFiles.oneCellCsv(1 << 20));
        assertEquals(List.of("file-no-report-tables"), t.rules());
        assertTrue(t.ms() < BOUND_MS, t.ms() + " ms");
    }

    @Test
    void workbook_of_32767_character_strings_should_take_seconds(@TempDir Path dir) throws Exception {
        Timed t = check(dir, "long.xlsx", HostileFiles.longStringsXlsx(400, 32_767));
        assertEquals(List.of("file-no-report-tables"), t.rules());
        assertTrue(t.ms() < BOUND_MS, t.ms() + " ms");
    }

    @Test
    void pdf_past_the_files_time_limit_should_get_the_time_limit_finding_every_reader_gives(@TempDir Path dir)
            throws Exception {
        // a page drawing one line five million times over: without a time limit, read to the operator limit
        Path file = dir.resolve("slow.pdf");
        Files.write(file, new TablePdf().page(false).sameLine((int) (ReadLimits.MAX_PDF_OPERATORS / 3 + 10), 10, 10, 20, 10).bytes());
        long start = System.nanoTime();
        FileResult r = checker.withTimeLimit(Duration.ofMillis(100)).checkFile(file, "slow.pdf");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of("file-time-limit"), r.findings().stream().map(f -> f.rule().id()).toList());
        assertTrue(ms < 5_000, ms + " ms");
    }

    @Test
    void editing_marks_should_be_cut_as_the_former_expression_cut_them() {
        Pattern former = Pattern.compile("\\[bookmark:[^\\]]*]|\\[(?:comment|endnote|footnote)[^\\]]*]");
        for (String s : List.of("", "14", "[bookmark: _Toc1]14", "1[comment a]2[footnote: x]3", "[[bookmark:x]]",
                "[bookmark x]", "[comment", "a[endnote [b]c", "[footnote:1][bookmark:2]", "x]y[comment]", "[Comment]")) {
            assertEquals(former.matcher(s).replaceAll(""), CellText.withoutArtefacts(s), s);
        }
    }

    @Test
    void row_label_of_32767_characters_should_leave_its_sums_not_assessable_not_silent(@TempDir Path dir) throws Exception {
        ReportChecker checker = new ReportChecker(FormatDefinitions.load("2021"));
        Path control = io.github.xxgk.fixtures.SeedWorkbooks.seed004().writeXlsx(dir.resolve("control.xlsx"));
        Path hostile = io.github.xxgk.fixtures.SeedWorkbooks.seed004().label("t3.row.open", "项".repeat(32_767))
                .writeXlsx(dir.resolve("hostile.xlsx"));
        List<io.github.xxgk.check.Finding> before = checker.checkFile(control, "control.xlsx").findings();
        List<io.github.xxgk.check.Finding> after = checker.checkFile(hostile, "hostile.xlsx").findings();
        List<String> sums = before.stream().filter(f -> f.rule().id().startsWith("sum-"))
                .map(f -> f.location().toString()).toList();
        assertFalse(sums.isEmpty(), "the control file has sum errors: " + before);
        assertTrue(after.stream().anyMatch(f -> f.rule().id().equals("row-missing")), after.toString());
        for (String at : sums) {
            assertTrue(after.stream().anyMatch(f -> f.location() != null && f.location().toString().equals(at)
                    && (f.rule().id().startsWith("sum-") || f.rule().id().equals("relation-not-assessable"))),
                    "the sum error at " + at + " is still a finding there");
        }
    }
}

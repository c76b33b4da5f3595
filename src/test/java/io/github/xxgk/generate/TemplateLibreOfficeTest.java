package io.github.xxgk.generate;

import io.github.xxgk.core.FileResult;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.FindingTuple;
import io.github.xxgk.fixtures.LibreOffice;
import io.github.xxgk.report.Messages;
import io.github.xxgk.template.FormatDefinitions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The template in a real spreadsheet program: LibreOffice opens it headless, recalculates, and writes every sheet
 * as CSV and the workbook as PDF. Its check cells must reach the same verdict as xxgk:check, and each table must
 * print on one page. Skipped, with the reason, only where LibreOffice is not installed (.ci/run installs it).
 */
class TemplateLibreOfficeTest {

    private static final String CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    static byte[] template;

    @BeforeAll
    static void generate() {
        assumeTrue(soffice() != null, "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
        template = new TemplateWorkbook(FormatDefinitions.standard()).toBytes();
    }

    static String soffice() {
        return LibreOffice.soffice();
    }

    private static void convert(Path file, String to, Path outDir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(soffice(), "-env:UserInstallation=file://" + outDir.resolve("lo-profile"),
                "--headless", "--convert-to", to, "--outdir", outDir.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish");
        assertEquals(0, p.exitValue(), Files.readString(outDir.resolve("soffice.log")));
    }

    private static List<CSVRecord> sheet(Path dir, String base, String sheet) throws IOException {
        Path csv = dir.resolve(base + "-" + sheet + ".csv");
        assertTrue(Files.isRegularFile(csv), "LibreOffice wrote no CSV for " + sheet);
        return CSVFormat.RFC4180.parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8)).getRecords();
    }

    /** Check cells (text starting with ✓, ✗ or 待填) by their A1 address. */
    private static List<String> checkCells(List<CSVRecord> rows) {
        List<String> cells = new ArrayList<>();
        for (CSVRecord row : rows) {
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c);
                if (v.startsWith("✓") || v.startsWith("✗") || v.startsWith("待填")) {
                    cells.add((char) ('A' + c) + String.valueOf(row.getRecordNumber()) + "=" + v);
                }
            }
        }
        return cells;
    }

    @Test
    void libreoffice_should_compute_the_same_verdict_as_the_checker(@TempDir Path dir) throws Exception {
        Map<String, Object> values = TemplateRoundTripTest.consistent();
        Path good = dir.resolve("good.xlsx");
        Files.write(good, TemplateFiller.fill(template, values, false));
        values.put("t3:results-total|natural", 165);
        Path bad = dir.resolve("bad.xlsx");
        Files.write(bad, TemplateFiller.fill(template, values, false));
        convert(good, CSV_FILTER, dir);
        convert(bad, CSV_FILTER, dir);

        List<String> goodChecks = checkCells(sheet(dir, "good", "表三"));
        assertEquals(25 + 7 + 7, goodChecks.size());
        assertTrue(goodChecks.stream().allMatch(c -> c.endsWith("=✓ 相符")), goodChecks.toString());
        assertTrue(checkCells(sheet(dir, "good", "表四")).stream().allMatch(c -> c.endsWith("=✓ 相符")));

        List<String> wrong = checkCells(sheet(dir, "bad", "表三")).stream().filter(c -> c.contains("✗")).toList();
        // LibreOffice's check cells: R2 beside （七）总计, R1 and R3 in the check rows under 自然人; a formula cannot
        // know which cell is wrong, so it says by how much, never 「应为」
        assertEquals(List.of("K29=✗ 不相符，差 1", "D31=✗ 不相符，差 1", "D32=✗ 不相符，差 1"), wrong);

        FileResult checked = new ReportChecker(FormatDefinitions.standard()).checkFile(bad, "bad.xlsx");
        List<String> verdict = checked.findings().stream().map(f -> f.rule().id() + "=" + (f.relationId() == null
                ? f.location().a1() + " " + f.expected() : Messages.difference(f).replace("-", ""))).sorted().toList();
        assertEquals(List.of("balance-identity=1", "suggested-correction=表三!D29 164", "sum-results-total=1",
                "sum-row-total=1"), verdict);
        assertTrue(FindingTuple.of(new ReportChecker(FormatDefinitions.standard()).checkFile(good, "good.xlsx")
                .findings()).isEmpty());
    }

    @Test
    void libreoffice_should_print_each_table_on_one_page(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("template.xlsx");
        Files.write(file, template);
        convert(file, "pdf", dir);
        Path pdf = dir.resolve("template.pdf");
        assertTrue(Files.size(pdf) > 10_000);
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        int pages = text.split("/Type\\s*/Page[^s]", -1).length - 1;
        assertEquals(1 + FormatDefinitions.standard().tables().size(), pages, "cover + one page per table");
    }
}

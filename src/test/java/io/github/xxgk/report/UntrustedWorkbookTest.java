package io.github.xxgk.report;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Rule;
import io.github.xxgk.check.Severity;
import io.github.xxgk.core.Baseline;
import io.github.xxgk.core.CheckRequest;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.CheckRun;
import io.github.xxgk.core.FileResult;
import io.github.xxgk.core.FileSink;
import io.github.xxgk.core.Progress;
import io.github.xxgk.fixtures.RawXlsx;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.fixtures.XlsFixtures;
import io.github.xxgk.read.ReadLimits;
import io.github.xxgk.read.SourceFile;
import io.github.xxgk.read.xlsx.XlsxReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Workbooks that act when opened (macros, external links, DDE) are warnings and never copied into annotated/; a
 * file that changes after it was checked gets no copy and a warning, never a failed build.
 */
class UntrustedWorkbookTest {

    /** Seed 002 (it has findings, so it gets an annotated copy) with parts changed or added. */
    private static byte[] seed002(Map<String, UnaryOperator<byte[]>> change, Map<String, String> add) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(SeedWorkbooks.seed002().toXlsx()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                parts.put(e.getName(), change.getOrDefault(e.getName(), b -> b).apply(content));
            }
        }
        add.forEach((name, content) -> parts.put(name, content.getBytes(StandardCharsets.UTF_8)));
        return RawXlsx.zip(parts);
    }

    private static UnaryOperator<byte[]> formulaInFirstRow(String formula) {
        return b -> new String(b, StandardCharsets.UTF_8).replaceFirst("</row>",
                "<c r=\"ZZ1\"><f>" + formula + "</f><v>0</v></c></row>").getBytes(StandardCharsets.UTF_8);
    }

    private static CheckResult run(Path reports, Path out, FileSink around) throws IOException {
        return run(reports, out, around, null);
    }

    private static CheckResult run(Path reports, Path out, FileSink around, ReadLimits limits) throws IOException {
        return run(reports, out, around, limits, null);
    }

    private static CheckResult run(Path reports, Path out, FileSink around, ReadLimits limits, Path baseline)
            throws IOException {
        ReportContext context = new ReportContext(Messages.of("zh"), Severity.ERROR, reports);
        try (ReportRun run = ReportRun.open(out, context, List.of(ReportFormat.ANNOTATED))) {
            FileSink sink = around == null ? run : new FileSink() {
                @Override
                public void accept(int index, FileResult result) throws IOException {
                    deliver(index, result, Amend.PLAIN);
                }

                @Override
                public FileResult deliver(int index, FileResult result, Amend amend) throws IOException {
                    around.accept(index, result);
                    return run.deliver(index, result, amend);
                }
            };
            CheckResult result = CheckRun.run(new CheckRequest(reports, null, null, "2021", 1, baseline, null, null, null, limits),
                    sink, Progress.NONE);
            run.finish(result);
            return result;
        }
    }

    private static FileResult file(CheckResult result, String file) {
        return result.files().stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow();
    }

    private static List<String> extraRules(CheckResult result, String file) {
        return file(result, file).findings().stream()
                .map(f -> f.rule().id()).filter(id -> id.startsWith("workbook-") || id.startsWith("annotated-")).toList();
    }

    @Test
    void macros_external_links_and_dde_should_be_warnings_and_never_copied(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports);
        Files.write(reports.resolve("a-plain.xlsx"), seed002(Map.of(), Map.of()));
        Files.write(reports.resolve("b-macros.xlsm"), seed002(Map.of(), Map.of("xl/vbaProject.bin", "VBA project")));
        Files.write(reports.resolve("c-links.xlsx"), seed002(Map.of(), Map.of("xl/externalLinks/externalLink1.xml",
                "<externalLink xmlns=\"" + RawXlsx.MAIN + "\"><externalBook/></externalLink>")));
        Files.write(reports.resolve("d-dde.xlsx"), seed002(Map.of("xl/worksheets/sheet1.xml",
                formulaInFirstRow("cmd|' /C calc'!A0")), Map.of()));
        Files.write(reports.resolve("e-bar-in-string.xlsx"), seed002(Map.of("xl/worksheets/sheet1.xml",
                formulaInFirstRow("\"a|b\"&amp;A1")), Map.of()));
        Path out = dir.resolve("out");

        CheckResult result = run(reports, out, null);

        Map<String, List<String>> rules = new TreeMap<>();
        for (String f : List.of("a-plain.xlsx", "b-macros.xlsm", "c-links.xlsx", "d-dde.xlsx", "e-bar-in-string.xlsx")) {
            rules.put(f, extraRules(result, f));
        }
        assertEquals(Map.of("a-plain.xlsx", List.of(), "b-macros.xlsm", List.of("workbook-macros"),
                "c-links.xlsx", List.of("workbook-external-links"), "d-dde.xlsx", List.of("workbook-dde"),
                "e-bar-in-string.xlsx", List.of()), rules);
        assertTrue(Files.exists(out.resolve("annotated/a-plain.xlsx")));
        assertTrue(Files.exists(out.resolve("annotated/e-bar-in-string.xlsx")));
        for (String f : List.of("b-macros.xlsm", "c-links.xlsx", "d-dde.xlsx")) {
            assertFalse(Files.exists(out.resolve("annotated/" + f)), f + " must not be copied");
        }
        assertEquals(Severity.WARNING, result.files().get(1).findings().stream()
                .filter(f -> f.rule().id().equals("workbook-macros")).findFirst().orElseThrow().severity());
    }

    @Test
    void macros_accepted_in_the_baseline_should_still_never_be_copied(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports);
        Files.write(reports.resolve("b-macros.xlsm"), seed002(Map.of(), Map.of("xl/vbaProject.bin", "VBA project")));
        CheckResult first = run(reports, dir.resolve("out1"), null);
        Path baseline = dir.resolve(Baseline.FILE_NAME);
        BaselineWriter.write(first, baseline, null);
        acceptOnly(baseline, Rule.WORKBOOK_MACROS); // the agency's macros accepted; its sums still to be corrected

        Path out = dir.resolve("out2");
        CheckResult second = run(reports, out, null, null, baseline);

        FileResult b = file(second, "b-macros.xlsm");
        assertTrue(b.baselined().stream().anyMatch(f -> f.rule() == Rule.WORKBOOK_MACROS));
        assertFalse(b.findings().isEmpty(), "the file has findings left to annotate");
        assertFalse(Files.exists(out.resolve("annotated/b-macros.xlsm")), "the macros are still in the file");
    }

    @Test
    void old_xls_with_a_vba_project_should_be_a_macros_warning_and_never_copied(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports);
        byte[] xls = SeedWorkbooks.seed002().toXls();
        Files.write(reports.resolve("a-plain.xls"), xls);
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
                     new org.apache.poi.poifs.filesystem.POIFSFileSystem(new ByteArrayInputStream(xls));
             java.io.OutputStream o = Files.newOutputStream(reports.resolve("b-macros.xls"))) {
            fs.getRoot().createDirectory("_VBA_PROJECT_CUR").createDirectory("VBA")
                    .createDocument("dir", new ByteArrayInputStream("Attribute VB_Name".getBytes(StandardCharsets.US_ASCII)));
            fs.writeFilesystem(o);
        }
        Path out = dir.resolve("out");

        CheckResult result = run(reports, out, null);

        assertEquals(List.of(), extraRules(result, "a-plain.xls"));
        assertEquals(List.of("workbook-macros"), extraRules(result, "b-macros.xls"));
        assertTrue(Files.exists(out.resolve("annotated/a-plain.xls")));
        assertFalse(Files.exists(out.resolve("annotated/b-macros.xls")), "a workbook with macros must not be copied");
    }

    @Test
    void old_xls_with_dde_links_or_a_macro_sheet_should_be_warnings_and_never_copied(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports);
        Files.write(reports.resolve("a-plain.xls"), SeedWorkbooks.seed002().toXls());
        for (String calc : List.of("xls-calc-plain.xls", "xls-calc-functions.xls", "xls-calc-dde.xls", "xls-calc-external-link.xls")) {
            Files.write(reports.resolve(calc), XlsFixtures.resource(calc));
        }
        byte[] withSheet;
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(
                new ByteArrayInputStream(SeedWorkbooks.seed002().toXls()))) {
            wb.createSheet("Macro1").createRow(0).createCell(0).setCellFormula("1+1");
            var name = wb.createName();
            name.setNameName("Auto_Open");
            name.setRefersToFormula("Macro1!$A$1");
            java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
            wb.write(o);
            withSheet = o.toByteArray();
        }
        Files.write(reports.resolve("b-macro-sheet.xls"),
                XlsFixtures.sheetType(withSheet, "Macro1", XlsFixtures.MACRO_SHEET, XlsFixtures.VERY_HIDDEN));
        Path out = dir.resolve("out");

        CheckResult result = run(reports, out, null);

        Map<String, List<String>> rules = new TreeMap<>();
        for (FileResult f : result.files()) {
            rules.put(f.file(), extraRules(result, f.file()));
        }
        assertEquals(Map.of("a-plain.xls", List.of(), "xls-calc-plain.xls", List.of(), "xls-calc-functions.xls", List.of(),
                "xls-calc-dde.xls", List.of("workbook-dde"), "xls-calc-external-link.xls", List.of("workbook-external-links"),
                "b-macro-sheet.xls", List.of("workbook-macros")), rules);
        for (String f : List.of("a-plain.xls", "xls-calc-plain.xls", "xls-calc-functions.xls")) {
            assertTrue(Files.exists(out.resolve("annotated/" + f)), f + " has findings and nothing active: copied");
        }
        for (String f : List.of("xls-calc-dde.xls", "xls-calc-external-link.xls", "b-macro-sheet.xls")) {
            assertFalse(file(result, f).findings().stream().filter(x -> x.severity() == Severity.ERROR).toList().isEmpty(),
                    f + " has findings to annotate");
            assertFalse(Files.exists(out.resolve("annotated/" + f)), f + " must not be copied");
        }
    }

    @Test
    void workbook_encrypted_with_the_password_excel_opens_without_asking_should_never_be_copied(@TempDir Path dir)
            throws Exception {
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports);
        byte[] dde = seed002(Map.of("xl/worksheets/sheet1.xml", formulaInFirstRow("cmd|' /C calc'!A0")), Map.of());
        byte[] encrypted;
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            var encryptor = info.getEncryptor();
            encryptor.confirmPassword(org.apache.poi.poifs.crypt.Decryptor.DEFAULT_PASSWORD); // 「VelvetSweatshop」
            try (java.io.OutputStream os = encryptor.getDataStream(fs)) {
                os.write(dde);
            }
            java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
            fs.writeFilesystem(o);
            encrypted = o.toByteArray();
        }
        Files.write(reports.resolve("v.xls"), encrypted);
        Files.write(reports.resolve("w.xlsx"), encrypted);
        Path out = dir.resolve("out");

        CheckResult result = run(reports, out, null);

        for (String f : List.of("v.xls", "w.xlsx")) {
            assertFalse(file(result, f).findings().stream().filter(x -> x.severity() == Severity.ERROR).toList().isEmpty(),
                    f + " is read and has findings to annotate");
            assertEquals(List.of("workbook-not-scanned"), extraRules(result, f), f);
            assertFalse(Files.exists(out.resolve("annotated/" + f)), f + " must not be copied, decrypted, with its DDE");
        }
    }

    /** Seed 002 with one more sheet, listed in the workbook (hidden) or not listed at all, whose one cell has a formula. */
    private static byte[] withSheet(boolean listed, String formula) throws IOException {
        String sheet = "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\"><f>" + formula
                + "</f><v>0</v></c></row></sheetData></worksheet>";
        if (!listed) {
            return seed002(Map.of(), Map.of("xl/worksheets/sheet99.xml", sheet));
        }
        return seed002(Map.of(
                "xl/workbook.xml", b -> new String(b, StandardCharsets.UTF_8).replace("</sheets>",
                        "<sheet name=\"隐藏\" sheetId=\"99\" state=\"hidden\" r:id=\"rId99\"/></sheets>").getBytes(StandardCharsets.UTF_8),
                "xl/_rels/workbook.xml.rels", b -> new String(b, StandardCharsets.UTF_8).replace("</Relationships>",
                        "<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                                + " Target=\"worksheets/sheet99.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8)),
                Map.of("xl/worksheets/sheet99.xml", sheet));
    }

    @Test
    void dde_should_be_found_in_hidden_and_unlisted_sheets_and_in_formulas_only_the_reader_sees(@TempDir Path dir)
            throws Exception {
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports);
        Files.write(reports.resolve("a-hidden.xlsx"), withSheet(true, "cmd|' /C calc'!A0"));
        Files.write(reports.resolve("b-unlisted.xlsx"), withSheet(false, "cmd|' /C calc'!A0"));
        Files.write(reports.resolve("c-hidden-plain.xlsx"), withSheet(true, "A1+1"));
        Files.write(reports.resolve("d-unlisted-plain.xlsx"), withSheet(false, "\"a|b\"&amp;A1"));
        // a formula in a prefixed element and one with the bar escaped: the parser reads them as <f>cmd|…</f>
        Files.write(reports.resolve("e-prefixed.xlsx"), seed002(Map.of("xl/worksheets/sheet1.xml", b -> new String(b,
                StandardCharsets.UTF_8).replaceFirst("</row>", "<c r=\"ZZ1\"><x:f xmlns:x=\"" + RawXlsx.MAIN
                + "\">cmd|' /C calc'!A0</x:f><v>0</v></c></row>").getBytes(StandardCharsets.UTF_8)), Map.of()));
        Files.write(reports.resolve("f-escaped.xlsx"), seed002(Map.of("xl/worksheets/sheet1.xml",
                formulaInFirstRow("cmd&#124;' /C calc'!A0")), Map.of()));
        Path out = dir.resolve("out");

        CheckResult result = run(reports, out, null);

        Map<String, List<String>> rules = new TreeMap<>();
        for (String f : List.of("a-hidden.xlsx", "b-unlisted.xlsx", "c-hidden-plain.xlsx", "d-unlisted-plain.xlsx",
                "e-prefixed.xlsx", "f-escaped.xlsx")) {
            rules.put(f, extraRules(result, f));
        }
        assertEquals(Map.of("a-hidden.xlsx", List.of("workbook-dde"), "b-unlisted.xlsx", List.of("workbook-dde"),
                "c-hidden-plain.xlsx", List.of(), "d-unlisted-plain.xlsx", List.of(), "e-prefixed.xlsx", List.of("workbook-dde"),
                "f-escaped.xlsx", List.of("workbook-dde")), rules);
        for (String f : List.of("a-hidden.xlsx", "b-unlisted.xlsx", "e-prefixed.xlsx", "f-escaped.xlsx")) {
            assertFalse(Files.exists(out.resolve("annotated/" + f)), f + " must not be copied");
        }
        assertTrue(Files.exists(out.resolve("annotated/c-hidden-plain.xlsx")));
    }

    /** Seed 002 with a worksheet part listed nowhere (no reader parses it) holding {@code sheetData}. */
    private static byte[] withUnlistedSheet(String prefix, String sheetData) throws IOException {
        String ns = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix.substring(0, prefix.length() - 1);
        return seed002(Map.of(), Map.of("xl/worksheets/sheet99.xml", "<" + prefix + "worksheet " + ns + "=\"" + RawXlsx.MAIN
                + "\">" + sheetData + "</" + prefix + "worksheet>"));
    }

    @Test
    void dde_should_be_found_however_an_unread_sheet_writes_its_formula_and_a_bar_in_a_quoted_name_is_none(@TempDir Path dir)
            throws Exception {
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports);
        String dde = "cmd|' /C calc'!A0";
        Files.write(reports.resolve("a-prefixed.xlsx"), withUnlistedSheet("x:", "<x:sheetData><x:row r=\"1\"><x:c r=\"A1\"><x:f>"
                + dde + "</x:f><x:v>0</x:v></x:c></x:row></x:sheetData>"));
        Files.write(reports.resolve("b-tab-in-tag.xlsx"), withUnlistedSheet("", "<sheetData><row r=\"1\"><c r=\"A1\"><f\tt=\"shared\""
                + " ref=\"A1:A2\" si=\"0\">" + dde + "</f><v>0</v></c></row></sheetData>"));
        Files.write(reports.resolve("c-newline-in-tag.xlsx"), withUnlistedSheet("", "<sheetData><row r=\"1\"><c r=\"A1\"><f\n>"
                + dde + "</f><v>0</v></c></row></sheetData>"));
        Files.write(reports.resolve("d-character-reference.xlsx"), withUnlistedSheet("", "<sheetData><row r=\"1\"><c r=\"A1\">"
                + "<f>MSEXCEL&#x7C;'\\..\\..\\Windows\\System32\\cmd.exe /c calc.exe'!''</f><v>0</v></c></row></sheetData>"));
        Files.write(reports.resolve("e-quoted-sheet-name.xlsx"), seed002(Map.of("xl/worksheets/sheet1.xml",
                formulaInFirstRow("'A|B'!A1")), Map.of()));
        Files.write(reports.resolve("f-escaped-string.xlsx"), withUnlistedSheet("", "<sheetData><row r=\"1\"><c r=\"A1\">"
                + "<f>&quot;a|b&quot;&amp;'C|D'!A1</f><v>0</v></c></row></sheetData>"));
        Files.write(reports.resolve("g-dde-function.xlsx"), seed002(Map.of("xl/worksheets/sheet1.xml",
                formulaInFirstRow("DDE(&quot;cmd&quot;;&quot;/C calc&quot;;&quot;x&quot;)")), Map.of()));
        Path out = dir.resolve("out");

        CheckResult result = run(reports, out, null);

        Map<String, List<String>> rules = new TreeMap<>();
        Map<String, List<String>> expected = new TreeMap<>();
        for (String f : List.of("a-prefixed.xlsx", "b-tab-in-tag.xlsx", "c-newline-in-tag.xlsx",
                "d-character-reference.xlsx", "e-quoted-sheet-name.xlsx", "f-escaped-string.xlsx", "g-dde-function.xlsx")) {
            rules.put(f, extraRules(result, f));
            boolean link = !f.startsWith("e-") && !f.startsWith("f-");
            expected.put(f, link ? List.of("workbook-dde") : List.of());
        }
        assertEquals(expected, rules);
        expected.forEach((f, found) -> assertEquals(found.isEmpty(), Files.exists(out.resolve("annotated/" + f)),
                f + (found.isEmpty() ? " is copied" : " must not be copied")));
    }

    @Test
    void worksheet_that_cannot_be_checked_for_dde_should_be_said_so_and_never_copied(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports);
        String types = "[Content_Types].xml";
        UnaryOperator<byte[]> typed = b -> new String(b, StandardCharsets.UTF_8).replace("</Types>", "<Override"
                + " PartName=\"/xl/other/s.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml"
                + ".worksheet+xml\"/></Types>").getBytes(StandardCharsets.UTF_8);
        String cell = "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\"><f>";
        // a worksheet at no worksheet's path, declared one by its content type only
        Files.write(reports.resolve("a-elsewhere.xlsx"), seed002(Map.of(types, typed),
                Map.of("xl/other/s.xml", cell + "cmd|' /C calc'!A0</f></c></row></sheetData></worksheet>")));
        Files.write(reports.resolve("b-broken.xlsx"), seed002(Map.of(types, typed),
                Map.of("xl/other/s.xml", cell.replace("<row r=\"1\">", "<row r=\"1\"></wrong>") + "cmd|' /C calc'!A0</f></c></row></sheetData></worksheet>")));
        Files.write(reports.resolve("c-too-long.xlsx"), seed002(Map.of(types, typed),
                Map.of("xl/other/s.xml", cell + "1" + "+1".repeat(20_000) + "</f></c></row></sheetData></worksheet>")));
        Files.write(reports.resolve("d-plain.xlsx"), seed002(Map.of(types, typed),
                Map.of("xl/other/s.xml", cell + "A1+1</f></c></row></sheetData></worksheet>")));
        Path out = dir.resolve("out");

        CheckResult result = run(reports, out, null);

        Map<String, List<String>> rules = new TreeMap<>();
        for (String f : List.of("a-elsewhere.xlsx", "b-broken.xlsx", "c-too-long.xlsx", "d-plain.xlsx")) {
            rules.put(f, extraRules(result, f));
        }
        assertEquals(Map.of("a-elsewhere.xlsx", List.of("workbook-dde"), "b-broken.xlsx", List.of("workbook-not-scanned"),
                "c-too-long.xlsx", List.of("workbook-not-scanned"), "d-plain.xlsx", List.of()), rules);
        for (String f : List.of("a-elsewhere.xlsx", "b-broken.xlsx", "c-too-long.xlsx")) {
            assertFalse(Files.exists(out.resolve("annotated/" + f)), f + " must not be copied");
        }
        assertTrue(Files.exists(out.resolve("annotated/d-plain.xlsx")));
        var finding = file(result, "b-broken.xlsx").findings().stream()
                .filter(f -> f.rule() == Rule.WORKBOOK_NOT_SCANNED).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, finding.severity());
        String message = io.github.xxgk.report.Messages.of("zh").message(finding);
        assertTrue(message.contains("未能检查是否含有 DDE") && !message.contains("含有 DDE 公式"), message);
    }

    @Test
    void file_changed_after_checking_should_get_a_copy_of_the_checked_bytes_never_of_the_new_ones(@TempDir Path dir)
            throws Exception {
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports);
        byte[] checked = seed002(Map.of(), Map.of());
        Files.write(reports.resolve("a.xlsx"), checked);
        Files.write(reports.resolve("b.xlsx"), checked);
        Path out = dir.resolve("out");
        byte[] replaced = RawXlsx.zip(Map.of("xl/workbook.xml", "no longer this workbook".getBytes(StandardCharsets.UTF_8)));

        CheckResult result = run(reports, out, (index, r) -> {
            if (r.file().equals("b.xlsx")) {
                Files.write(reports.resolve("b.xlsx"), replaced); // a sync tool rewrites it after it was checked
            }
        });

        assertEquals(List.of(), extraRules(result, "a.xlsx"));
        assertEquals(List.of(), extraRules(result, "b.xlsx"));
        // b's copy is made of the bytes that were checked: the same parts as a's copy, none of the new file's
        assertEquals(parts(out.resolve("annotated/a.xlsx")).keySet(), parts(out.resolve("annotated/b.xlsx")).keySet());
        assertEquals(sheets(out.resolve("annotated/a.xlsx")), sheets(out.resolve("annotated/b.xlsx")));
        assertArrayEquals(replaced, Files.readAllBytes(reports.resolve("b.xlsx")));
        assertArrayEquals(checked, Files.readAllBytes(reports.resolve("a.xlsx")));
    }

    @Test
    void file_too_large_to_hold_changed_after_checking_should_get_no_copy_and_a_warning_not_a_failed_build(@TempDir Path dir)
            throws Exception {
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports);
        byte[] checked = seed002(Map.of(), Map.of());
        Files.write(reports.resolve("a.xlsx"), checked);
        Files.write(reports.resolve("b.xlsx"), checked);
        Path out = dir.resolve("out");
        byte[] replaced = "no longer a workbook".getBytes(StandardCharsets.UTF_8);

        // held up to 1 KiB: the seed is read from its file, and its SHA-256 guards the copy
        CheckResult result = run(reports, out, (index, r) -> {
            if (r.file().equals("b.xlsx")) {
                Files.write(reports.resolve("b.xlsx"), replaced); // a sync tool rewrites it after it was checked
            }
        }, ReadLimits.parse("heldBytes=1k"));

        assertTrue(checked.length > 1024);
        assertEquals(List.of(), extraRules(result, "a.xlsx"));
        assertEquals(List.of("annotated-copy-not-made"), extraRules(result, "b.xlsx"));
        Finding notMade = file(result, "b.xlsx").findings().stream()
                .filter(f -> f.rule() == Rule.ANNOTATED_COPY_NOT_MADE).findFirst().orElseThrow();
        assertEquals("本文件在核对之后被修改或无法再次打开（核对之后文件已被修改），未生成标注副本；列出的问题针对核对时的文件。"
                + "请在文件不再改动时重新运行核对。", Messages.of("zh").message(notMade));
        assertTrue(Messages.of("en").message(notMade).contains("(changed since it was checked)"),
                Messages.of("en").message(notMade));
        assertTrue(Files.exists(out.resolve("annotated/a.xlsx")));
        assertFalse(Files.exists(out.resolve("annotated/b.xlsx")));
        assertTrue(Files.readString(out.resolve("findings.csv")).contains("annotated-copy-not-made"));
        assertArrayEquals(checked, Files.readAllBytes(reports.resolve("a.xlsx")));
    }

    @Test
    void copy_not_made_should_be_accepted_by_a_baseline_like_any_other_finding(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports);
        byte[] checked = seed002(Map.of(), Map.of());
        FileSink rewrite = (index, r) -> Files.write(reports.resolve(r.file()), "no longer a workbook".getBytes(StandardCharsets.UTF_8));
        Files.write(reports.resolve("b.xlsx"), checked);
        CheckResult first = run(reports, dir.resolve("out1"), rewrite, ReadLimits.parse("heldBytes=1k"));
        assertEquals(List.of("annotated-copy-not-made"), extraRules(first, "b.xlsx"));
        Path baseline = dir.resolve(Baseline.FILE_NAME);
        BaselineWriter.write(first, baseline, null);
        acceptOnly(baseline, Rule.ANNOTATED_COPY_NOT_MADE); // the file's other findings stay to be corrected

        Files.write(reports.resolve("b.xlsx"), checked);
        CheckResult second = run(reports, dir.resolve("out2"), rewrite, ReadLimits.parse("heldBytes=1k"), baseline);

        assertTrue(file(first, "b.xlsx").findings().size() > 1, "b.xlsx has findings of its own to annotate");
        FileResult b = file(second, "b.xlsx");
        assertTrue(b.findings().stream().noneMatch(f -> f.rule() == Rule.ANNOTATED_COPY_NOT_MADE), "accepted, not new");
        assertTrue(b.baselined().stream().anyMatch(f -> f.rule() == Rule.ANNOTATED_COPY_NOT_MADE));
        assertTrue(second.files().stream().flatMap(f -> f.findings().stream())
                .noneMatch(f -> f.rule() == Rule.BASELINE_STALE), "every entry matched, the copy's included");
    }

    /** The baseline as a clerk leaves it: the entries of one rule kept, each given its reason. */
    private static void acceptOnly(Path baseline, Rule rule) throws IOException {
        List<CSVRecord> rows;
        try (CSVParser in = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(baseline, StandardCharsets.UTF_8))) {
            rows = in.getRecords();
        }
        try (CSVPrinter out = CSVFormat.RFC4180.builder().setHeader(Baseline.HEADER).get()
                .print(Files.newBufferedWriter(baseline, StandardCharsets.UTF_8))) {
            for (CSVRecord r : rows) {
                if (!r.get("rule").equals(rule.id())) {
                    continue;
                }
                List<String> values = new ArrayList<>(r.toList());
                values.set(List.of(Baseline.HEADER).indexOf("reason"), "副本另行制作");
                out.printRecord(values);
            }
        }
    }

    private static Map<String, byte[]> parts(Path file) throws IOException {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    /** Every sheet's cells as the checker reads them, but the findings sheet (it names the file). */
    private static List<String> sheets(Path file) throws Exception {
        List<String> cells = new java.util.ArrayList<>();
        for (var s : new XlsxReader().read(SourceFile.of(file, "copy.xlsx")).sheets().stream().skip(1).toList()) {
            for (int r = 0; r < s.rows(); r++) {
                s.row(r).forEach(c -> cells.add(c.ref() + " " + c.value()));
            }
        }
        return cells;
    }
}

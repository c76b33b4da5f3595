package io.github.xxgk.report;

import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckRequest;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.CheckRun;
import io.github.xxgk.core.FileResult;
import io.github.xxgk.core.FileSink;
import io.github.xxgk.core.Progress;
import io.github.xxgk.fixtures.RawXlsx;
import io.github.xxgk.fixtures.SeedWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        ReportContext context = new ReportContext(Messages.of("zh"), Severity.ERROR, reports);
        try (ReportRun run = ReportRun.open(out, context, List.of(ReportFormat.ANNOTATED))) {
            FileSink sink = around == null ? run : new FileSink() {
                @Override
                public void accept(int index, FileResult result) throws IOException {
                    deliver(index, result);
                }

                @Override
                public FileResult deliver(int index, FileResult result) throws IOException {
                    around.accept(index, result);
                    return run.deliver(index, result);
                }
            };
            CheckResult result = CheckRun.run(new CheckRequest(reports, null, null, "2021", 1), sink, Progress.NONE);
            run.finish(result);
            return result;
        }
    }

    private static List<String> extraRules(CheckResult result, String file) {
        return result.files().stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow().findings().stream()
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
    void file_changed_after_checking_should_get_no_copy_and_a_warning_not_a_failed_build(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports);
        byte[] checked = seed002(Map.of(), Map.of());
        Files.write(reports.resolve("a.xlsx"), checked);
        Files.write(reports.resolve("b.xlsx"), checked);
        Path out = dir.resolve("out");
        byte[] replaced = "no longer a workbook".getBytes(StandardCharsets.UTF_8);

        CheckResult result = run(reports, out, (index, r) -> {
            if (r.file().equals("b.xlsx")) {
                Files.write(reports.resolve("b.xlsx"), replaced); // a sync tool rewrites it after it was checked
            }
        });

        assertEquals(List.of(), extraRules(result, "a.xlsx"));
        assertEquals(List.of("annotated-copy-not-made"), extraRules(result, "b.xlsx"));
        assertTrue(Files.exists(out.resolve("annotated/a.xlsx")));
        assertFalse(Files.exists(out.resolve("annotated/b.xlsx")));
        assertTrue(Files.readString(out.resolve("findings.csv")).contains("annotated-copy-not-made"));
        assertArrayEquals(checked, Files.readAllBytes(reports.resolve("a.xlsx")));
    }
}

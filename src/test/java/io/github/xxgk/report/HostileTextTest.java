package io.github.xxgk.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckRequest;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.FindingsCsv;
import io.github.xxgk.fixtures.HostileFiles;
import io.github.xxgk.fixtures.RawXlsx;
import io.github.xxgk.fixtures.SeedDocuments;
import io.github.xxgk.fixtures.SeedWorkbooks;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lone surrogates, NUL and control characters, bidirectional overrides, markup and formula prefixes in labels, file
 * names and cover fields: the run ends, every output is whole and well-formed, and none of it is live.
 */
class HostileTextTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    /** Seed 000 as .xlsx with a label carrying a lone surrogate, BEL and a right-to-left override (OOXML escapes). */
    private static byte[] workbookWithBrokenLabel() throws Exception {
        byte[] xlsx = SeedWorkbooks.seed000().toXlsx();
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    String s = new String(content, StandardCharsets.UTF_8);
                    String changed = s.replaceFirst("（一）予以公开", "（一）予以公开_xD800__x0007_");
                    assertFalse(changed.equals(s), "the label is in the shared strings");
                    content = changed.getBytes(StandardCharsets.UTF_8);
                }
                parts.put(e.getName(), content);
            }
        }
        return RawXlsx.zip(parts);
    }

    private static void assertUtf8(Path file) throws Exception {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file))); // throws on a half character
    }

    @Test
    void every_output_should_be_whole_and_well_formed_with_hostile_characters(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports);
        Files.write(reports.resolve("a-good.xlsx"), SeedWorkbooks.seed000().toXlsx());
        Files.write(reports.resolve("b-label.xlsx"), workbookWithBrokenLabel());
        String html = new String(SeedDocuments.html(HostileFiles.seedText().getBytes(StandardCharsets.UTF_8), false, false),
                StandardCharsets.UTF_8).replaceFirst("予以公开", "予以公开&#xD800;&#x202E;");
        Files.writeString(reports.resolve("c-" + MARKUP + "\u202E\u0007.html"), html);
        Files.write(reports.resolve("-d=1+1.xlsx"), SeedWorkbooks.seed002().toXlsx());
        CheckResult result = ReportChecker.run(new CheckRequest(reports, null, null, "2021", 2));
        result = WrittenReports.withCover(result, Map.of("机关名称", MARKUP + "\n## 全部通过", "报告年度", "2024\u202E"));
        Path out = dir.resolve("out");
        Reports.write(result, new ReportContext(Messages.of("zh"), Severity.ERROR, reports), out, Set.of(ReportFormat.values()));

        long findings = result.files().stream().mapToLong(f -> f.findings().size()).sum();
        assertTrue(findings > 2, "the hostile labels are findings: " + findings);
        assertEquals(findings, FindingsCsv.records(out.resolve("findings.csv")).size(), "findings.csv is whole");
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".xml") || name.endsWith(".csv") || name.endsWith(".md") || name.endsWith(".html")
                        || name.endsWith(".json") || name.endsWith(".sarif")) {
                    assertUtf8(p);
                }
                if (name.endsWith(".xml")) {
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(p.toFile()); // well-formed
                }
                if (name.endsWith(".json") || name.endsWith(".sarif")) {
                    new ObjectMapper().readTree(p.toFile());
                }
                if (name.endsWith(".xlsx")) {
                    WorkbookFactory.create(p.toFile(), null, true).close();
                }
                if (name.endsWith(".md") || name.endsWith(".html")) {
                    String text = Files.readString(p);
                    assertFalse(text.contains("<img"), name + " has live markup");
                    assertFalse(name.endsWith(".md") && text.lines().anyMatch(l -> l.startsWith("## 全部通过")),
                            name + " has a forged heading");
                    assertFalse(text.contains("\u202E") || text.contains("\u0007") || text.contains("\u0000"), name);
                }
            }
        }
        String csv = Files.readString(out.resolve("findings.csv"));
        assertTrue(csv.contains("\n-d=1+1.xlsx,"), "the file column is the path as it is");
        assertTrue(csv.contains("\nc-" + MARKUP + "\uFFFD\uFFFD.html,"), "the unsafe characters of a name show as \uFFFD");
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("b-label.xlsx,") && l.contains("予以公开\uFFFD\uFFFD")),
                "and those of a label: " + csv.lines().filter(l -> l.startsWith("b-") || l.startsWith("c-")).toList());
    }

    @Test
    void csv_should_neutralise_formula_prefixes_also_after_leading_spaces() {
        assertEquals("'=1+1", CsvReportWriter.safe("=1+1"));
        assertEquals("'  =1+1", CsvReportWriter.safe("  =1+1"));
        assertEquals("'\u3000@SUM(A1)", CsvReportWriter.safe("\u3000@SUM(A1)"));
        assertEquals("' -2+3", CsvReportWriter.safe(" -2+3"));
        assertEquals("  表三", CsvReportWriter.safe("  表三"));
    }
}

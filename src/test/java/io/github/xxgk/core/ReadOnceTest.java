package io.github.xxgk.core;

import io.github.xxgk.fixtures.FindingTuple;
import io.github.xxgk.fixtures.RawXlsx;
import io.github.xxgk.read.ActiveContent;
import io.github.xxgk.read.ActiveContent.Kind;
import io.github.xxgk.read.ReadLimits;
import io.github.xxgk.read.SourceFile;
import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.read.xlsx.XlsxReader;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each workbook is read once: what the reader finds of its active content in its own pass is what a scan of the whole
 * package finds; what is checked from the held bytes is what is checked from the file; the bytes go with the file's
 * result to its outputs, and no further.
 */
class ReadOnceTest {

    @TempDir
    static Path dir;

    private static final String DDE = "cmd|' /C calc'!A0";

    /** Sheet XML with one formula in A1. */
    private static String formula(String text) {
        return "<sheetData><row r=\"1\"><c r=\"A1\"><f>" + text + "</f><v>0</v></c></row></sheetData>";
    }

    /** A worksheet part of that sheet XML, listed in no workbook: no reader parses it. */
    private static String unlisted(String sheetXml) {
        return "<worksheet xmlns=\"" + RawXlsx.MAIN + "\">" + sheetXml + "</worksheet>";
    }

    /** Workbooks with active content in every place it is looked for, and the kinds each has. */
    static Map<String, Set<Kind>> active() {
        Map<String, Set<Kind>> kinds = new LinkedHashMap<>();
        kinds.put("active-vba.xlsm", EnumSet.of(Kind.MACROS));
        kinds.put("active-macrosheet.xlsm", EnumSet.of(Kind.MACROS));
        kinds.put("active-link.xlsx", EnumSet.of(Kind.EXTERNAL_LINKS));
        kinds.put("active-dde-link.xlsx", EnumSet.of(Kind.EXTERNAL_LINKS, Kind.DDE));
        kinds.put("active-dde-cell.xlsx", EnumSet.of(Kind.DDE));
        kinds.put("active-dde-second-sheet.xlsx", EnumSet.of(Kind.DDE));
        kinds.put("active-dde-unlisted-sheet.xlsx", EnumSet.of(Kind.DDE));
        kinds.put("active-dde-past-the-sheets-read.xlsx", EnumSet.of(Kind.DDE));
        kinds.put("active-dde-outside-the-cells.xlsx", EnumSet.of(Kind.DDE));
        kinds.put("active-bar-in-a-string.xlsx", EnumSet.noneOf(Kind.class));
        // formulas of a sheet no reader parses, written as a parser reads them but not as <f>text</f>
        kinds.put("active-dde-unlisted-prefixed.xlsx", EnumSet.of(Kind.DDE));
        kinds.put("active-dde-unlisted-tab-in-tag.xlsx", EnumSet.of(Kind.DDE));
        kinds.put("active-dde-unlisted-newline-in-tag.xlsx", EnumSet.of(Kind.DDE));
        kinds.put("active-dde-unlisted-character-reference.xlsx", EnumSet.of(Kind.DDE));
        kinds.put("active-bar-in-an-escaped-string-unlisted.xlsx", EnumSet.noneOf(Kind.class));
        // what is a link and what only looks like one
        kinds.put("active-dde-quoted-application.xlsx", EnumSet.of(Kind.DDE));
        kinds.put("active-dde-function.xlsx", EnumSet.of(Kind.DDE));
        kinds.put("active-bar-in-a-sheet-name.xlsx", EnumSet.noneOf(Kind.class));
        kinds.put("active-bar-in-a-sheet-name-unlisted.xlsx", EnumSet.noneOf(Kind.class));
        return kinds;
    }

    static byte[] activeWorkbook(String name) {
        String plain = "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>";
        RawXlsx wb = new RawXlsx().sheet("表三", plain);
        switch (name) {
            case "active-vba.xlsm" -> wb.part("xl/vbaProject.bin", "VBA project");
            case "active-macrosheet.xlsm" -> wb.part("xl/macrosheets/sheet1.xml", "<xm:macrosheet xmlns:xm=\"x\"/>");
            case "active-link.xlsx" -> wb.part("xl/externalLinks/externalLink1.xml",
                    "<externalLink xmlns=\"" + RawXlsx.MAIN + "\"><externalBook/></externalLink>");
            case "active-dde-link.xlsx" -> wb.part("xl/externalLinks/externalLink1.xml",
                    "<externalLink xmlns=\"" + RawXlsx.MAIN + "\"><ddeLink ddeService=\"cmd\" ddeTopic=\"/C calc\"/></externalLink>");
            case "active-dde-cell.xlsx" -> wb = new RawXlsx().sheet("表三", formula(DDE));
            case "active-dde-second-sheet.xlsx" -> wb.sheet("隐藏", formula(DDE));
            case "active-dde-unlisted-sheet.xlsx" -> wb.part("xl/worksheets/sheet9.xml",
                    "<worksheet xmlns=\"" + RawXlsx.MAIN + "\">" + formula(DDE) + "</worksheet>");
            case "active-dde-past-the-sheets-read.xlsx" -> {
                for (int i = 2; i <= 50; i++) {
                    wb.sheet("表" + i, plain);
                }
                wb.sheet("表51", formula(DDE)); // a workbook is read to its 50th sheet
            }
            case "active-dde-outside-the-cells.xlsx" -> wb = new RawXlsx().sheet("表三", plain
                    + "<extLst><ext uri=\"{x}\"><f>" + DDE + "</f></ext></extLst>");
            case "active-bar-in-a-string.xlsx" -> wb = new RawXlsx().sheet("表三", formula("\"a|b\"&amp;A1"));
            case "active-dde-unlisted-prefixed.xlsx" -> wb.part("xl/worksheets/sheet9.xml", "<x:worksheet xmlns:x=\""
                    + RawXlsx.MAIN + "\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\"><x:f>" + DDE
                    + "</x:f></x:c></x:row></x:sheetData></x:worksheet>");
            case "active-dde-unlisted-tab-in-tag.xlsx" -> wb.part("xl/worksheets/sheet9.xml", unlisted(
                    "<sheetData><row r=\"1\"><c r=\"A1\"><f\tt=\"shared\"\tref=\"A1:A2\" si=\"0\">" + DDE
                            + "</f></c></row></sheetData>"));
            case "active-dde-unlisted-newline-in-tag.xlsx" -> wb.part("xl/worksheets/sheet9.xml", unlisted(
                    "<sheetData><row r=\"1\"><c r=\"A1\"><f\n>" + DDE + "</f\n></c></row></sheetData>"));
            case "active-dde-unlisted-character-reference.xlsx" -> wb.part("xl/worksheets/sheet9.xml",
                    unlisted(formula("cmd&#124;' /C calc'!A0")));
            case "active-bar-in-an-escaped-string-unlisted.xlsx" -> wb.part("xl/worksheets/sheet9.xml",
                    unlisted(formula("&quot;a|b&quot;&amp;A1")));
            case "active-dde-quoted-application.xlsx" -> wb = new RawXlsx().sheet("表三", formula("'cmd'|' /C calc'!A0"));
            case "active-dde-function.xlsx" -> wb = new RawXlsx().sheet("表三",
                    formula("DDE(&quot;cmd&quot;;&quot;/C calc&quot;;&quot;x&quot;)"));
            case "active-bar-in-a-sheet-name.xlsx" -> wb = new RawXlsx().sheet("表三", formula("'A|B'!A1+'it''s|x'!B2"));
            case "active-bar-in-a-sheet-name-unlisted.xlsx" -> wb.part("xl/worksheets/sheet9.xml",
                    unlisted(formula("'A|B'!A1")));
            default -> throw new IllegalArgumentException(name);
        }
        return wb.toBytes();
    }

    private static Map<String, byte[]> workbooks() throws Exception {
        Map<String, byte[]> all = new LinkedHashMap<>(ReaderDifferentialTest.fixtures());
        active().keySet().forEach(name -> all.put(name, activeWorkbook(name)));
        return all;
    }

    @TestFactory
    Stream<DynamicTest> reader_should_find_the_active_content_a_scan_of_the_whole_package_finds() throws Exception {
        Map<String, byte[]> workbooks = workbooks();
        List<DynamicTest> tests = new ArrayList<>();
        for (var e : workbooks.entrySet()) {
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
                Path file = dir.resolve("active-" + e.getKey());
                Files.write(file, e.getValue());
                SourceFile read = SourceFile.of(file, e.getKey(), true);
                try {
                    new XlsxReader().read(read);
                } catch (UnreadableException unreadable) {
                    assertNull(read.activeContent(), "an unreadable file has no warnings");
                    return;
                }
                assertNotNull(read.activeContent(), "the reader says what it saw");
                Set<Kind> scanned = ActiveContent.of(SourceFile.of(file, e.getKey())); // not read: the package scanned
                assertEquals(scanned, read.activeContent(), e.getKey());
                Set<Kind> expected = active().getOrDefault(e.getKey(), Set.of());
                assertEquals(expected, read.activeContent(), e.getKey());
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> held_and_file_reads_should_give_the_same_findings() throws Exception {
        ReportChecker checker = new ReportChecker(FormatDefinitions.standard());
        ReportChecker fromFile = checker.withLimits(ReadLimits.parse("heldBytes=1"));
        return workbooks().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path file = dir.resolve("held-" + e.getKey());
            Files.write(file, e.getValue());
            FileResult held = checker.checkFile(file, e.getKey());
            FileResult read = fromFile.checkFile(file, e.getKey());
            assertEquals(FindingTuple.of(read.findings()), FindingTuple.of(held.findings()), e.getKey());
            if (held.report() != null) {
                assertArrayEquals(e.getValue(), held.report().sourceBytes(), "held: the copy's source is what was read");
                assertNull(held.report().sourceSha256(), "held: nothing to fingerprint");
                assertNull(read.report().sourceBytes());
                assertNotNull(read.report().sourceSha256(), "read from the file: fingerprinted");
            }
        }));
    }

    @Test
    void bytes_should_go_to_the_sink_with_the_result_and_be_dropped_once_delivered() throws Exception {
        Path reports = dir.resolve("sink");
        Files.createDirectories(reports);
        byte[] content = activeWorkbook("active-bar-in-a-string.xlsx");
        Files.write(reports.resolve("a.xlsx"), content);
        Files.write(reports.resolve("b.txt"), "not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<byte[]> delivered = Collections.synchronizedList(new ArrayList<>());
        FileSink sink = (index, r) -> delivered.add(r.report() == null ? null : r.report().sourceBytes());
        ReportChecker checker = new ReportChecker(FormatDefinitions.standard());
        for (boolean compact : List.of(false, true)) {
            delivered.clear();
            CheckResult result = new CheckRun(checker, null, sink, Progress.NONE, compact)
                    .checkAll(reports, List.of(Path.of("a.xlsx"), Path.of("b.txt")), 1);
            assertEquals(2, delivered.size());
            assertTrue(delivered.stream().anyMatch(b -> b != null && java.util.Arrays.equals(content, b)),
                    "the sink gets the bytes that were checked");
            for (FileResult f : result.files()) {
                assertTrue(f.report() == null || f.report().sourceBytes() == null, f.file() + " keeps no bytes");
            }
        }
    }
}

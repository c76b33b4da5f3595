package io.github.xxgk.core;

import io.github.xxgk.fixtures.AgencyWorkbook;
import io.github.xxgk.fixtures.FindingTuple;
import io.github.xxgk.fixtures.GeneratedReport;
import io.github.xxgk.fixtures.RawXlsx;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.generate.TemplateFiller;
import io.github.xxgk.generate.TemplateWorkbook;
import io.github.xxgk.read.Readers;
import io.github.xxgk.read.SourceFile;
import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.read.poi.WorkbookReader;
import io.github.xxgk.read.xlsx.XlsxReader;
import io.github.xxgk.table.Grid;
import io.github.xxgk.table.GridCell;
import io.github.xxgk.table.GridSheet;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The streaming reader against POI's usermodel over every workbook the project has: the same grid, cell by cell,
 * and the same findings through the checker.
 */
class ReaderDifferentialTest {

    @TempDir
    static Path dir;

    static Map<String, byte[]> fixtures() throws Exception {
        Map<String, byte[]> f = new LinkedHashMap<>();
        SeedWorkbooks.all().forEach((name, wb) -> f.put("seed-" + name + ".xlsx", wb.toXlsx()));
        f.put("layout-one-sheet.xlsx", new AgencyWorkbook().oneSheet(true).toXlsx());
        f.put("layout-title-rows.xlsx", new AgencyWorkbook().titleRows(3).toXlsx());
        f.put("layout-shifted.xlsx", new AgencyWorkbook().startCol(3).oneSheet(true).toXlsx());
        f.put("layout-line-breaks.xlsx", new AgencyWorkbook().lineBreaks(true).toXlsx());
        f.put("layout-merged-single-values.xlsx", new AgencyWorkbook().spanSingleValues(true).toXlsx());
        f.put("layout-merged-value.xlsx", new AgencyWorkbook().mergeValue("t3", "open", "natural", 2, 1).toXlsx());
        f.put("layout-empty-row.xlsx", new AgencyWorkbook().emptyRowUnderTable2Header(true).titleRows(0).toXlsx());
        Random random = new Random(11);
        for (int i = 0; i < 5; i++) {
            Map<String, Integer> values = GeneratedReport.consistent(random);
            if (i % 2 == 1) {
                values.merge(values.keySet().iterator().next(), 3, Integer::sum);
            }
            f.put("generated-" + i + ".xlsx", GeneratedReport.workbook(values).toXlsx());
        }
        for (String root : List.of("examples/reports", "it")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path p : files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) {
                    f.put(p.toString().replace('/', '_'), Files.readAllBytes(p));
                }
            }
        }
        byte[] template = new TemplateWorkbook(FormatDefinitions.standard()).toBytes();
        f.put("template-blank.xlsx", template);
        Map<String, Object> values = templateValues();
        f.put("template-filled.xlsx", TemplateFiller.fill(template, values, false));
        f.put("template-filled-recalculated.xlsx", TemplateFiller.fill(template, values, true));
        values.put("t3:open|natural", 61);
        values.put("t2:fees|fee-amount", "1190.5");
        values.put("t3:partial|business", null);
        f.put("template-perturbed.xlsx", TemplateFiller.fill(template, values, false));
        f.put("template-perturbed-recalculated.xlsx", TemplateFiller.fill(template, values, true));
        f.put("crafted-cells.xlsx", craftedCells());
        return f;
    }

    private static Map<String, Object> templateValues() {
        Map<String, Object> v = TemplateFiller.zeros();
        v.put("t3:new|natural", 5);
        v.put("t3:new|total", 5);
        v.put("t3:open|natural", 5);
        v.put("t3:open|total", 5);
        v.put("t3:results-total|natural", 5);
        v.put("t3:results-total|total", 5);
        v.put("t2:fees|fee-amount", 12.25);
        return v;
    }

    /** Every kind of cell POI's writer never produces, as Excel, WPS and other tools save them. */
    static byte[] craftedCells() {
        String data = "<sheetData>"
                + "<row r=\"1\"><c r=\"A1\"><v>14</v></c><c r=\"B1\" t=\"s\"><v>0</v></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> 14 </t></is></c>"
                + "<c r=\"D1\" t=\"inlineStr\"><is><r><t>（一）</t></r><r><rPr><b/></rPr><t>予以公开</t></r></is></c>"
                + "<c r=\"E1\" t=\"b\"><v>1</v></c><c r=\"F1\" t=\"e\"><v>#DIV/0!</v></c>"
                + "<c r=\"G1\"><f>A1+1</f><v>15</v></c><c r=\"H1\"><f>A1*2</f></c>"
                + "<c r=\"I1\" t=\"str\"><f>\"x\"</f><v>x_x000D_y</v></c><c r=\"J1\" t=\"s\"><v>99</v></c>"
                + "<c r=\"K1\" t=\"e\"/><c r=\"L1\"><v></v></c><c r=\"M1\" s=\"1\"/><c r=\"N1\"><v>1.0E-3</v></c>"
                + "<c r=\"O1\"><v>0.30000000000000004</v></c><c r=\"P1\" t=\"b\"><v>0</v></c>"
                + "<c r=\"Q1\" t=\"s\"><v>2</v></c><c r=\"R1\" t=\"s\"><v>3</v></c><c r=\"S1\"><f>A1&lt;&gt;\"a\"&amp;B1</f></c></row>"
                + "<row><c><v>1</v></c><c t=\"s\"><v>1</v></c><c r=\"E2\"><v>2</v></c><c><v>3</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><v>7</v></c><c r=\"DZ3\"><v>8</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\"><v>1</v></c><c r=\"B4\"><v>2</v></c>"
                + "<c r=\"C4\"><f t=\"shared\" ref=\"C4:E5\" si=\"0\">A4+B4</f></c><c r=\"D4\"><f t=\"shared\" si=\"0\"/></c>"
                + "<c r=\"E4\"><f t=\"shared\" si=\"0\"/><v>3</v></c></row>"
                + "<row r=\"5\"><c r=\"C5\"><f t=\"shared\" si=\"0\"/></c><c r=\"D5\"><f t=\"shared\" si=\"0\"/></c>"
                + "<c r=\"F5\"><f t=\"array\" ref=\"F5:F6\">SUM($A$4:B4)</f></c></row>"
                + "<row r=\"6\"><c r=\"F6\"/><c r=\"G6\"><f t=\"dataTable\" ref=\"G6:G7\" dt2D=\"0\" dtr=\"0\" r1=\"A1\"/><v>7</v></c></row>"
                + "<row r=\"7\"><c r=\"A7\" t=\"s\"><v>4</v></c><c r=\"B7\" t=\"s\"><v>5</v></c><c r=\"C7\" t=\"inlineStr\"><v>1,234</v></c></row>"
                + "<row r=\"8\"><c r=\"A8\" t=\"s\"><v>6</v></c></row>"
                + "<row r=\"10\"><c r=\"A10\"><v>1</v></c><c r=\"C10\"><v>1</v></c></row>"
                + "<row r=\"10\"><c r=\"B10\"><v>2</v></c></row>"
                + "<row r=\"2500\"><c r=\"A2500\"><v>9</v></c></row>"
                + "</sheetData><mergeCells count=\"2\"><mergeCell ref=\"A8:B9\"/><mergeCell ref=\"H7:I7\"/></mergeCells>";
        String strings = "<si><r><t>一、</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">本年新收 </t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>yomi</t></rPh></si>"
                + "<si><t>１４</t></si><si><t/></si><si><t>[bookmark: _GoBack]0</t></si>"
                + "<si><t>三、本年度办理\n结果</t></si><si><t>／</t></si><si><t>合并_x005F_x0041_</t></si>";
        return new RawXlsx().sheet("表三", data).chartsheet("图表").sheet("隐藏", "<sheetData><row r=\"2\"><c r=\"B2\"><v>1</v></c></row></sheetData>")
                .sharedStrings(strings).toBytes();
    }

    @TestFactory
    Stream<DynamicTest> readers_should_give_the_same_grid_and_findings_for_every_workbook() throws Exception {
        Map<String, byte[]> fixtures = fixtures();
        assertTrue(fixtures.size() >= 40, "fixtures found: " + fixtures.size());
        return fixtures.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> compare(e.getKey(), e.getValue())));
    }

    private static void compare(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        SourceFile source = SourceFile.of(file, name);
        assertTrue(new XlsxReader().accepts(source));
        String streamed = describe(source, true);
        String poi = describe(source, false);
        assertEquals(name.contains("truncated"), poi.startsWith("unreadable"), poi);
        assertEquals(poi, streamed, name);
        List<FindingTuple> expected = FindingTuple.of(checker().readingWith(Readers.usermodel()).checkFile(file, name).findings());
        List<FindingTuple> actual = FindingTuple.of(checker().checkFile(file, name).findings());
        assertEquals(expected, actual, name);
    }

    private static ReportChecker checker() {
        return new ReportChecker(FormatDefinitions.standard());
    }

    /** The grid cell by cell, one line a cell, or the reason it cannot be read. */
    private static String describe(SourceFile source, boolean streaming) throws IOException {
        Grid grid;
        try {
            grid = streaming ? new XlsxReader().read(source) : new WorkbookReader().read(source);
        } catch (UnreadableException e) {
            return "unreadable: " + e.reason();
        }
        List<String> lines = new ArrayList<>();
        lines.add("text " + grid.text() + " artefacts " + grid.artefacts() + " ragged " + grid.ragged());
        for (GridSheet s : grid.sheets()) {
            lines.add("sheet " + s.name() + " " + s.rows() + "x" + s.columns());
            for (int r = 0; r < s.rows(); r++) {
                List<GridCell> row = s.row(r);
                lines.add("row " + r + " has " + row.size());
                for (GridCell c : row) {
                    lines.add(c.ref() + " ← " + c.origin() + " " + c.value());
                }
            }
        }
        return String.join("\n", lines);
    }

    @Test
    void crafted_cells_should_be_read_as_their_kinds() throws Exception {
        Path file = dir.resolve("crafted.xlsx");
        Files.write(file, craftedCells());
        GridSheet s = new XlsxReader().read(SourceFile.of(file, "crafted.xlsx")).sheets().get(0);
        assertEquals("一、本年新收 ", s.cell(0, 1).text());
        assertEquals("（一）予以公开", s.cell(0, 3).text());
        assertEquals("x\ry", s.cell(0, 8).text());
        assertEquals("=B4+C4", s.cell(3, 3).value().display());
        assertEquals("=A5+B5", s.cell(4, 2).value().display());
        assertEquals("=SUM($A$4:B4)", s.cell(5, 5).value().display());
        // a row seen twice is the second; a cell without a reference follows the last; rows and columns cut at the limits
        assertEquals(List.of("", "2", "", "2", "3"), List.of(s.cell(9, 0).value().display(), s.cell(9, 1).value().display(),
                s.cell(9, 2).value().display(), s.cell(1, 4).value().display(), s.cell(1, 5).value().display()));
        assertEquals(s.cell(7, 0).ref(), s.cell(8, 1).origin());
        assertEquals(List.of(2000, 120), List.of(s.rows(), s.columns()));
    }
}

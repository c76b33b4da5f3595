package io.github.xxgk.report.xlsx;

import io.github.xxgk.check.Finding;
import io.github.xxgk.core.FileResult;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.AgencyWorkbook;
import io.github.xxgk.fixtures.LibreOffice;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.report.Messages;
import io.github.xxgk.template.FormatDefinitions;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The annotated copy changed in the package against the same copy written with POI's usermodel: as POI reads them
 * back, both have the same sheets, values, fills, comments and findings sheet, and the cells keep the agency's own
 * formatting; the parts nobody marks are copied byte for byte.
 */
class AnnotatedPackageTest {

    private static final Messages ZH = Messages.of("zh");

    /** A seed with the agency's own formatting (bold, bordered numbers), its last sheet active and with a print area. */
    private static Path styledSeed(Path dir, AgencyWorkbook seed) throws IOException {
        Path file = dir.resolve("reports/agency.xlsx");
        Files.createDirectories(file.getParent());
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(seed.toXlsx()))) {
            CellStyle numbers = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            numbers.setFont(bold);
            numbers.setBorderBottom(BorderStyle.THIN);
            numbers.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getColumnIndex() >= 3) {
                            cell.setCellStyle(numbers);
                        }
                    }
                }
            }
            int t3 = wb.getNumberOfSheets() - 1;
            wb.setActiveSheet(t3);
            wb.setSelectedTab(t3);
            wb.setPrintArea(t3, "$A$1:$J$29");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static List<Finding> findings(Path file) {
        return new ReportChecker(FormatDefinitions.standard()).checkFile(file, file.getFileName().toString()).findings();
    }

    @Test
    void package_copy_should_read_back_as_the_usermodel_copy(@TempDir Path dir) throws Exception {
        for (Map.Entry<String, AgencyWorkbook> seed : SeedWorkbooks.all().entrySet()) {
            Path input = styledSeed(dir.resolve(seed.getKey()), seed.getValue());
            List<Finding> findings = findings(input);
            if (findings.isEmpty()) {
                continue; // no copy for a file without findings
            }
            Path inPackage = dir.resolve(seed.getKey() + "-package.xlsx");
            Path usermodel = dir.resolve(seed.getKey() + "-usermodel.xlsx");
            AnnotatedPackage.write(Files.readAllBytes(input), inPackage, "agency.xlsx", findings, ZH);
            AnnotatedWorkbookWriter.usermodel(Files.readAllBytes(input), usermodel, "agency.xlsx", findings, ZH);
            try (Workbook original = open(input); Workbook a = open(inPackage); Workbook b = open(usermodel)) {
                assertEquals(names(b), names(a), seed.getKey());
                assertEquals(0, a.getActiveSheetIndex());
                for (int i = 0; i < a.getNumberOfSheets(); i++) {
                    assertEquals(i == 0, a.getSheetAt(i).isSelected(), "only the findings sheet is selected: " + i);
                }
                int last = original.getNumberOfSheets() - 1;
                assertEquals(original.getPrintArea(last), a.getPrintArea(last + 1), "a name of a sheet stays with its sheet");
                for (Sheet sheet : original) {
                    sameCells(sheet, a.getSheet(sheet.getSheetName()), b.getSheet(sheet.getSheetName()));
                }
                sameFindingsSheet(a.getSheetAt(0), b.getSheetAt(0));
            }
        }
    }

    @Test
    void package_copy_should_copy_the_parts_it_does_not_change_byte_for_byte(@TempDir Path dir) throws Exception {
        Path input = styledSeed(dir, SeedWorkbooks.seed004());
        Path out = dir.resolve("annotated.xlsx");
        AnnotatedPackage.write(Files.readAllBytes(input), out, "agency.xlsx", findings(input), ZH);
        try (ZipFile in = ZipFile.builder().setPath(input).get(); ZipFile copy = ZipFile.builder().setPath(out).get()) {
            for (String part : List.of("xl/sharedStrings.xml", "docProps/core.xml")) {
                assertArrayEquals(raw(in, part), raw(copy, part), part);
            }
            assertFalse(Arrays.equals(raw(in, "xl/styles.xml"), raw(copy, "xl/styles.xml")));
        }
    }

    @Test
    void sheet_with_comments_of_its_own_should_be_annotated_by_the_usermodel(@TempDir Path dir) throws Exception {
        Path input = styledSeed(dir, SeedWorkbooks.seed004());
        try (Workbook wb = open(input)) {
            Sheet t3 = wb.getSheet("表三");
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            Comment own = t3.createDrawingPatriarch().createCellComment(anchor);
            own.setString(wb.getCreationHelper().createRichTextString("本机关备注"));
            t3.getRow(0).getCell(0).setCellComment(own);
            try (OutputStream out = Files.newOutputStream(input)) {
                wb.write(out);
            }
        }
        List<Finding> findings = findings(input);
        Path out = dir.resolve("annotated.xlsx");
        AnnotatedWorkbookWriter.copy(Files.readAllBytes(input), out, "agency.xlsx", findings, ZH);
        try (Workbook wb = open(out)) {
            Sheet t3 = wb.getSheet("表三");
            assertEquals("本机关备注", t3.getRow(0).getCell(0).getCellComment().getString().getString());
            assertTrue(t3.getRow(27).getCell(3).getCellComment().getString().getString().contains("与各项之和 1 不符"));
        }
    }

    @Test
    void cell_text_should_escape_what_spreadsheets_would_decode() {
        assertEquals("a_x005F_x0041_b", XmlText.cellText("a_x0041_b"));
        assertEquals("a_xyz_", XmlText.cellText("a_xyz_"));
        assertEquals("&lt;b&gt; &amp; \uFFFD\uFFFD &#10;", XmlText.attr(new StringBuilder(), "<b> & \u0000\uDC00 \n").toString()
                .replace("&quot;", "\""));
    }

    @Test
    void libreoffice_should_open_the_package_copy(@TempDir Path dir) throws Exception {
        String soffice = LibreOffice.soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
        Path input = styledSeed(dir, SeedWorkbooks.seed004());
        Path out = dir.resolve("annotated.xlsx");
        AnnotatedPackage.write(Files.readAllBytes(input), out, "agency.xlsx", findings(input), ZH);
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=file://" + dir.resolve("lo-profile"), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), out.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish");
        String pdf = new String(Files.readAllBytes(dir.resolve("annotated.pdf")), StandardCharsets.ISO_8859_1);
        int pages = pdf.split("/Type\\s*/Page[^s]", -1).length - 1;
        assertTrue(pages >= 4, "the findings sheet and the three tables print: " + pages + " pages");
    }

    private static byte[] raw(ZipFile zip, String part) throws IOException {
        try (InputStream in = zip.getRawInputStream(zip.getEntry(part))) {
            return in.readAllBytes();
        }
    }

    private static Workbook open(Path file) throws IOException {
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    private static List<String> names(Workbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static void sameCells(Sheet original, Sheet a, Sheet b) {
        for (Row row : b) {
            for (Cell cb : row) {
                Cell ca = a.getRow(row.getRowNum()) == null ? null : a.getRow(row.getRowNum()).getCell(cb.getColumnIndex());
                String at = original.getSheetName() + "!" + cb.getAddress();
                Comment comment = cb.getCellComment();
                if (ca == null) {
                    assertTrue(comment == null && cb.getCellStyle().getFillPattern().getCode() == 0, at + " only in the usermodel copy");
                    continue;
                }
                assertEquals(cb.toString(), ca.toString(), at);
                assertEquals(cb.getCellStyle().getFillForegroundColor(), ca.getCellStyle().getFillForegroundColor(), at);
                assertEquals(cb.getCellStyle().getFillPattern(), ca.getCellStyle().getFillPattern(), at);
                assertEquals(cb.getCellStyle().getDataFormatString(), ca.getCellStyle().getDataFormatString(), at);
                assertEquals(cb.getCellStyle().getBorderBottom(), ca.getCellStyle().getBorderBottom(), at);
                assertEquals(a.getWorkbook().getFontAt(ca.getCellStyle().getFontIndex()).getBold(),
                        b.getWorkbook().getFontAt(cb.getCellStyle().getFontIndex()).getBold(), at);
                assertEquals(comment == null ? null : comment.getString().getString(),
                        ca.getCellComment() == null ? null : ca.getCellComment().getString().getString(), at);
            }
        }
        for (Row row : original) {
            for (Cell c : row) {
                assertEquals(c.toString(), a.getRow(row.getRowNum()).getCell(c.getColumnIndex()).toString());
            }
        }
    }

    private static void sameFindingsSheet(Sheet a, Sheet b) {
        assertEquals(b.getSheetName(), a.getSheetName());
        assertEquals(texts(b), texts(a));
        assertEquals(b.getRepeatingRows(), a.getRepeatingRows());
        assertEquals(b.getPrintSetup().getLandscape(), a.getPrintSetup().getLandscape());
        assertEquals(b.getPrintSetup().getPaperSize(), a.getPrintSetup().getPaperSize());
        assertEquals(b.getFitToPage(), a.getFitToPage());
        assertEquals(b.isPrintGridlines(), a.isPrintGridlines());
        assertEquals(b.getHeader().getLeft(), a.getHeader().getLeft());
        assertEquals(b.getFooter().getCenter(), a.getFooter().getCenter());
        assertNotNull(a.getPaneInformation());
        for (Row rb : b) {
            Row ra = a.getRow(rb.getRowNum());
            assertEquals(rb.getHeightInPoints(), ra.getHeightInPoints(), 0.01, "row " + rb.getRowNum());
            for (Cell cb : rb) {
                Cell ca = ra.getCell(cb.getColumnIndex());
                assertEquals(cb.getCellStyle().getWrapText(), ca.getCellStyle().getWrapText());
                assertEquals(a.getWorkbook().getFontAt(ca.getCellStyle().getFontIndex()).getBold(),
                        b.getWorkbook().getFontAt(cb.getCellStyle().getFontIndex()).getBold());
                assertEquals(cb.getHyperlink() == null ? null : cb.getHyperlink().getAddress(),
                        ca.getHyperlink() == null ? null : ca.getHyperlink().getAddress(), cb.getAddress().toString());
            }
        }
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                texts.add(Objects.toString(cell.getStringCellValue()));
            }
        }
        return texts;
    }
}

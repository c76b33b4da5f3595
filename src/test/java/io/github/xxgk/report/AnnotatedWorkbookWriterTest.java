package io.github.xxgk.report;

import io.github.xxgk.fixtures.SeedWorkbooks;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnotatedWorkbookWriterTest {

    private static Workbook annotated(Path dir, String locale) throws Exception {
        var result = WrittenReports.check(dir, Map.of("yichun.xlsx", SeedWorkbooks.seed004()));
        Path out = WrittenReports.write(dir, result, locale, ReportFormat.ANNOTATED);
        return WorkbookFactory.create(out.resolve("annotated/yichun.xlsx").toFile(), null, true);
    }

    /** The findings sheet's row for a location (column B). */
    private static Row row(Sheet findings, String location) {
        for (Row r : findings) {
            if (r.getCell(1) != null && location.equals(r.getCell(1).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no finding at " + location);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    @Test
    void annotated_copy_should_be_english_in_locale_en(@TempDir Path dir) throws Exception {
        try (Workbook wb = annotated(dir, "en")) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("Check results", sheet.getSheetName());
            assertEquals(List.of("Severity", "Location", "Item", "Reported", "Expected", "Rule", "Message"),
                    texts(sheet.getRow(0)));
            assertEquals("ERROR", row(sheet, "表三!D28").getCell(0).getStringCellValue());
            assertTrue(row(sheet, "表三!D28").getCell(6).getStringCellValue()
                    .startsWith("（七）总计 × 自然人: 0 was reported; the result rows sum to 1 (difference -1)."));
            assertEquals("INFO", row(sheet, "表三!D17").getCell(0).getStringCellValue());
            Cell change = wb.getSheet("表三").getRow(16).getCell(3);
            String note = change.getCellComment().getString().getString();
            assertTrue(note.startsWith("[INFO] （四）1.本机关不掌握相关政府信息 × 自然人: change 1 to 0.")
                    && note.endsWith("(suggested-correction)"), note);
        }
    }

    @Test
    void annotated_copy_should_keep_chinese_by_default(@TempDir Path dir) throws Exception {
        try (Workbook wb = annotated(dir, "zh")) {
            assertEquals("核对结果", wb.getSheetName(0));
            assertEquals(List.of("级别", "位置", "项目", "填报值", "应为", "规则", "说明"), texts(wb.getSheetAt(0).getRow(0)));
            String note = wb.getSheet("表三").getRow(27).getCell(3).getCellComment().getString().getString();
            assertTrue(note.startsWith("【错误】（七）总计 × 自然人：填报 0") && note.endsWith("（sum-results-total）"), note);
        }
    }

    @Test
    void annotated_copy_should_fill_the_cells_to_change_red_and_leave_a_failing_total_unfilled(@TempDir Path dir)
            throws Exception {
        try (Workbook wb = annotated(dir, "zh")) {
            Sheet t3 = wb.getSheet("表三");
            for (int col : new int[] {3, 9}) { // 本机关不掌握 × 自然人 and × 总计: 1 → 0
                Cell change = t3.getRow(16).getCell(col);
                assertEquals(IndexedColors.ROSE.getIndex(), change.getCellStyle().getFillForegroundColor());
                assertTrue(change.getCellComment().getString().getString().contains("应由 1 改为 0"));
            }
            Cell total = t3.getRow(27).getCell(3); // （七）总计 0: the relation fails there, but it is not the cell to change
            assertEquals(FillPatternType.NO_FILL, total.getCellStyle().getFillPattern());
            assertTrue(total.getCellComment().getString().getString().contains("与各项之和 1 不符"));
        }
    }

    @Test
    void findings_sheet_should_print_on_a4_landscape_one_page_wide(@TempDir Path dir) throws Exception {
        try (Workbook wb = annotated(dir, "zh")) {
            Sheet sheet = wb.getSheetAt(0);
            PrintSetup print = sheet.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertTrue(print.getLandscape(), "landscape");
            assertTrue(sheet.getFitToPage(), "fit to page");
            assertEquals(1, print.getFitWidth());
            assertEquals(0, print.getFitHeight(), "as many pages tall as needed");
            assertEquals(CellRangeAddress.valueOf("1:1"), sheet.getRepeatingRows());
            assertTrue(sheet.isPrintGridlines(), "gridlines printed");
            assertTrue(sheet.getRow(1).getCell(6).getCellStyle().getWrapText(), "messages wrap");
            assertTrue(row(sheet, "表三!D28").getHeightInPoints() >= 3 * sheet.getDefaultRowHeightInPoints(),
                    "a row as high as its wrapped message");
            assertEquals("https://github.com/xxgk/xxgk-maven-plugin/blob/main/docs/rules/sum-results-total.md",
                    row(sheet, "表三!D28").getCell(5).getHyperlink().getAddress());
        }
    }
}

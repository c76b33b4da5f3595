package io.github.xxgk.report;

import io.github.xxgk.fixtures.SeedWorkbooks;
import org.apache.poi.ss.usermodel.Cell;
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
        var result = WrittenReports.check(dir, Map.of("erdao.xlsx", SeedWorkbooks.seed002()));
        Path out = WrittenReports.write(dir, result, locale, ReportFormat.ANNOTATED);
        return WorkbookFactory.create(out.resolve("annotated/erdao.xlsx").toFile(), null, true);
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
            assertEquals("ERROR", sheet.getRow(3).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(3).getCell(6).getStringCellValue()
                    .startsWith("（七）总计 × 自然人: 165 was reported; the result rows sum to 164."));
            Cell wrong = wb.getSheet("表三").getRow(28).getCell(3);
            String note = wrong.getCellComment().getString().getString();
            assertTrue(note.startsWith("[ERROR] （七）总计 × 自然人: 165 was reported") && note.endsWith("(sum-results-total)"),
                    note);
        }
    }

    @Test
    void annotated_copy_should_keep_chinese_by_default(@TempDir Path dir) throws Exception {
        try (Workbook wb = annotated(dir, "zh")) {
            assertEquals("核对结果", wb.getSheetName(0));
            assertEquals(List.of("级别", "位置", "项目", "填报值", "应为", "规则", "说明"), texts(wb.getSheetAt(0).getRow(0)));
            String note = wb.getSheet("表三").getRow(28).getCell(3).getCellComment().getString().getString();
            assertTrue(note.startsWith("【错误】（七）总计 × 自然人：填报 165") && note.endsWith("（sum-results-total）"), note);
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
            assertTrue(sheet.getRow(3).getHeightInPoints() >= 3 * sheet.getDefaultRowHeightInPoints(),
                    "a row as high as its wrapped message");
            assertEquals("https://github.com/xxgk/xxgk-maven-plugin/blob/main/docs/rules/sum-results-total.md",
                    sheet.getRow(3).getCell(5).getHyperlink().getAddress());
        }
    }
}

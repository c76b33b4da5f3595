package io.github.xxgk.generate;

import io.github.xxgk.core.CheckRequest;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.ConfigurationException;
import io.github.xxgk.core.PreviousReport;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.AgencyWorkbook;
import io.github.xxgk.template.FormatDefinitions;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** xxgk:template given last year's workbook: the cover and 二、上年结转 pre-filled, so the carry-over holds. */
class TemplatePrefillTest {

    @Test
    void template_should_take_the_cover_and_the_carry_over_from_last_years_report(@TempDir Path dir) throws Exception {
        Path last = new AgencyWorkbook().cover("南关区政府办公室", 2023)
                .set("t3", "new", "natural", 3).set("t3", "carried-next", "natural", 3)
                .set("t3", "new", "legal-service", 1).set("t3", "carried-next", "legal-service", 1)
                .set("t3", "new", "total", 4).set("t3", "carried-next", "total", 4)
                .writeXlsx(dir.resolve("reports/2023.xlsx"));
        Prefill prefill = PreviousReport.prefill(last, FormatDefinitions.standard());
        assertEquals("南关区政府办公室", prefill.agency());
        assertEquals(2024, prefill.year());
        assertEquals(new BigDecimal("3"), prefill.values().get("t3:carried|natural").stripTrailingZeros());
        assertEquals(7, prefill.values().size(), "every applicant column of 四、结转下年度继续办理");
        byte[] template = new TemplateWorkbook(FormatDefinitions.standard()).prefilled(prefill).toBytes();

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var cover = wb.getSheet(TemplateWorkbook.COVER);
            assertEquals("南关区政府办公室", cover.getRow(2).getCell(1).getStringCellValue());
            assertEquals(2024, (int) cover.getRow(3).getCell(1).getNumericCellValue());
        }
        // the agency fills in the rest of this year's report; the pre-filled cells are still input cells
        Map<String, Object> values = TemplateFiller.zeros();
        values.keySet().removeIf(k -> k.startsWith("t3:carried|"));
        values.putAll(Map.of("t3:carried-next|natural", 3, "t3:carried-next|legal-service", 1, "t3:carried-next|total", 4));
        byte[] filled = TemplateFiller.fill(template, values, true);
        Files.write(dir.resolve("reports/2024.xlsx"), filled);
        CheckResult result = ReportChecker.run(new CheckRequest(dir.resolve("reports"), null, null, "2021", 1));
        assertEquals(List.of(), result.findings(), "the carry-over holds by construction");
        assertEquals("南关区政府办公室 2024", result.identities().get("2024.xlsx").display());

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Cell carried = find(wb, "二、上年结转政府信息公开申请数量");
            assertEquals(3, (int) carried.getNumericCellValue());
            assertEquals(IndexedColors.PALE_BLUE.getIndex(), carried.getCellStyle().getFillForegroundColor());
            assertFalse(carried.getCellStyle().getLocked(), "pre-filled, still editable");
            assertNotNull(carried.getCellComment());
            assertTrue(carried.getCellComment().getString().getString().contains("预填：取自上年报告（2023.xlsx）"));
        }
    }

    @Test
    void template_of_a_format_without_relations_across_years_should_take_the_cover_only(@TempDir Path dir) throws Exception {
        Path last = new AgencyWorkbook().cover("南关区政府办公室", 2023).set("t3", "carried-next", "natural", 3)
                .writeXlsx(dir.resolve("2023.xlsx"));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode d;
        try (var in = FormatDefinitions.class.getResourceAsStream("/io/github/xxgk/templates/gov-2021.json")) {
            d = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(in);
        }
        d.remove("acrossYears"); // a definition written out in full before the relations across years were data
        Path format = Files.write(dir.resolve("own-2021.json"), json.writeValueAsBytes(d));

        Prefill prefill = PreviousReport.prefill(last, FormatDefinitions.load(format.toString()));
        assertEquals("南关区政府办公室", prefill.agency());
        assertEquals(2024, prefill.year());
        assertEquals(Map.of(), prefill.values());
    }

    @Test
    void template_should_not_be_prefilled_from_a_report_of_unknown_agency(@TempDir Path dir) {
        Path last = new AgencyWorkbook().writeXlsx(dir.resolve("last.xlsx"));
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> PreviousReport.prefill(last, FormatDefinitions.standard()));
        assertEquals("previous.identity", e.key());
    }

    @Test
    void template_should_not_be_prefilled_from_a_file_without_the_tables_and_say_why_in_the_users_language(
            @TempDir Path dir) throws Exception {
        Path noTables = dir.resolve("通讯录.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("通讯录").createRow(0).createCell(0).setCellValue("姓名");
            try (var out = Files.newOutputStream(noTables)) {
                wb.write(out);
            }
        }
        Path broken = Files.write(dir.resolve("截断.xlsx"), java.util.Arrays.copyOf(
                Files.readAllBytes(new AgencyWorkbook().writeXlsx(dir.resolve("whole.xlsx"))), 3000));
        io.github.xxgk.report.Messages zh = io.github.xxgk.report.Messages.of("zh");
        io.github.xxgk.report.Messages en = io.github.xxgk.report.Messages.of("en");

        ConfigurationException none = assertThrows(ConfigurationException.class,
                () -> PreviousReport.prefill(noTables, FormatDefinitions.standard()));
        assertEquals("previous.unreadable", none.key());
        String title = FormatDefinitions.standard().table("t3").title();
        assertEquals("xxgk.previous：上年报告 " + noTables + " 不能用于预填（其中没有预填所取的表：" + title + "）。",
                zh.text("config.previous.unreadable", zh.withDetail(none.args())));
        assertEquals("xxgk.previous: last year's report " + noTables + " cannot be used to pre-fill (it holds none of the "
                + "tables the pre-fill takes: " + title + ").", en.text("config.previous.unreadable", en.withDetail(none.args())));

        ConfigurationException cut = assertThrows(ConfigurationException.class,
                () -> PreviousReport.prefill(broken, FormatDefinitions.standard()));
        assertEquals("previous.unreadable", cut.key());
        String why = zh.text("config.previous.unreadable", zh.withDetail(cut.args()));
        assertTrue(why.contains("压缩包已损坏"), why); // the reader's own reason, in Chinese
        assertFalse(why.matches(".*[a-z]{3,}-[a-z]{3,}.*"), "no rule id: " + why);
    }

    /** The first input cell (自然人) right of the row label. */
    private static Cell find(XSSFWorkbook wb, String label) {
        for (var sheet : wb) {
            for (var row : sheet) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().replace("\n", "").equals(label)) {
                        for (int c = cell.getColumnIndex() + 1; c < row.getLastCellNum(); c++) {
                            Cell next = row.getCell(c);
                            if (next != null && next.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                                return next;
                            }
                        }
                    }
                }
            }
        }
        throw new AssertionError(label + " not found");
    }
}

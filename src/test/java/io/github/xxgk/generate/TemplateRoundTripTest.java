package io.github.xxgk.generate;

import io.github.xxgk.core.FileResult;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.FindingTuple;
import io.github.xxgk.template.FormatDefinitions;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** generate → fill by code → check: consistent numbers give nothing, each kind of mistake exactly its findings. */
class TemplateRoundTripTest {

    static byte[] template;

    @BeforeAll
    static void generate() {
        template = new TemplateWorkbook(FormatDefinitions.standard()).toBytes();
    }

    /** Seed 002's numbers, with （七）总计 corrected to the sum of its parts (164, 176). */
    static Map<String, Object> consistent() {
        Map<String, Object> v = TemplateFiller.zeros();
        row(v, "new", 169, 6, 0, 0, 6, 0, 181);
        row(v, "open", 60, 0, 0, 0, 0, 0, 60);
        row(v, "partial", 7, 0, 0, 0, 0, 0, 7);
        row(v, "withheld-internal", 1, 0, 0, 0, 0, 0, 1);
        row(v, "unable-not-held", 43, 2, 0, 0, 2, 0, 47);
        row(v, "unable-unclear", 4, 0, 0, 0, 0, 0, 4);
        row(v, "unhandled-petition", 2, 0, 0, 0, 0, 0, 2);
        row(v, "unhandled-repeat", 9, 0, 0, 0, 0, 0, 9);
        row(v, "other-other", 38, 4, 0, 0, 4, 0, 46);
        row(v, "results-total", 164, 6, 0, 0, 6, 0, 176);
        row(v, "carried-next", 5, 0, 0, 0, 0, 0, 5);
        v.put("t2:normative-docs|issued", 3);
        v.put("t2:normative-docs|in-force", 9);
        v.put("t2:licensing|decisions-5", 6734);
        v.put("t2:fees|fee-amount", 1190.5);
        v.put("t4:cases|review-upheld", 2);
        v.put("t4:cases|review-total", 2);
        return v;
    }

    private static void row(Map<String, Object> v, String row, int... values) {
        String[] cols = {"natural", "business", "research", "public-welfare", "legal-service", "other-org", "total"};
        for (int i = 0; i < cols.length; i++) {
            v.put("t3:" + row + "|" + cols[i], values[i]);
        }
    }

    private static List<FindingTuple> check(Path dir, Map<String, Object> values) throws Exception {
        Path file = dir.resolve("filled.xlsx");
        Files.write(file, TemplateFiller.fill(template, values, false));
        FileResult r = new ReportChecker(FormatDefinitions.standard()).checkFile(file, "filled.xlsx");
        return FindingTuple.of(r.findings());
    }

    @Test
    void template_filled_consistently_should_give_no_findings(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), check(dir, consistent()));
    }

    @Test
    void template_should_report_a_wrong_total_at_its_cell(@TempDir Path dir) throws Exception {
        Map<String, Object> v = consistent();
        v.put("t3:results-total|natural", 165);
        // three relations fail, one cell is to blame: only D29 gets an 「应为」, J29 and D30 were right
        assertEquals(List.of(
                new FindingTuple("sum-row-total", "表三!J29", "（七）总计 × 总计", "176", ""),
                new FindingTuple("sum-results-total", "表三!D29", "（七）总计 × 自然人", "165", "164"),
                new FindingTuple("suggested-correction", "表三!D29", "（七）总计 × 自然人", "165", "164"),
                new FindingTuple("balance-identity", "表三!D30", "四、结转下年度继续办理 × 自然人", "5", "")),
                sortByRule(check(dir, v)));
    }

    @Test
    void template_should_blame_a_detail_cell_typed_in_full_width_digits(@TempDir Path dir) throws Exception {
        Map<String, Object> v = consistent();
        v.put("t3:open|natural", "６１"); // 60 as it should be, typed as full-width text and one too many
        List<FindingTuple> found = check(dir, v);
        assertEquals(List.of(new FindingTuple("suggested-correction", "表三!D8", "（一）予以公开 × 自然人", "61", "60")),
                found.stream().filter(f -> f.rule().equals("suggested-correction")).toList());
        assertEquals(List.of("sum-results-total@表三!D29", "sum-row-total@表三!J8"), found.stream()
                .filter(f -> f.rule().startsWith("sum-")).map(f -> f.rule() + "@" + f.location()).sorted().toList());
        assertTrue(found.stream().filter(f -> f.rule().startsWith("sum-")).allMatch(f -> f.expected().isEmpty()),
                "the totals were right: no 「应为」 on them");
    }

    @Test
    void template_should_report_blank_placeholder_negative_and_fraction(@TempDir Path dir) throws Exception {
        Map<String, Object> v = consistent();
        v.put("t3:carried|business", null);
        v.put("t4:cases|direct-pending", "/");
        v.put("t2:penalty|decisions-6", -1);
        v.put("t2:fees|fee-amount", 1.23456);
        List<FindingTuple> found = check(dir, v);
        assertEquals(List.of(
                new FindingTuple("value-negative", "表二!B12", "行政处罚 × 本年处理决定数量", "-1", ""),
                new FindingTuple("value-precision", "表二!B16", "行政事业性收费 × 本年收费金额（单位：万元）", "1.23456", ""),
                new FindingTuple("value-blank", "表三!E7", "二、上年结转政府信息公开申请数量 × 法人或其他组织·商业企业", "", ""),
                new FindingTuple("relation-not-assessable", "表三!J7", "二、上年结转政府信息公开申请数量 × 总计", "0", ""),
                new FindingTuple("relation-not-assessable", "表三!E30", "四、结转下年度继续办理 × 法人或其他组织·商业企业", "0", ""),
                new FindingTuple("value-placeholder", "表四!I6", "行政诉讼·未经复议直接起诉·尚未审结", "/", ""),
                new FindingTuple("relation-not-assessable", "表四!J6", "行政诉讼·未经复议直接起诉·总计", "0", "")),
                found);
    }

    @Test
    void template_should_lock_labels_validate_inputs_and_carry_cached_checks() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertEquals(List.of("封面", "表二", "表三", "表四"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                assertTrue(sheet.getProtect(), sheet.getSheetName() + " is protected");
                assertTrue(wb.getPrintArea(i) != null, sheet.getSheetName() + " has a print area");
                assertTrue(sheet.getPrintSetup().getLandscape());
            }
            XSSFSheet t3 = wb.getSheet("表三");
            Cell label = t3.getRow(5).getCell(0);
            assertEquals("一、本年新收政府信息公开申请数量", label.getStringCellValue());
            assertTrue(label.getCellStyle().getLocked());
            Cell input = t3.getRow(5).getCell(3);
            assertFalse(input.getCellStyle().getLocked());
            // 175 table-三 inputs, each with whole-number validation and a Chinese message
            long validated = t3.getDataValidations().stream()
                    .filter(d -> d.getValidationConstraint().getValidationType() == DataValidationConstraint.ValidationType.INTEGER)
                    .filter(d -> d.getErrorBoxText().contains("整数")).count();
            assertEquals(175, validated);
            // every check cell has a cached value: "待填" while the inputs are blank
            int checks = 0;
            for (var row : t3) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.FORMULA) {
                        assertEquals(CellType.STRING, c.getCachedFormulaResultType());
                        assertEquals("待填", c.getStringCellValue());
                        checks++;
                    }
                }
            }
            assertEquals(25 + 7 + 7, checks, "R2 for 25 rows, R3 and R1 for 7 columns");
            assertTrue(t3.getSheetConditionalFormatting().getNumConditionalFormattings() >= checks);
        }
    }

    @Test
    void checker_should_read_agency_and_year_from_the_cover(@TempDir Path dir) throws Exception {
        byte[] filled = TemplateFiller.fill(template, consistent(), false);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
            for (var row : wb.getSheet("封面")) {
                Cell label = row.getCell(0);
                if (label != null && label.getCellType() == CellType.STRING) {
                    switch (label.getStringCellValue()) {
                        case "机关名称" -> row.getCell(1).setCellValue("某某市某某局");
                        case "报告年度" -> row.getCell(1).setCellValue(2024);
                        default -> { }
                    }
                }
            }
            Path file = dir.resolve("cover.xlsx");
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            FileResult r = new ReportChecker(FormatDefinitions.standard()).checkFile(file, "cover.xlsx");
            assertEquals(Map.of("机关名称", "某某市某某局", "报告年度", "2024"), r.report().cover());
            assertEquals(List.of(), r.findings());
        }
    }

    private static List<FindingTuple> sortByRule(List<FindingTuple> list) {
        return list.stream().sorted(java.util.Comparator.comparing(FindingTuple::rule).reversed()).toList();
    }
}

package io.github.xxgk.report;

import io.github.xxgk.core.CheckRequest;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.AgencyWorkbook;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.fixtures.FindingsCsv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportWritersTest {

    private static CheckResult check(Path dir, Map<String, AgencyWorkbook> workbooks) throws Exception {
        workbooks.forEach((name, wb) -> wb.writeXlsx(dir.resolve("reports").resolve(name)));
        return ReportChecker.run(new CheckRequest(dir.resolve("reports"), null, null, "2021", 1));
    }

    @Test
    void csv_should_have_the_contract_header_and_one_row_per_finding(@TempDir Path dir) throws Exception {
        CheckResult result = check(dir, Map.of("002.xlsx", SeedWorkbooks.all().get("002-二道区人民政府-2022")));
        Path out = dir.resolve("out");
        Reports.write(result, new ReportContext(Messages.of("zh"), io.github.xxgk.check.Severity.ERROR, dir.resolve("reports")), out, EnumSet.allOf(ReportFormat.class));
        List<String> lines = Files.readAllLines(out.resolve("findings.csv"), StandardCharsets.UTF_8);
        // the byte-order mark makes Excel and WPS read UTF-8: the Chinese stays readable
        assertEquals("\uFEFFfile,location,table,row,column,rule,severity,reported,expected,message", lines.get(0));
        List<CSVRecord> records = FindingsCsv.records(out.resolve("findings.csv"));
        assertEquals(4 + 42, records.size()); // two sums, two labels, the 42 cells of the ambiguous correction
        CSVRecord sum = records.stream().filter(r -> r.get("rule").equals("sum-results-total")).findFirst().orElseThrow();
        assertEquals(List.of("002.xlsx", "表三!D29", "表三", "（七）总计", "自然人", "sum-results-total", "ERROR", "165", ""),
                List.of(sum.get("file"), sum.get("location"), sum.get("table"), sum.get("row"), sum.get("column"),
                        sum.get("rule"), sum.get("severity"), sum.get("reported"), sum.get("expected")));
        assertTrue(sum.get("message").startsWith("（七）总计 × 自然人：填报 165，与各项之和 164 不符（相差 1）。"), sum.get("message"));
        CSVRecord candidate = records.get(0);
        assertEquals(List.of("表三!D8", "（一）予以公开", "自然人", "correction-candidate", "INFO", "60", "61"),
                List.of(candidate.get("location"), candidate.get("row"), candidate.get("column"), candidate.get("rule"),
                        candidate.get("severity"), candidate.get("reported"), candidate.get("expected")));
    }

    @Test
    void messages_should_write_out_the_relation_with_its_numbers_in_both_languages(@TempDir Path dir) throws Exception {
        CheckResult result = check(dir, Map.of("004.xlsx", SeedWorkbooks.all().get("004-宜春丰城高新区-2022")));
        var sum = result.findings().stream().filter(f -> f.rule().id().equals("sum-results-total")).findFirst().orElseThrow();
        assertEquals("（七）总计 × 自然人：填报 0，与各项之和 1 不符（相差 -1）。（七）总计 = （四）1.本机关不掌握相关政府信息 1 = 1（其余 20 项为 0），填报 0",
                Messages.of("zh").message(sum));
        assertEquals("（七）总计 × 自然人: 0 was reported; the result rows sum to 1 (difference -1). （七）总计 = （四）1.本机关不掌握相关政府信息 1 = 1 "
                + "(the other 20 items are 0), reported 0", Messages.of("en").message(sum));
        assertEquals("-1", Messages.difference(sum));
        var fix = result.findings().stream().filter(f -> f.rule().id().equals("suggested-correction")).findFirst().orElseThrow();
        assertEquals("（四）1.本机关不掌握相关政府信息 × 自然人：应由 1 改为 0。这是使全部勾稽关系成立、改动单元格最少的唯一改法，"
                + "共改 2 个单元格：表三!D17 1 → 0、表三!J17 1 → 0。另一种改法至少需改 4 个单元格。", Messages.of("zh").message(fix));
        assertEquals("（四）1.本机关不掌握相关政府信息 × 自然人: change 1 to 0. This is the only correction with the fewest changed "
                + "cells that makes every relation hold; it changes 2 cells: 表三!D17 1 → 0、表三!J17 1 → 0. Another correction "
                + "needs at least 4 cells.", Messages.of("en").message(fix));
    }

    @Test
    void reports_should_escape_hostile_labels_and_neutralise_formulas(@TempDir Path dir) throws Exception {
        // near enough to the format's labels to be bound, so they show up in the findings
        AgencyWorkbook hostile = new AgencyWorkbook()
                .label("t3.row.open", "=予以公开")
                .label("t3.note.balance-note", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）<script>alert('x')</script>")
                .label("t3.row.partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）<i>|</i>")
                .set("t3", "new", "natural", "@SUM(1)");
        CheckResult result = check(dir, Map.of("hostile.xlsx", hostile));
        Path out = dir.resolve("out");
        Reports.write(result, new ReportContext(Messages.of("zh"), io.github.xxgk.check.Severity.ERROR, dir.resolve("reports")), out, EnumSet.allOf(ReportFormat.class));
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains("<script>"), "HTML must escape labels from the workbook");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        String md = Files.readString(out.resolve("report.md"));
        assertFalse(md.contains("<script>"));
        assertTrue(md.contains("&lt;i>\\|&lt;/i>"), md);
        for (CSVRecord r : FindingsCsv.records(out.resolve("findings.csv"))) {
            for (String cell : r) {
                assertFalse(!cell.isEmpty() && "=+@\t\r".indexOf(cell.charAt(0)) >= 0
                        || cell.startsWith("-") && !cell.matches("-\\d+(\\.\\d+)?"), "live formula in CSV: " + cell);
            }
        }
        String csv = Files.readString(out.resolve("findings.csv"));
        assertTrue(csv.contains(",'=予以公开,"), csv);
        assertTrue(csv.contains(",'@SUM(1),"), csv);
    }

    @Test
    void console_should_cap_its_lines_and_point_to_the_report(@TempDir Path dir) throws Exception {
        Map<String, AgencyWorkbook> many = new java.util.TreeMap<>();
        for (int i = 0; i < 30; i++) {
            many.put("r" + i + ".xlsx", SeedWorkbooks.all().get("002-二道区人民政府-2022"));
        }
        CheckResult result = check(dir, many);
        var lines = ReportText.console(result, Messages.of("zh"), 50, "/x/report.html", true);
        assertEquals(50, lines.size());
        assertEquals("共检查 30 个文件：错误 60 项，警告 60 项，提示 1260 项。", lines.get(0).text());
        // 60 errors, then one line per file for its 42 candidates, then 60 warnings: 150 lines, 48 shown
        assertEquals("另有 102 项未在此列出，完整结果见：/x/report.html", lines.get(49).text());
        assertTrue(lines.get(1).text().startsWith("[错误] r0.xlsx 表三!D29"), lines.get(1).text());
        assertTrue(lines.get(2).text().startsWith("[错误] r0.xlsx 表三!J29"), lines.get(2).text());
    }
}

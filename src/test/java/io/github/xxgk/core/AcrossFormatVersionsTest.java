package io.github.xxgk.core;

import io.github.xxgk.check.Elsewhere;
import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Severity;
import io.github.xxgk.core.AcrossReportsTest.Across;
import io.github.xxgk.generate.TemplateFiller;
import io.github.xxgk.generate.TemplateWorkbook;
import io.github.xxgk.report.Messages;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.github.xxgk.core.AcrossReportsTest.assertContains;
import static io.github.xxgk.core.AcrossReportsTest.exactly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks across reports between the two format versions: a 2020 report (2019 format) and the 2021 report
 * (2021 format) of one agency, and a roll-up whose member is filled in the other version. Cells are matched by
 * table, row and column id; what only one version has is said once, never skipped silently. Real workbooks: the
 * template of each definition, filled in with POI, checked with the format chosen by each report's year.
 */
class AcrossFormatVersionsTest {

    static final FormatDefinition V2019 = FormatDefinitions.load("2019");
    static final FormatDefinition V2021 = FormatDefinitions.load("2021");

    /** A consistent report in format {@code d}, 0 in every cell but 一 new + 二 carried = （七） + 四 carried-next, in 自然人 and 总计. */
    static void write(Path file, FormatDefinition d, String agency, int year, int newApplications, int carried,
                      int opened, int carriedNext) throws Exception {
        Map<String, Object> v = new HashMap<>();
        d.tables().forEach(t -> t.cells().forEach(c -> v.put(t.id() + ":" + c.row().id() + "|" + c.column().id(), 0)));
        for (String column : List.of("natural", "total")) {
            v.put("t3:new|" + column, newApplications);
            v.put("t3:carried|" + column, carried);
            v.put("t3:open|" + column, opened);
            v.put("t3:results-total|" + column, opened);
            v.put("t3:carried-next|" + column, carriedNext);
        }
        Files.createDirectories(file.getParent());
        Files.write(file, TemplateFiller.fill(new TemplateWorkbook(d).toBytes(), d, v,
                Map.of(d.coverLabel("agency"), agency, d.coverLabel("year"), Integer.toString(year)), true));
    }

    static CheckResult run(Path reports, Path rollup) throws Exception {
        return ReportChecker.run(new CheckRequest(reports, null, null, "auto", 2, null, null, rollup));
    }

    static List<Across> across(CheckResult result) {
        return result.findings().stream().filter(Elsewhere::across).map(Across::of).toList();
    }

    static List<Finding> ofRule(CheckResult result, String rule) {
        return result.findings().stream().filter(f -> f.rule().id().equals(rule)).toList();
    }

    @Test
    void carry_over_from_a_2020_report_in_the_2019_format_should_be_checked_in_2021(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        write(reports.resolve("nanguan/2020.xlsx"), V2019, "南关区政府办公室", 2020, 3, 0, 0, 3);
        write(reports.resolve("nanguan/2021.xlsx"), V2021, "南关区政府办公室", 2021, 0, 2, 0, 2);
        CheckResult result = run(reports, null);
        assertEquals(List.of(), result.findings().stream().filter(f -> !Elsewhere.across(f)).toList(),
                "each report is consistent in its own format");
        List<Finding> carry = ofRule(result, "carry-over-mismatch");
        exactly(carry.stream().map(Across::of).toList(),
                new Across("carry-over-mismatch", "nanguan/2021.xlsx", "表三!D7", "2", "nanguan/2020.xlsx 表三!D28"),
                new Across("carry-over-mismatch", "nanguan/2021.xlsx", "表三!J7", "2", "nanguan/2020.xlsx 表三!J28"));
        assertEquals("二、上年结转政府信息公开申请数量 × 自然人：填报 2，与 2020 年报告（nanguan/2020.xlsx 表三!D28）"
                + "「四、结转下年度继续办理」的 3 不符（相差 -1）。二、上年结转政府信息公开申请数量（本年）= "
                + "四、结转下年度继续办理（上年）；请核对本年或上年的数字。", Messages.of("zh").message(carry.get(0)));
        assertEquals(2, new Gate(Severity.ERROR, 0).verdict(result).failing());
        notCompared(result, "nanguan/2021.xlsx", "nanguan/2020.xlsx");
    }

    /** R7 needs last year's 现行有效件数, which the 2019 format does not have: said once, as INFO, on 2021's report. */
    private static void notCompared(CheckResult result, String file, String other) {
        List<Finding> notes = ofRule(result, "across-not-compared");
        assertEquals(1, notes.size(), notes::toString);
        Finding n = notes.get(0);
        assertEquals(file, n.file());
        assertEquals(Severity.INFO, n.severity());
        assertEquals(other, Elsewhere.of(n).get(0).file());
        String zh = Messages.of("zh").message(n);
        assertEquals("本报告按2021年版格式（国办公开办函〔2021〕30号）填写，上年报告 " + other + "（南关区政府办公室 2020）"
                + "按2019年版格式（国办公开办函〔2019〕60号）填写，跨报告核对只比较两种格式都有的 172 个单元格；以下 2 项只有一种格式有，"
                + "未作比较：规章 × 现行有效件数（R7）、行政规范性文件 × 现行有效件数（R7）。", zh);
        assertFalse(zh.contains("R6"), zh);
        assertContains("This report is filled in 2021年版格式（国办公开办函〔2021〕30号）, last year's report " + other,
                Messages.of("en").message(n));
    }

    @Test
    void a_consistent_2020_and_2021_pair_should_give_no_finding_but_the_note(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        write(reports.resolve("nanguan/2020.xlsx"), V2019, "南关区政府办公室", 2020, 3, 0, 0, 3);
        write(reports.resolve("nanguan/2021.xlsx"), V2021, "南关区政府办公室", 2021, 1, 3, 4, 0);
        CheckResult result = run(reports, null);
        assertEquals(List.of("across-not-compared"), result.findings().stream().map(f -> f.rule().id()).toList());
        assertEquals(0, new Gate(Severity.WARNING, 0).verdict(result).failing());
        notCompared(result, "nanguan/2021.xlsx", "nanguan/2020.xlsx");
    }

    @Test
    void a_2021_report_copying_2020_should_be_found_over_the_cells_both_formats_have(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        write(reports.resolve("nanguan/2020.xlsx"), V2019, "南关区政府办公室", 2020, 3, 0, 3, 0);
        write(reports.resolve("nanguan/2021.xlsx"), V2021, "南关区政府办公室", 2021, 3, 0, 3, 0);
        CheckResult result = run(reports, null);
        List<Finding> copies = ofRule(result, "copied-data");
        assertEquals(1, copies.size(), copies::toString);
        assertEquals("nanguan/2021.xlsx", copies.get(0).file());
        assertEquals("本报告统计表的 172 个数字与上年报告 nanguan/2020.xlsx（南关区政府办公室 2020）逐项相同（其中 6 个不为 0），"
                + "内容雷同（国办公开办函〔2021〕30号），请核实是否沿用了其数据。", Messages.of("zh").message(copies.get(0)));
        write(reports.resolve("nanguan/2021.xlsx"), V2021, "南关区政府办公室", 2021, 4, 0, 4, 0);
        assertEquals(List.of(), ofRule(run(reports, null), "copied-data"), "one number differs: no copy");
    }

    @Test
    void reports_in_one_format_should_get_no_note(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        write(reports.resolve("a/2019.xlsx"), V2019, "南关区政府办公室", 2019, 3, 0, 0, 3);
        write(reports.resolve("a/2020.xlsx"), V2019, "南关区政府办公室", 2020, 0, 3, 3, 0);
        write(reports.resolve("a/2021.xlsx"), V2021, "二道区人民政府", 2021, 1, 0, 0, 1);
        write(reports.resolve("a/2022.xlsx"), V2021, "二道区人民政府", 2022, 0, 1, 1, 0);
        assertEquals(List.of(), run(reports, null).findings());
    }

    @Test
    void a_rollup_member_in_the_2019_format_should_be_summed_over_the_cells_both_formats_have(@TempDir Path dir)
            throws Exception {
        Path reports = dir.resolve("reports");
        write(reports.resolve("county/2021.xlsx"), V2021, "某县人民政府", 2021, 6, 0, 6, 0);
        write(reports.resolve("finance/2021.xlsx"), V2021, "县财政局", 2021, 2, 0, 2, 0);
        // 县教育局 filled in the 2019 format in 2021: its own finding is format-version-mismatch; 2 + 5 = 7 ≠ 6
        write(reports.resolve("education/2021.xlsx"), V2019, "县教育局", 2021, 5, 0, 5, 0);
        Path rollup = Files.writeString(dir.resolve("xxgk-rollup.csv"), "parent,member\n某县人民政府,县财政局\n"
                + "某县人民政府,县教育局\n");
        CheckResult result = run(reports, rollup);
        assertEquals(List.of("format-version-mismatch"), ofRule(result, "format-version-mismatch").stream()
                .map(f -> f.rule().id()).toList());
        assertEquals(List.of(), ofRule(result, "rollup-member-missing"), "县教育局 has a report: it is compared");
        List<Finding> sums = ofRule(result, "rollup-mismatch");
        exactly(sums.stream().map(Across::of).toList(),
                new Across("rollup-mismatch", "county/2021.xlsx", "表三!D6", "6",
                        "finance/2021.xlsx 表三!D6;education/2021.xlsx 表三!D6"),
                new Across("rollup-mismatch", "county/2021.xlsx", "表三!J6", "6",
                        "finance/2021.xlsx 表三!J6;education/2021.xlsx 表三!J6"),
                new Across("rollup-mismatch", "county/2021.xlsx", "表三!D8", "6",
                        "finance/2021.xlsx 表三!D8;education/2021.xlsx 表三!D8"),
                new Across("rollup-mismatch", "county/2021.xlsx", "表三!J8", "6",
                        "finance/2021.xlsx 表三!J8;education/2021.xlsx 表三!J8"),
                new Across("rollup-mismatch", "county/2021.xlsx", "表三!D29", "6",
                        "finance/2021.xlsx 表三!D29;education/2021.xlsx 表三!D27"),
                new Across("rollup-mismatch", "county/2021.xlsx", "表三!J29", "6",
                        "finance/2021.xlsx 表三!J29;education/2021.xlsx 表三!J27"));
        assertEquals("（七）总计 × 自然人：汇总报告填报 6，与 2 个所属单位之和 7 不符（相差 -1）：县财政局 2（finance/2021.xlsx 表三!D29）"
                + " + 县教育局 5（education/2021.xlsx 表三!D27） = 7。", Messages.of("zh").message(sums.get(4)));
        List<Finding> notes = ofRule(result, "across-not-compared");
        assertEquals(1, notes.size(), notes::toString);
        assertEquals("county/2021.xlsx", notes.get(0).file());
        assertEquals("本报告按2021年版格式（国办公开办函〔2021〕30号）填写，所属单位的报告 education/2021.xlsx（县教育局 2021）"
                + "按2019年版格式（国办公开办函〔2019〕60号）填写，跨报告核对只比较两种格式都有的 172 个单元格；以下 27 项只有一种格式有，"
                + "未作比较：规章（整行 3 项）、行政规范性文件（整行 3 项）、（六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请（整行 7 项）、"
                + "（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请（整行 7 项）、（六）3.其他（整行 7 项）。",
                Messages.of("zh").message(notes.get(0)));
    }

    @Test
    void a_rollup_member_whose_report_takes_no_part_should_not_be_told_it_has_none(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        write(reports.resolve("county/2021.xlsx"), V2021, "某县人民政府", 2021, 6, 0, 6, 0);
        write(reports.resolve("finance/2021.xlsx"), V2021, "县财政局", 2021, 2, 0, 2, 0);
        write(reports.resolve("finance/2021-copy.xlsx"), V2021, "县财政局", 2021, 2, 0, 2, 0);
        Path rollup = Files.writeString(dir.resolve("xxgk-rollup.csv"), "parent,member\n某县人民政府,县财政局\n"
                + "某县人民政府,县教育局\n");
        CheckResult result = run(reports, rollup);
        List<Finding> missing = ofRule(result, "rollup-member-missing");
        assertEquals(1, missing.size());
        String zh = Messages.of("zh").message(missing.get(0));
        assertEquals("「某县人民政府」2021 年的汇总报告应包含 2 个所属单位，其中 1 个没有本年报告：县教育局；其中 1 个的本年报告无法参加比较"
                + "（同一单位同年有多份报告，或报告中没有找到统计表）：县财政局；各单元格与所属单位之和无法核对。", zh);
        assertTrue(Messages.of("en").message(missing.get(0)).contains("1 of them have a report for the year that takes no part"));
    }

    /**
     * Writes the workbooks of it/check-cross-version (run once by hand with -Dxxgk.writeIt=true; the files are kept
     * in it/): the carry-over case above, 2020 in the 2019 format and 2021 in the 2021 format.
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "xxgk.writeIt", matches = "true")
    void write_the_workbooks_of_the_it() throws Exception {
        Path agency = Path.of("it/check-cross-version/reports/南关区政府办公室");
        write(agency.resolve("2020.xlsx"), V2019, "南关区政府办公室", 2020, 3, 0, 0, 3);
        write(agency.resolve("2021.xlsx"), V2021, "南关区政府办公室", 2021, 0, 2, 0, 2);
    }
}

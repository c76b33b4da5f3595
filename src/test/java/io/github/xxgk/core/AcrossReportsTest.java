package io.github.xxgk.core;

import io.github.xxgk.check.Elsewhere;
import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Severity;
import io.github.xxgk.fixtures.AgencyWorkbook;
import io.github.xxgk.report.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run-wide phase on real workbooks: carry-over, continuity, copies, roll-ups, identities, baseline and gate. */
class AcrossReportsTest {

    /** What a test asserts of a finding across reports: rule, file @ location, reported, the other places. */
    record Across(String rule, String file, String location, String reported, String elsewhere) {
        static Across of(Finding f) {
            return new Across(f.rule().id(), f.file(), Messages.location(f), f.reported(),
                    String.join(";", Elsewhere.of(f).stream().map(Elsewhere::display).toList()));
        }
    }

    /** A consistent report: 一 new + 二 carried = （七） + 四 carried-next in the 自然人 and 总计 columns. */
    static AgencyWorkbook report(String agency, int year, int newApplications, int carried, int opened, int carriedNext) {
        AgencyWorkbook w = new AgencyWorkbook().cover(agency, year);
        for (String column : List.of("natural", "total")) {
            w.set("t3", "new", column, newApplications).set("t3", "carried", column, carried)
                    .set("t3", "open", column, opened).set("t3", "results-total", column, opened)
                    .set("t3", "carried-next", column, carriedNext);
        }
        return w;
    }

    static CheckResult run(Path reports, String pattern, Path rollup, Path baseline) throws Exception {
        return ReportChecker.run(new CheckRequest(reports, null, null, "2021", 2, baseline, pattern, rollup));
    }

    static List<Across> across(CheckResult result) {
        return result.findings().stream().filter(Elsewhere::across).map(Across::of).toList();
    }

    @SafeVarargs
    static <T> void exactly(List<T> actual, T... expected) {
        assertEquals(List.of(expected), actual);
    }

    @SafeVarargs
    static <T> void anyOrder(List<T> actual, T... expected) {
        assertEquals(new java.util.HashSet<>(List.of(expected)), new java.util.HashSet<>(actual));
        assertEquals(expected.length, actual.size());
    }

    static void assertContains(String part, String text) {
        assertTrue(text.contains(part), () -> "«" + part + "» not in «" + text + "»");
    }

    @Test
    void carry_over_should_be_reported_at_this_years_cell_naming_last_years(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        report("南关区政府办公室", 2022, 3, 0, 0, 3).writeXlsx(reports.resolve("nanguan/2022.xlsx"));
        report("南关区政府办公室", 2023, 0, 2, 0, 2).writeXlsx(reports.resolve("nanguan/2023.xlsx"));
        CheckResult result = run(reports, null, null, null);
        assertEquals(List.of(), result.findings().stream().filter(f -> !Elsewhere.across(f)).toList());
        exactly(across(result), 
                new Across("carry-over-mismatch", "nanguan/2023.xlsx", "表三!D6", "2", "nanguan/2022.xlsx 表三!D29"),
                new Across("carry-over-mismatch", "nanguan/2023.xlsx", "表三!J6", "2", "nanguan/2022.xlsx 表三!J29"));
        Finding f = result.findings().get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("", f.expected(), "the numbers do not say which year is wrong: no 应为");
        assertEquals("二、上年结转政府信息公开申请数量 × 自然人：填报 2，与 2022 年报告"
                + "（nanguan/2022.xlsx 表三!D29）「四、结转下年度继续办理」的 3 不符（相差 -1）。二、上年结转政府信息公开申请数量（本年）"
                + "= 四、结转下年度继续办理（上年）；请核对本年或上年的数字。", Messages.of("zh").message(f));
        assertEquals(2, new Gate(Severity.ERROR, 0).verdict(result).failing());
        assertEquals("南关区政府办公室", result.identities().get("nanguan/2023.xlsx").agency());
    }

    @Test
    void carry_over_should_hold_when_the_years_agree_and_not_compare_other_agencies(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        report("南关区政府办公室", 2022, 3, 0, 0, 3).writeXlsx(reports.resolve("a/2022.xlsx"));
        report("南关区政府办公室", 2023, 1, 3, 4, 0).writeXlsx(reports.resolve("a/2023.xlsx"));
        report("二道区人民政府", 2023, 0, 5, 5, 0).writeXlsx(reports.resolve("b/2023.xlsx"));
        report("二道区人民政府", 2021, 0, 0, 0, 1).writeXlsx(reports.resolve("b/2021.xlsx")); // 2022 missing: no pair
        assertEquals(List.of(), across(run(reports, null, null, null)));
    }

    @Test
    void carry_over_should_be_not_assessable_when_a_cell_is_blank(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        report("南关区政府办公室", 2022, 3, 0, 0, 3).set("t3", "carried-next", "natural", null)
                .writeXlsx(reports.resolve("a/2022.xlsx"));
        report("南关区政府办公室", 2023, 0, 3, 0, 3).writeXlsx(reports.resolve("a/2023.xlsx"));
        exactly(across(run(reports, null, null, null)), 
                new Across("relation-not-assessable", "a/2023.xlsx", "表三!D6", "3", ""));
    }

    @Test
    void valid_count_should_follow_from_last_year_or_warn(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        report("市司法局", 2022, 0, 0, 0, 0).set("t2", "normative-docs", "in-force", 46)
                .set("t2", "rules", "in-force", 2).writeXlsx(reports.resolve("sfj/2022.xlsx"));
        // 规章 2 + 1 − 0 = 3 holds; 行政规范性文件 46 + 16 − 9 = 53, reported 40
        report("市司法局", 2023, 0, 0, 0, 0).set("t2", "rules", "issued", 1).set("t2", "rules", "in-force", 3)
                .set("t2", "normative-docs", "issued", 16).set("t2", "normative-docs", "repealed", 9)
                .set("t2", "normative-docs", "in-force", 40).writeXlsx(reports.resolve("sfj/2023.xlsx"));
        CheckResult result = run(reports, null, null, null);
        exactly(across(result), 
                new Across("valid-count-continuity", "sfj/2023.xlsx", "表二!D5", "40", "sfj/2022.xlsx 表二!D5"));
        Finding f = result.findings().stream().filter(x -> x.rule().acrossReports()).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, f.severity());
        assertContains("计算为 现行有效件数（上年） 46 + 本年制发件数 16 − 本年废止件数 9 = 53（相差 -13）", Messages.of("zh").message(f));
        assertEquals(0, new Gate(Severity.ERROR, 0).verdict(result).failing(), "a warning: the build passes at failOn=ERROR");
    }

    @Test
    void copied_data_should_be_a_warning_for_last_years_numbers_and_another_agencys(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        report("甲局", 2022, 7, 0, 7, 0).writeXlsx(reports.resolve("甲局/2022.xlsx"));
        report("甲局", 2023, 7, 0, 7, 0).writeXlsx(reports.resolve("甲局/2023.xlsx"));
        report("乙局", 2023, 7, 0, 7, 0).writeXlsx(reports.resolve("乙局/2023.xlsx"));
        report("丙局", 2022, 0, 0, 0, 0).writeXlsx(reports.resolve("丙局/2022.xlsx")); // all zero, twice: excepted
        report("丙局", 2023, 0, 0, 0, 0).writeXlsx(reports.resolve("丙局/2023.xlsx"));
        report("丁局", 2023, 7, 0, 6, 1).writeXlsx(reports.resolve("丁局/2023.xlsx")); // one number differs
        anyOrder(across(run(reports, null, null, null)), 
                new Across("copied-data", "甲局/2023.xlsx", "", "", "乙局/2023.xlsx"),
                new Across("copied-data", "甲局/2023.xlsx", "", "", "甲局/2022.xlsx"),
                new Across("copied-data", "乙局/2023.xlsx", "", "", "甲局/2023.xlsx"));
    }

    @Test
    void rollup_should_be_the_sum_of_its_members_at_every_count_cell(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        report("某县人民政府", 2023, 6, 0, 6, 0).writeXlsx(reports.resolve("county/2023.xlsx"));
        report("县财政局", 2023, 1, 0, 1, 0).writeXlsx(reports.resolve("finance/2023.xlsx"));
        report("县教育局", 2023, 2, 0, 2, 0).writeXlsx(reports.resolve("education/2023.xlsx"));
        report("县民政局", 2023, 4, 0, 4, 0).writeXlsx(reports.resolve("civil/2023.xlsx")); // 1 + 2 + 4 = 7 ≠ 6
        Path rollup = Files.writeString(dir.resolve("xxgk-rollup.csv"), "parent,member,from,to\n"
                + "某县人民政府,县财政局,2021,\n某县人民政府,县教育局,,\n某县人民政府, 县民政局 ,2023,2023\n"
                + "某县人民政府,县卫健委,,2022\n");
        CheckResult result = run(reports, null, rollup, null);
        List<Across> found = across(result);
        exactly(found.stream().filter(a -> a.rule().equals("rollup-mismatch")).toList(),
                new Across("rollup-mismatch", "county/2023.xlsx", "表三!D5", "6",
                        "finance/2023.xlsx 表三!D5;education/2023.xlsx 表三!D5;civil/2023.xlsx 表三!D5"),
                new Across("rollup-mismatch", "county/2023.xlsx", "表三!J5", "6",
                        "finance/2023.xlsx 表三!J5;education/2023.xlsx 表三!J5;civil/2023.xlsx 表三!J5"),
                new Across("rollup-mismatch", "county/2023.xlsx", "表三!D7", "6",
                        "finance/2023.xlsx 表三!D7;education/2023.xlsx 表三!D7;civil/2023.xlsx 表三!D7"),
                new Across("rollup-mismatch", "county/2023.xlsx", "表三!J7", "6",
                        "finance/2023.xlsx 表三!J7;education/2023.xlsx 表三!J7;civil/2023.xlsx 表三!J7"),
                new Across("rollup-mismatch", "county/2023.xlsx", "表三!D28", "6",
                        "finance/2023.xlsx 表三!D28;education/2023.xlsx 表三!D28;civil/2023.xlsx 表三!D28"),
                new Across("rollup-mismatch", "county/2023.xlsx", "表三!J28", "6",
                        "finance/2023.xlsx 表三!J28;education/2023.xlsx 表三!J28;civil/2023.xlsx 表三!J28"));
        Finding first = result.findings().stream().filter(f -> f.rule().id().equals("rollup-mismatch")).findFirst().orElseThrow();
        assertEquals("一、本年新收政府信息公开申请数量 × 自然人：汇总报告填报 6，与 3 个所属单位之和 7 不符"
                + "（相差 -1）：县财政局 1（finance/2023.xlsx 表三!D5） + 县教育局 2（education/2023.xlsx 表三!D5） + 县民政局 4"
                + "（civil/2023.xlsx 表三!D5） = 7。", Messages.of("zh").message(first));
    }

    @Test
    void rollup_should_list_members_without_a_report_and_compare_nothing(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        report("某县人民政府", 2023, 6, 0, 6, 0).writeXlsx(reports.resolve("county/2023.xlsx"));
        report("县财政局", 2023, 1, 0, 1, 0).writeXlsx(reports.resolve("finance/2023.xlsx"));
        Path rollup = Files.writeString(dir.resolve("rollup.csv"), "\uFEFFparent,member\n某县人民政府,县财政局\n"
                + "某县人民政府,县教育局\n某县人民政府,县民政局\n");
        CheckResult result = run(reports, null, rollup, null);
        exactly(across(result), new Across("rollup-member-missing", "county/2023.xlsx", "", "", ""));
        assertContains("应包含 3 个所属单位，其中 2 个没有本年报告：县教育局、县民政局", Messages.of("zh").message(result.findings().stream()
                .filter(f -> f.rule().acrossReports()).findFirst().orElseThrow()));
    }

    @Test
    void identity_should_come_from_the_title_or_the_path_and_never_be_guessed(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        new AgencyWorkbook().tableTitle("t2", "南关区政府办公室2022年政府信息公开工作年度报告")
                .set("t3", "carried-next", "natural", 1).set("t3", "carried-next", "total", 1)
                .set("t3", "new", "natural", 1).set("t3", "new", "total", 1).writeXlsx(reports.resolve("x.xlsx"));
        new AgencyWorkbook().tableTitle("t2", "2023年南关区政府办公室政府信息公开工作年度报告")
                .writeXlsx(reports.resolve("y.xlsx")); // 上年结转 0 against last year's 1
        new AgencyWorkbook().writeXlsx(reports.resolve("2023/二道区人民政府.xlsx"));
        new AgencyWorkbook().writeXlsx(reports.resolve("unknown.xlsx"));
        CheckResult result = run(reports, "{year}/{agency}.xlsx", null, null);
        assertEquals("南关区政府办公室 2022", result.identities().get("x.xlsx").display());
        assertEquals("南关区政府办公室 2023", result.identities().get("y.xlsx").display());
        assertEquals("二道区人民政府 2023", result.identities().get("2023/二道区人民政府.xlsx").display());
        assertFalse(result.identities().containsKey("unknown.xlsx"));
        exactly(across(result), 
                new Across("identity-unknown", "unknown.xlsx", "", "", ""),
                new Across("carry-over-mismatch", "y.xlsx", "表三!D6", "0", "x.xlsx 表三!D29"),
                new Across("carry-over-mismatch", "y.xlsx", "表三!J6", "0", "x.xlsx 表三!J29"));
        assertEquals(Severity.INFO, result.findings().stream().filter(f -> f.rule().id().equals("identity-unknown"))
                .findFirst().orElseThrow().severity());
    }

    @Test
    void two_reports_of_one_agency_and_year_should_be_an_error_and_compared_with_nothing(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        report("南关区政府办公室", 2022, 3, 0, 0, 3).writeXlsx(reports.resolve("a/2022.xlsx"));
        report("南关区政府办公室", 2023, 0, 2, 0, 2).writeXlsx(reports.resolve("a/2023.xlsx"));
        report("南关区 政府办公室", 2023, 0, 3, 0, 3).writeXlsx(reports.resolve("a/2023-修订.xlsx"));
        exactly(across(run(reports, null, null, null)), 
                new Across("identity-duplicate", "a/2023-修订.xlsx", "", "", "a/2023.xlsx"),
                new Across("identity-duplicate", "a/2023.xlsx", "", "", "a/2023-修订.xlsx"));
    }

    @Test
    void carry_overs_that_agree_with_both_neighbouring_years_should_pin_the_culprit(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        report("南关区政府办公室", 2022, 2, 0, 0, 2).writeXlsx(reports.resolve("a/2022.xlsx"));
        // 5 + 2 = 4 + 3, but 新收 was typed 6: alone, 新收, 上年结转 or 结转下年度 could each be the wrong one
        report("南关区政府办公室", 2023, 6, 2, 4, 3).writeXlsx(reports.resolve("a/2023.xlsx"));
        report("南关区政府办公室", 2024, 0, 3, 3, 0).writeXlsx(reports.resolve("a/2024.xlsx"));
        CheckResult result = run(reports, null, null, null);
        FileResult y2023 = result.files().get(1);
        assertTrue(y2023.findings().stream().anyMatch(f -> f.rule().id().equals("correction-candidate")),
                "the table's own numbers leave it open");
        List<Finding> pinned = y2023.findings().stream().filter(f -> f.rule().id().equals("correction-across-years")).toList();
        assertEquals(List.of("表三!D5 6 → 5", "表三!J5 6 → 5"), pinned.stream()
                .map(f -> Messages.location(f) + " " + f.reported() + " → " + f.expected()).toList());
        assertEquals("一、本年新收政府信息公开申请数量 × 自然人：结合相邻年度报告（a/2022.xlsx、a/2024.xlsx）的结转数，应由 6 改为 5。"
                + "仅凭本表数字最少改法不止一种；与相邻年度衔接一致的「上年结转」「结转下年度」视为可信后，使本表全部勾稽关系和跨年度结转同时成立、"
                + "改动单元格最少的改法只有一种，共改 2 个单元格：表三!D5 6 → 5、表三!J5 6 → 5。", Messages.of("zh").message(pinned.get(0)));
        // with last year only, 新收 and 结转下年度 stay equally likely: nothing is pinned
        Files.delete(reports.resolve("a/2024.xlsx"));
        assertEquals(List.of(), run(reports, null, null, null).findings().stream()
                .filter(f -> f.rule().id().equals("correction-across-years")).toList());
    }

    @Test
    void a_baselined_carry_over_should_not_fail_and_a_fixed_one_should_be_stale(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        report("南关区政府办公室", 2022, 3, 0, 0, 3).writeXlsx(reports.resolve("a/2022.xlsx"));
        report("南关区政府办公室", 2023, 0, 2, 0, 2).writeXlsx(reports.resolve("a/2023.xlsx"));
        CheckResult first = run(reports, null, null, null);
        StringBuilder csv = new StringBuilder(String.join(",", Baseline.HEADER)).append('\n');
        for (Finding f : first.findings()) {
            csv.append(io.github.xxgk.check.Fingerprint.of(f)).append(',').append(f.file()).append(',')
                    .append(Messages.location(f)).append(',').append(f.rule().id()).append(',').append(f.reported())
                    .append(",,published 2024-01-31,\n");
        }
        Path baseline = Files.writeString(dir.resolve("xxgk-baseline.csv"), csv);
        CheckResult second = run(reports, null, null, baseline);
        assertEquals(0, second.findings().size());
        assertEquals(2, second.baselined());
        assertFalse(new Gate(Severity.ERROR, 0).verdict(second).fails());
        // last year's file corrected: the accepted carry-over findings no longer occur
        report("南关区政府办公室", 2022, 2, 0, 0, 2).writeXlsx(reports.resolve("a/2022.xlsx"));
        CheckResult third = run(reports, null, null, baseline);
        assertEquals(List.of("baseline-stale", "baseline-stale"), third.findings().stream().map(f -> f.rule().id()).toList());
        assertTrue(third.identities().size() == 2 && LocalDate.now() != null);
    }
}

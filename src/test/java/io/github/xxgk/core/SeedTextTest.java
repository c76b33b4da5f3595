package io.github.xxgk.core;

import io.github.xxgk.fixtures.Candidates;
import io.github.xxgk.fixtures.FindingTuple;
import io.github.xxgk.fixtures.Seeds;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The five published reports exactly as they were published (src/test/resources/seeds/) (text copied from the web pages) give exactly
 * the findings docs/regulation.md §8 lists for them. Line numbers are those of the seed files.
 */
class SeedTextTest {

    static final Path SEEDS = Seeds.directory();

    private static final String PARTIAL = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
    private static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    private static final String[] ORG = {"法人或其他组织·商业企业", "法人或其他组织·科研机构", "法人或其他组织·社会公益组织",
            "法人或其他组织·法律服务机构", "法人或其他组织·其他"};

    private static FindingTuple t(String rule, int line, String item, String reported, String expected) {
        return new FindingTuple(rule, line == 0 ? "" : "line " + line, item, reported, expected);
    }

    static Map<String, List<FindingTuple>> expected() {
        return Map.of(
                // 长春高新区 2022: consistent; the headings 「3、」「4、」 are automatic numbering
                "000", List.of(
                        t("document-part-numbering", 57, "三、收到和处理政府信息公开申请情况", "3、 收到和处理政府信息公开申请情况", "三、收到和处理政府信息公开申请情况"),
                        t("document-part-numbering", 355, "四、政府信息公开行政复议、行政诉讼情况", "4、 政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况"),
                        // its title names neither agency nor year (「政府信息公开工作年度报告」): not compared with the others
                        t("identity-unknown", 0, "", "", "")),
                "001", List.of(
                        t("label-mismatch", 105, PARTIAL, "（二）部分公开（区分处理的，只计这一情况，不计其他情形）", PARTIAL),
                        t("label-mismatch", 160, "5.属于三类内部事务信息", "5.属于三类内容事务信息", "5.属于三类内部事务信息")),
                // 二道区 2022: 自然人 60+7+1+43+4+2+9+38 = 164 (printed 165); 总计 60+7+1+47+4+2+9+46 = 176 (printed 177)
                "002", List.of(
                        t("label-mismatch", 98, PARTIAL, "(二)部分公开(区分处理的,只计这一情况,不计其他情形)", PARTIAL),
                        t("label-mismatch", 144, "5.属于三类内部事务信息", "5.属于三类内容事务信息", "5.属于三类内部事务信息"),
                        t("sum-results-total", 283, "（七）总计 × 自然人", "165", ""),
                        t("sum-results-total", 289, "（七）总计 × 总计", "177", ""),
                        // no title at all: the first line is the text 「……现公布2022年二道区人民政府信息公开工作年度报告」
                        t("identity-unknown", 0, "", "", "")),
                "003", seed003(),
                // 宜春丰城高新区 2022: 本机关不掌握 1 under 总计 0
                "004", List.of(
                        t("document-part-numbering", 69, "三、收到和处理政府信息公开申请情况", "3、 收到和处理政府信息公开申请情况", "三、收到和处理政府信息公开申请情况"),
                        t("document-editing-artefact", 343, "", "[bookmark: _GoBack]0", ""),
                        t("label-old-format", 35, "行政规范性文件", "规范性文件", "行政规范性文件"),
                        t("label-mismatch", 71, NOTE, "（本列数据的勾稽关系：第一项加第二项之和，等于第三项加第四项之和）", NOTE),
                        // lines 217 and 223: 1.本机关不掌握相关政府信息's 自然人 and 总计, the unique 2-cell correction
                        t("suggested-correction", 217, "（四）1.本机关不掌握相关政府信息 × 自然人", "1", "0"),
                        t("suggested-correction", 223, "（四）1.本机关不掌握相关政府信息 × 总计", "1", "0"),
                        t("label-wrong-category", 248, "（五）不予处理", "(五)不予公开", "（五）不予处理"),
                        t("label-mismatch", 293, "5.要求行政机关确认或重新出具已获取信息", "5.要求行政机关确认或新出具已获取信息", "5.要求行政机关确认或重新出具已获取信息"),
                        t("sum-results-total", 337, "（七）总计 × 自然人", "0", ""),
                        t("sum-results-total", 343, "（七）总计 × 总计", "0", "")));
    }

    /**
     * 高新区管委会办公室 2021, tab-separated and broken: （一）予以公开 has one value (its 总计, 0), so six cells are
     * missing and the relations over them cannot be checked; the other result rows carry an extra 0 before 总计,
     * 四、结转下年度 two; 1.属于国家秘密 is whole. Labels: 保留4位小数, 社会组织, 其他法律法规禁止公开, and 「三、本年度办理」
     * split from 「结果」.
     */
    private static List<FindingTuple> seed003() {
        List<FindingTuple> l = new ArrayList<>();
        l.add(t("label-mismatch", 41, "本年收费金额（单位：万元）", "本年收费金额（单位：万元，保留4位小数）", "本年收费金额（单位：万元）"));
        l.add(t("label-mismatch", 48, "社会公益组织", "社会组织", "社会公益组织"));
        l.add(t("label-mismatch", 51, "三、本年度办理结果", "三、本年度办理", "三、本年度办理结果"));
        l.add(t("relation-not-assessable", 51, "（一）予以公开 × 总计", "0", ""));
        l.add(t("cell-missing", 51, "（一）予以公开 × 自然人", "", ""));
        for (String org : ORG) {
            l.add(t("cell-missing", 51, "（一）予以公开 × " + org, "", ""));
        }
        l.add(t("cell-extra", 53, PARTIAL, "0", ""));
        l.add(t("label-mismatch", 55, "2.其他法律行政法规禁止公开", "2.其他法律法规禁止公开", "2.其他法律行政法规禁止公开"));
        String[][] extras = {
                {"55", "（三）2.其他法律行政法规禁止公开"}, {"56", "（三）3.危及“三安全一稳定”"}, {"57", "（三）4.保护第三方合法权益"},
                {"58", "（三）5.属于三类内部事务信息"}, {"59", "（三）6.属于四类过程性信息"}, {"60", "（三）7.属于行政执法案卷"},
                {"61", "（三）8.属于行政查询事项"}, {"62", "（四）1.本机关不掌握相关政府信息"}, {"63", "（四）2.没有现成信息需要另行制作"},
                {"64", "（四）3.补正后申请内容仍不明确"}, {"65", "（五）1.信访举报投诉类申请"}, {"66", "（五）2.重复申请"},
                {"67", "（五）3.要求提供公开出版物"}, {"68", "（五）4.无正当理由大量反复申请"}, {"69", "（五）5.要求行政机关确认或重新出具已获取信息"},
                {"70", "（六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
                {"71", "（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"}, {"72", "（六）3.其他"}};
        for (String[] e : extras) {
            l.add(t("cell-extra", Integer.parseInt(e[0]), e[1], "0", ""));
        }
        l.add(t("relation-not-assessable", 73, "（七）总计 × 自然人", "2", ""));
        for (String org : ORG) {
            l.add(t("relation-not-assessable", 73, "（七）总计 × " + org, "0", ""));
        }
        l.add(t("cell-extra", 73, "（七）总计", "0", ""));
        l.add(t("cell-extra", 74, "四、结转下年度继续办理", "0", ""));
        l.add(t("cell-extra", 74, "四、结转下年度继续办理", "0", ""));
        return l;
    }

    @Test
    void check_should_report_exactly_the_seed_findings_for_the_published_text() throws Exception {
        CheckResult result = ReportChecker.run(new CheckRequest(SEEDS, null, null, "2021", 2));
        assertEquals(5, result.files().size());
        for (FileResult f : result.files()) {
            String seed = f.file().substring(0, 3);
            assertEquals(expected().get(seed), Candidates.others(f.findings()), f.file());
            if (seed.equals("002")) {
                Candidates.assertSeed002(f.findings());
            }
        }
    }
}

package io.github.xxgk.check;

import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.FindingTuple;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ValueCheckTest {

    @Test
    /** Seed 000 keeps all three tables on one sheet 「年度报告」. */
    void check_should_report_text_and_fractions_and_never_pass_their_relations(@TempDir Path dir) {
        Path file = SeedWorkbooks.seed000()
                .set("t3", "open", "natural", "4件")
                .set("t3", "partial", "business", 0.5)
                .set("t2", "fees", "fee-amount", new java.math.BigDecimal("14789.2900"))
                .writeXlsx(dir.resolve("r.xlsx"));
        List<FindingTuple> found = FindingTuple.of(
                new ReportChecker(FormatDefinitions.standard()).checkFile(file, "r.xlsx").findings());
        assertEquals(List.of(
                new FindingTuple("value-not-number", "年度报告!D24", "（一）予以公开 × 自然人", "4件", ""),
                new FindingTuple("relation-not-assessable", "年度报告!J24", "（一）予以公开 × 总计", "4", ""),
                new FindingTuple("value-fraction", "年度报告!E25", "（二）部分公开（区分处理的，只计这一情形，不计其他情形） × 法人或其他组织·商业企业", "0.5", ""),
                // the assessable relations all hold again with the 0.5 removed: the one cell to change
                new FindingTuple("suggested-correction", "年度报告!E25", "（二）部分公开（区分处理的，只计这一情形，不计其他情形） × 法人或其他组织·商业企业", "0.5", "0"),
                new FindingTuple("sum-row-total", "年度报告!J25", "（二）部分公开（区分处理的，只计这一情形，不计其他情形） × 总计", "8", ""),
                new FindingTuple("relation-not-assessable", "年度报告!D45", "（七）总计 × 自然人", "14", ""),
                new FindingTuple("sum-results-total", "年度报告!E45", "（七）总计 × 法人或其他组织·商业企业", "0", "")),
                found);
    }
}

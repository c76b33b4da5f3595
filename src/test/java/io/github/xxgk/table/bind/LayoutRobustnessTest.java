package io.github.xxgk.table.bind;

import io.github.xxgk.check.Finding;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.AgencyWorkbook;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The same report in every layout agencies use gives the same findings: three sheets or one, title rows or none,
 * a shifted start column, labels broken over lines, full-/half-width and numbering variants, .xlsx or .xls.
 */
class LayoutRobustnessTest {

    /** What a finding says apart from where: rule, item, reported, expected. */
    private static List<String> what(List<Finding> findings) {
        return findings.stream().map(f -> f.rule().id() + " | " + f.item() + " | " + f.reported() + " → " + f.expected())
                .sorted().toList();
    }

    private static List<String> check(Path dir, byte[] bytes, String name) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return what(new ReportChecker(FormatDefinitions.standard()).checkFile(file, name).findings());
    }

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("one sheet", (UnaryOperator<AgencyWorkbook>) wb -> wb.oneSheet(true)),
                Arguments.of("no title rows", (UnaryOperator<AgencyWorkbook>) wb -> wb.titleRows(0)),
                Arguments.of("three title rows", (UnaryOperator<AgencyWorkbook>) wb -> wb.titleRows(3)),
                Arguments.of("shifted to column C", (UnaryOperator<AgencyWorkbook>) wb -> wb.startCol(2)),
                Arguments.of("labels with line breaks", (UnaryOperator<AgencyWorkbook>) wb -> wb.lineBreaks(true)),
                Arguments.of("all at once", (UnaryOperator<AgencyWorkbook>) wb -> wb.oneSheet(true).titleRows(2)
                        .startCol(3).lineBreaks(true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void binder_should_find_the_same_findings_in_every_layout(String name, UnaryOperator<AgencyWorkbook> layout,
                                                               @TempDir Path dir) throws Exception {
        List<String> reference = check(dir, SeedWorkbooks.seed002().toXlsx(), "reference.xlsx");
        assertEquals(4 + 42, reference.size(), "seed 002: two sums, two labels, 21 rows × 2 candidate cells");
        assertEquals(reference, check(dir, layout.apply(SeedWorkbooks.seed002()).toXlsx(), "layout.xlsx"), name);
        assertEquals(reference, check(dir, layout.apply(SeedWorkbooks.seed002()).toXls(), "layout.xls"), name + " as .xls");
        assertEquals(List.of(), check(dir, layout.apply(SeedWorkbooks.seed000()).toXlsx(), "clean.xlsx"), name + ", consistent");
    }

    @Test
    void labels_should_ignore_width_spacing_and_numbering_style(@TempDir Path dir) throws Exception {
        AgencyWorkbook wb = SeedWorkbooks.seed000()
                .label("t3.row.withheld-secret", "1、属于国家秘密")
                .label("t3.row.withheld-prohibited", "（2）其他法律行政法规禁止公开")
                .label("t3.row.withheld-security", "3．危及\"三安全一稳定\"")
                .label("t3.row.open", "(一)予以公开")
                .label("t3.row.new", "一、 本年新收 政府信息公开申请数量")
                .label("t3.rowGroup.unable", "（四）\n无法提供")
                .label("t3.column.legal-service", "法律服务\n机构")
                .label("t3.note.balance-note", "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)")
                .label("t4.column.review-upheld", "结果\n维持");
        assertEquals(List.of(), check(dir, wb.toXlsx(), "variants.xlsx"));
    }

    @Test
    void binder_should_report_a_renamed_row_in_place_without_shifting_the_others(@TempDir Path dir) throws Exception {
        AgencyWorkbook wb = SeedWorkbooks.seed000().label("t3.row.unable-to-create", "2.没有现成信息需另行制作（含加工）");
        List<String> found = check(dir, wb.toXlsx(), "renamed.xlsx");
        assertEquals(1, found.size(), found.toString());
        assertFalse(found.get(0).contains("sum-"), "no relation may break because of a renamed label");
    }
}

package io.github.xxgk.core;

import io.github.xxgk.check.Finding;
import io.github.xxgk.fixtures.AgencyWorkbook;
import io.github.xxgk.fixtures.FindingTuple;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.fixtures.SpannedDocuments;
import io.github.xxgk.template.ColumnSpec;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A value merged across several columns is one value, whichever file it comes from: table 二's single-value rows
 * as government pages print them (the value, and its header, spanning the three value columns of the block above)
 * give the findings of the same report without spans.
 */
class SpannedValuesTest {

    private static final ReportChecker CHECKER = new ReportChecker(FormatDefinitions.standard());

    /** How a report reaches the checker: the workbook itself, or a document rendered from it with real spans. */
    enum Rendering {
        XLSX("xlsx"), XLS("xls"), HTML("html"), DOCX("docx"), WPS_DOCX("docx");

        final String extension;

        Rendering(String extension) {
            this.extension = extension;
        }

        byte[] bytes(AgencyWorkbook wb) throws Exception {
            return switch (this) {
                case XLSX -> wb.toXlsx();
                case XLS -> wb.toXls();
                case HTML -> SpannedDocuments.html(wb.toXlsx());
                case DOCX -> SpannedDocuments.docx(wb.toXlsx(), false);
                case WPS_DOCX -> SpannedDocuments.docx(wb.toXlsx(), true);
            };
        }
    }

    /** The table findings: the documents have no report text around the tables, so its part checks are left out. */
    private static List<FindingTuple> findings(Rendering r, AgencyWorkbook wb, Path dir) throws Exception {
        String name = "r." + r.extension;
        Path file = Files.write(dir.resolve(name), r.bytes(wb));
        List<Finding> findings = CHECKER.checkFile(file, name).findings().stream()
                .filter(f -> !f.rule().id().startsWith("document-")).toList();
        return FindingTuple.of(findings);
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void check_should_read_a_value_spanning_the_block_columns_as_one_value(Rendering r, @TempDir Path dir)
            throws Exception {
        for (Map.Entry<String, AgencyWorkbook> seed : SeedWorkbooks.all().entrySet()) {
            Path d = Files.createDirectories(dir.resolve(seed.getKey()));
            List<FindingTuple> plain = findings(r, seed.getValue(), d);
            assertEquals(plain, findings(r, seed.getValue().spanSingleValues(true), d), seed.getKey());
        }
        assertEquals(List.of(), findings(r, SeedWorkbooks.seed000().spanSingleValues(true), dir), "seed 000 is consistent");
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void check_should_report_a_value_merged_down_over_the_next_row(Rendering r, @TempDir Path dir) throws Exception {
        AgencyWorkbook wb = SeedWorkbooks.seed000().spanSingleValues(true).mergeValue("t2", "penalty", "decisions-6", 2, 3);
        String sheet = r.extension.startsWith("xls") ? "年度报告" : "表格1";
        assertEquals(List.of(new FindingTuple("value-merged", sheet + "!B12", "行政强制 × 本年处理决定数量", "12", "")),
                findings(r, wb, dir));
    }

    /** As seen in published reports: the seven cells of （六）1 merged down over （六）2 and 3. */
    @ParameterizedTest
    @EnumSource(Rendering.class)
    void check_should_report_a_row_merged_down_as_the_workbook_does(Rendering r, @TempDir Path dir) throws Exception {
        AgencyWorkbook wb = SeedWorkbooks.seed000();
        for (ColumnSpec c : FormatDefinitions.standard().table("t3").columns()) {
            wb.mergeValue("t3", "other-no-correction", c.id(), 3, 1);
        }
        assertEquals(14, findingsAsWorkbook(r, wb, dir).stream().filter(t -> t.rule().equals("value-merged")).count());
    }

    /** Where the row's grid columns are the table's columns, a value merged across two of them stands where it is. */
    @ParameterizedTest
    @EnumSource(Rendering.class)
    void check_should_report_a_value_merged_across_two_columns_as_the_workbook_does(Rendering r, @TempDir Path dir)
            throws Exception {
        AgencyWorkbook wb = SeedWorkbooks.seed000().mergeValue("t3", "new", "natural", 1, 2);
        List<FindingTuple> found = findingsAsWorkbook(r, wb, dir);
        assertEquals(List.of("value-merged @ E22 [一、本年新收政府信息公开申请数量 × 法人或其他组织·商业企业] 14 → "),
                found.stream().filter(t -> t.rule().startsWith("value-") || t.rule().startsWith("cell-"))
                        .map(FindingTuple::toString).toList());
    }

    /** The findings of the rendering, which must be those of the workbook (but for the sheet's name). */
    private static List<FindingTuple> findingsAsWorkbook(Rendering r, AgencyWorkbook wb, Path dir) throws Exception {
        List<FindingTuple> workbook = withoutSheet(findings(Rendering.XLSX, wb, dir));
        assertEquals(workbook, withoutSheet(findings(r, wb, dir)));
        return workbook;
    }

    private static List<FindingTuple> withoutSheet(List<FindingTuple> findings) {
        return findings.stream().map(t -> new FindingTuple(t.rule(), t.location().substring(t.location().indexOf('!') + 1),
                t.item(), t.reported(), t.expected())).toList();
    }
}

package io.github.xxgk.report;

import io.github.xxgk.check.Severity;
import io.github.xxgk.core.Baseline;
import io.github.xxgk.core.CheckRequest;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.ConfigurationException;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.Candidates;
import io.github.xxgk.fixtures.FindingTuple;
import io.github.xxgk.fixtures.SeedWorkbooks;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnotatedAndBaselineTest {

    @Test
    void annotated_copy_should_mark_cells_and_leave_the_input_untouched(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        Path input = SeedWorkbooks.all().get("002-二道区人民政府-2022").writeXlsx(reports.resolve("erdao/2022.xlsx"));
        byte[] before = Files.readAllBytes(input);
        CheckResult result = ReportChecker.run(new CheckRequest(reports, null, null, "2021", 1));
        Path out = dir.resolve("out");
        Reports.write(result, new ReportContext(Messages.of("zh"), Severity.ERROR, reports), out, EnumSet.of(ReportFormat.ANNOTATED));
        assertTrue(Arrays.equals(before, Files.readAllBytes(input)), "the input workbook must not change");
        try (Workbook wb = WorkbookFactory.create(out.resolve("annotated/erdao/2022.xlsx").toFile(), null, true)) {
            assertEquals("核对结果", wb.getSheetName(0));
            Cell link = wb.getSheetAt(0).getRow(1).getCell(1);
            assertEquals("表三!D8", link.getStringCellValue()); // the first candidate: （一）予以公开 × 自然人
            assertEquals(HyperlinkType.DOCUMENT, link.getHyperlink().getType());
            assertEquals("'表三'!D8", link.getHyperlink().getAddress());
            Cell candidate = wb.getSheet("表三").getRow(7).getCell(3);
            assertEquals(60, candidate.getNumericCellValue());
            assertEquals(IndexedColors.LIGHT_ORANGE.getIndex(), candidate.getCellStyle().getFillForegroundColor());
            assertEquals(FillPatternType.SOLID_FOREGROUND, candidate.getCellStyle().getFillPattern());
            assertTrue(candidate.getCellComment().getString().getString().contains("最少改法有 21 种"));
            Cell total = wb.getSheet("表三").getRow(28).getCell(3);
            assertEquals(165, total.getNumericCellValue());
            assertEquals(FillPatternType.NO_FILL, total.getCellStyle().getFillPattern(), "the total need not be wrong");
            assertTrue(total.getCellComment().getString().getString().contains("与各项之和 164 不符"));
            Cell label = wb.getSheet("表三").getRow(13).getCell(2);
            assertEquals(IndexedColors.LIGHT_ORANGE.getIndex(), label.getCellStyle().getFillForegroundColor());
        }
    }

    @Test
    void baseline_should_gate_only_new_findings(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        SeedWorkbooks.all().get("002-二道区人民政府-2022").writeXlsx(reports.resolve("erdao/2022.xlsx"));
        Path baseline = dir.resolve("xxgk-baseline.csv");
        CheckResult first = ReportChecker.run(new CheckRequest(reports, null, null, "2021", 1, baseline));
        assertEquals(4 + 42, BaselineWriter.write(first, baseline, null)); // two sums, two labels, 42 candidates
        assertEquals("\uFEFFfingerprint,file,location,rule,reported,expected,reason,until",
                Files.readAllLines(baseline, StandardCharsets.UTF_8).get(0));

        // entries the office has not given a reason yet are a configuration error naming the line
        ConfigurationException unexplained = assertThrows(ConfigurationException.class,
                () -> ReportChecker.run(new CheckRequest(reports, null, null, "2021", 1, baseline)));
        assertEquals("baseline.reason", unexplained.key());
        assertEquals("2", unexplained.args().get("line"));
        List<String> lines = Files.readAllLines(baseline, StandardCharsets.UTF_8);
        Files.write(baseline, lines.stream().map(l -> l.endsWith(",,") ? l.substring(0, l.length() - 2)
                + ",已发布，无法更改," : l).toList(), StandardCharsets.UTF_8);

        CheckResult accepted = ReportChecker.run(new CheckRequest(reports, null, null, "2021", 1, baseline));
        assertEquals(0, accepted.failing(Severity.ERROR));
        assertEquals(4 + 42, accepted.baselined());

        // a new mistake in the same file fails; the accepted ones stay accepted
        SeedWorkbooks.all().get("002-二道区人民政府-2022").set("t4", "cases", "review-total", 3)
                .writeXlsx(reports.resolve("erdao/2022.xlsx"));
        CheckResult changed = ReportChecker.run(new CheckRequest(reports, null, null, "2021", 1, baseline));
        assertEquals(List.of(new FindingTuple("sum-litigation-total", "表四!E6", "行政复议·总计", "3", "")),
                Candidates.others(changed.findings()));
        assertTrue(FindingTuple.of(changed.findings()).contains(
                new FindingTuple("correction-candidate", "表四!E6", "行政复议·总计", "3", "2")), "the total is a candidate");
        assertEquals(4 + 42, changed.baselined());
    }

    @Test
    void baseline_should_read_a_file_saved_by_excel_with_a_byte_order_mark(@TempDir Path dir) throws Exception {
        Path baseline = dir.resolve("xxgk-baseline.csv");
        // Excel's 「CSV UTF-8」 and WPS write a byte-order mark before the header
        Files.writeString(baseline, "\uFEFF" + String.join("\r\n",
                "fingerprint,file,location,rule,reported,expected,reason,until",
                "aaaaaaaaaaaaaaaaaaaaaaaa,old.xlsx,表三!D29,sum-results-total,165,164,已发布，无法更改,2099-12-31", ""),
                StandardCharsets.UTF_8);
        assertEquals(List.of(new Baseline.Entry("aaaaaaaaaaaaaaaaaaaaaaaa", "old.xlsx", "表三!D29", "sum-results-total",
                "165", "164", "已发布，无法更改", LocalDate.of(2099, 12, 31))), Baseline.read(baseline).entries());
    }

    @Test
    void baseline_should_report_stale_and_fail_on_expired_entries(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        SeedWorkbooks.all().get("000-长春高新区-2022").writeXlsx(reports.resolve("a.xlsx"));
        Path baseline = dir.resolve("xxgk-baseline.csv");
        Files.writeString(baseline, String.join("\n",
                "fingerprint,file,location,rule,reported,expected,reason,until",
                "aaaaaaaaaaaaaaaaaaaaaaaa,old.xlsx,表三!D29,sum-results-total,165,164,已发布，无法更改,2099-12-31",
                "bbbbbbbbbbbbbbbbbbbbbbbb,old.xlsx,表三!J29,sum-results-total,177,176,已发布，无法更改,2020-01-31", ""));
        CheckResult result = Baseline.read(baseline).apply(
                ReportChecker.run(new CheckRequest(reports, null, null, "2021", 1)), LocalDate.of(2026, 11, 22));
        assertEquals(List.of("baseline-stale@aaaaaaaaaaaaaaaaaaaaaaaa", "baseline-expired@bbbbbbbbbbbbbbbbbbbbbbbb"),
                result.findings().stream().map(f -> f.rule().id() + "@" + f.args().get("fingerprint")).toList());
        assertEquals(1, result.failing(Severity.ERROR));
    }
}

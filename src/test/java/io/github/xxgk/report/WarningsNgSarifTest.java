package io.github.xxgk.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.hm.hafner.analysis.FileReaderFactory;
import edu.hm.hafner.analysis.Issue;
import edu.hm.hafner.analysis.Report;
import edu.hm.hafner.analysis.parser.violations.SarifAdapter;
import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Severity;
import io.github.xxgk.core.Baseline;
import io.github.xxgk.core.CheckRequest;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.AgencyWorkbook;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.fixtures.Seeds;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * findings.sarif as Jenkins' Warnings NG reads it ({@code recordIssues(tool: sarif(...))} parses it with
 * analysis-model's SarifAdapter): every finding must come through with its file relative to the workspace, its
 * line, its severity, the sheet and cell it is about, and its message.
 */
class WarningsNgSarifTest {

    /** What a Warnings NG issue shows of a finding: file, line, severity and the message with the cell in front. */
    private record Shown(String file, int line, edu.hm.hafner.analysis.Severity severity, String where, String message) {

        boolean matches(Issue issue) {
            return issue.getFileName().equals(file) && issue.getLineStart() == line
                    && issue.getSeverity().equals(severity) && issue.getMessage().startsWith(where)
                    && issue.getMessage().contains(message);
        }
    }

    private static Shown expected(Finding f, String pathFromWorkspace, Messages messages) {
        int line = f.location() == null ? 0 : f.location().line() > 0 ? f.location().line() : f.location().row() + 1;
        edu.hm.hafner.analysis.Severity severity = switch (f.severity()) {
            case ERROR -> edu.hm.hafner.analysis.Severity.WARNING_HIGH;
            case WARNING -> edu.hm.hafner.analysis.Severity.WARNING_NORMAL;
            case INFO -> edu.hm.hafner.analysis.Severity.WARNING_LOW;
        };
        String where = f.location() == null ? "" : Messages.location(f) + (f.item().isEmpty() ? "" : " " + f.item());
        return new Shown(pathFromWorkspace + f.file(), line, severity, where, messages.message(f));
    }

    private static Report parse(Path sarif) {
        return new SarifAdapter().parse(new FileReaderFactory(sarif));
    }

    /**
     * The findings as Warnings NG should show them. Findings that would show the same are one issue: seed 003's two
     * extra values on line 74 differ only in their place on the line, which no report prints.
     */
    private static List<Shown> shown(CheckResult result, String pathFromWorkspace, Messages messages) {
        return result.findings().stream().map(f -> expected(f, pathFromWorkspace, messages)).distinct().toList();
    }

    /** Every finding is one issue, and there are no others. */
    private static void assertKept(List<Shown> expected, Report report) {
        List<String> lost = new ArrayList<>();
        for (Shown shown : expected) {
            long n = report.stream().filter(shown::matches).count();
            if (n != 1) {
                lost.add(n + " × " + shown);
            }
        }
        assertEquals(List.of(), lost);
        assertEquals(expected.size(), report.size());
    }

    private static byte[] onlyTable3(byte[] xlsx) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            wb.removeSheetAt(wb.getSheetIndex("表四"));
            var out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void warnings_ng_should_keep_every_finding_of_the_seed_workbooks(@TempDir Path workspace) throws Exception {
        Path reports = workspace.resolve("reports");
        for (Map.Entry<String, AgencyWorkbook> seed : SeedWorkbooks.all().entrySet()) {
            seed.getValue().writeXlsx(reports.resolve("2022/" + seed.getKey() + ".xlsx"));
        }
        byte[] good = SeedWorkbooks.seed000().toXlsx();
        Files.write(reports.resolve("truncated 损坏.xlsx"), Arrays.copyOf(good, good.length / 2));
        Files.write(reports.resolve("only-3.xlsx"), onlyTable3(new AgencyWorkbook().toXlsx()));
        CheckResult result = ReportChecker.run(new CheckRequest(reports, null, null, "2021", 1));
        assertTrue(result.findings().stream().anyMatch(f -> f.rule().id().equals("file-unreadable")));
        assertTrue(result.findings().stream().anyMatch(f -> f.rule().id().equals("table-missing")));
        Messages zh = Messages.of("zh");
        Reports.write(result, new ReportContext(zh, Severity.ERROR, reports, workspace), workspace.resolve("target/xxgk"),
                EnumSet.of(ReportFormat.SARIF));

        Path sarif = workspace.resolve("target/xxgk/findings.sarif");
        MachineReportsTest.assertValidSarif(new ObjectMapper().readTree(sarif.toFile()));
        Report report = parse(sarif);

        List<Shown> expected = shown(result, "reports/", zh);
        assertEquals(result.findings().size(), expected.size());
        assertKept(expected, report);
        Issue sum = report.stream().filter(i -> i.getMessage().startsWith("表三!D29")).findFirst().orElseThrow();
        assertEquals("reports/2022/002-二道区人民政府-2022.xlsx", sum.getFileName());
        assertEquals(29, sum.getLineStart());
        assertEquals("sum-results-total", sum.getType());
        assertTrue(sum.getMessage().startsWith("表三!D29 （七）总计 × 自然人\n\nsum-results-total"), sum.getMessage());
        Issue broken = report.stream().filter(i -> i.getType().equals("file-unreadable")).findFirst().orElseThrow();
        assertEquals("reports/truncated 损坏.xlsx", broken.getFileName());
        assertEquals(0, broken.getLineStart(), "0: the whole file");
    }

    @Test
    void warnings_ng_should_keep_every_finding_of_the_published_texts(@TempDir Path out) throws Exception {
        Path seeds = Seeds.directory();
        CheckResult result = ReportChecker.run(new CheckRequest(seeds, null, null, "2021", 1));
        Messages en = Messages.of("en");
        Reports.write(result, new ReportContext(en, Severity.ERROR, seeds, seeds.getParent()), out,
                EnumSet.of(ReportFormat.SARIF));

        Report report = parse(out.resolve("findings.sarif"));

        List<Shown> expected = shown(result, "seeds/", en);
        assertEquals(result.findings().size() - 1, expected.size());
        assertKept(expected, report);
    }

    @Test
    void warnings_ng_should_get_absolute_paths_for_reports_outside_the_workspace(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("elsewhere/报告");
        SeedWorkbooks.seed002().writeXlsx(reports.resolve("erdao 2022.xlsx"));
        CheckResult result = ReportChecker.run(new CheckRequest(reports, null, null, "2021", 1));
        Reports.write(result, new ReportContext(Messages.of("zh"), Severity.ERROR, reports, dir.resolve("workspace")),
                dir.resolve("out"), EnumSet.of(ReportFormat.SARIF));

        Report report = parse(dir.resolve("out/findings.sarif"));

        assertEquals(4 + 42, report.size()); // two sums, two labels, 42 candidate cells
        String absolute = reports.resolve("erdao 2022.xlsx").toAbsolutePath().toString();
        assertTrue(report.stream().allMatch(i -> i.getFileName().equals(absolute)), report.get(0).getFileName());
    }

    @Test
    void warnings_ng_should_leave_out_baselined_findings(@TempDir Path workspace) throws Exception {
        Path reports = workspace.resolve("reports");
        SeedWorkbooks.seed002().writeXlsx(reports.resolve("erdao-2022.xlsx"));
        Path baseline = workspace.resolve("xxgk-baseline.csv");
        BaselineWriter.write(ReportChecker.run(new CheckRequest(reports, null, null, "2021", 1)), baseline, null);
        CheckResult result = Baseline.read(baseline, false) // reasons not yet filled in: read as the baseline goal does
                .apply(ReportChecker.run(new CheckRequest(reports, null, null, "2021", 1)), LocalDate.now());
        assertEquals(4 + 42, result.baselined());
        Reports.write(result, new ReportContext(Messages.of("zh"), Severity.ERROR, reports, workspace),
                workspace.resolve("out"), EnumSet.of(ReportFormat.SARIF));

        assertEquals(0, parse(workspace.resolve("out/findings.sarif")).size());
    }
}

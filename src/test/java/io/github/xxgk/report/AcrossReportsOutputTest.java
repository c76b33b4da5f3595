package io.github.xxgk.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckRequest;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.CheckRun;
import io.github.xxgk.core.Progress;
import io.github.xxgk.fixtures.AgencyWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The goal's own route: each file's section written as it is checked, the run-wide phase after. A file with findings
 * of its own and findings across reports keeps its section and points to the table of findings across reports.
 */
class AcrossReportsOutputTest {

    private static AgencyWorkbook report(int year, int carried, int carriedNext) {
        AgencyWorkbook w = new AgencyWorkbook().cover("南关区政府办公室", year);
        for (String c : List.of("natural", "total")) {
            w.set("t3", "new", c, carriedNext).set("t3", "carried", c, carried).set("t3", "open", c, carried)
                    .set("t3", "results-total", c, carried).set("t3", "carried-next", c, carriedNext);
        }
        return w;
    }

    @Test
    void reports_should_show_findings_across_reports_with_both_places(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        report(2022, 0, 3).writeXlsx(reports.resolve("a/2022.xlsx"));
        report(2023, 2, 2).set("t2", "fees", "fee-amount", null).writeXlsx(reports.resolve("a/2023.xlsx")); // + value-blank
        Path out = dir.resolve("out");
        CheckResult result;
        try (ReportRun run = ReportRun.open(out, new ReportContext(Messages.of("zh"), Severity.ERROR, reports, dir),
                EnumSet.of(ReportFormat.HTML, ReportFormat.MARKDOWN, ReportFormat.SARIF))) {
            result = CheckRun.run(new CheckRequest(reports, null, null, "2021", 2), run, Progress.NONE);
            run.finish(result);
        }
        assertEquals(List.of("value-blank", "carry-over-mismatch", "carry-over-mismatch"),
                result.files().get(1).findings().stream().map(f -> f.rule().id()).toList());
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h2 id=\"across\">跨报告核对（跨年度、汇总、雷同）</h2>"));
        assertTrue(html.contains("<td>a/2023.xlsx 表三!D6</td><td>a/2022.xlsx 表三!D29</td>"), html);
        assertTrue(html.contains("<p class=\"across-note\"><a href=\"#across\">另有 2 项跨报告核对的发现，见「跨报告核对」表。</a></p>"));
        assertTrue(html.contains("<td class=\"n ERROR\" title=\"a/2023.xlsx\"><a href=\"#file-2\">2</a></td>"));
        String md = Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("## <a id=\"across\"></a>跨报告核对（跨年度、汇总、雷同）"));
        assertTrue(md.contains("[另有 2 项跨报告核对的发现，见「跨报告核对」表。](#across)"));
        assertTrue(md.contains("| 南关区政府办公室 | 0 | [2](#file-2) |"));
        JsonNode sarif = JsonReportWriter.MAPPER.readTree(out.resolve("findings.sarif").toFile());
        JsonNode carry = null;
        for (JsonNode r : sarif.path("runs").get(0).path("results")) {
            if (r.path("ruleId").asText().equals("carry-over-mismatch")) {
                carry = r;
                break;
            }
        }
        JsonNode related = carry.path("relatedLocations").get(0).path("physicalLocation");
        assertEquals("reports/a/2022.xlsx", related.path("artifactLocation").path("uri").asText());
        assertEquals(29, related.path("region").path("startLine").asInt());
        assertEquals(4, related.path("region").path("startColumn").asInt());
    }
}

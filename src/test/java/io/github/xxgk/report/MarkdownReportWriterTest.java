package io.github.xxgk.report;

import io.github.xxgk.core.CheckResult;
import io.github.xxgk.fixtures.SeedWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownReportWriterTest {

    private static List<String> md(Path dir, CheckResult result) throws Exception {
        Path out = WrittenReports.write(dir, result, "zh", ReportFormat.MARKDOWN);
        return Files.readAllLines(out.resolve("report.md"));
    }

    /** The lines of the first Markdown table after the line that equals {@code heading}. */
    private static List<String> tableAfter(List<String> lines, String heading) {
        int start = lines.indexOf(heading);
        assertTrue(start >= 0, "no line " + heading + " in\n" + String.join("\n", lines));
        int first = start + 1;
        while (!lines.get(first).startsWith("|")) {
            first++;
        }
        int end = first;
        while (end < lines.size() && lines.get(end).startsWith("|")) {
            end++;
        }
        return lines.subList(first, end);
    }

    @Test
    void markdown_should_open_with_a_summary_of_the_files_with_findings_first(@TempDir Path dir) throws Exception {
        List<String> lines = md(dir, WrittenReports.check(dir, WrittenReports.threeFiles()));
        assertEquals(List.of("| 文件 | 错误 | 警告 | 提示 |", "|---|--:|--:|--:|",
                        "| [b.xlsx](#file-2) | 2 | 2 | 42 |", "| [c.xlsx](#file-3) | 0 | 2 | 0 |"),
                tableAfter(lines, "# 政府信息公开工作年度报告统计表核对结果"));
        List<String> headings = lines.stream().filter(l -> l.startsWith("## ")).toList();
        assertEquals(List.of("## <a id=\"file-2\"></a>b.xlsx", "## <a id=\"file-3\"></a>c.xlsx", "## 未发现问题的文件（1 个）"),
                headings);
        assertTrue(lines.contains("- a.xlsx：未发现问题。"), String.join("\n", lines));
    }

    @Test
    void markdown_should_link_rule_ids_and_show_tables_two_and_four_marked(@TempDir Path dir) throws Exception {
        List<String> lines = md(dir, WrittenReports.check(dir, Map.of("x.xlsx", WrittenReports.wrongInTablesTwoAndFour())));
        String text = String.join("\n", lines);
        assertTrue(text.contains(" | [`sum-results-total`](https://github.com/xxgk/xxgk-maven-plugin/blob/main/docs/rules/sum-results-total.md) | "),
                text);
        List<String> four = tableAfter(lines, "### 表四 政府信息公开行政复议、行政诉讼情况（按填报原样；建议更正的单元格显示为 填报 → 改为，候选单元格显示为 填报 → 改为?）");
        assertEquals(3, four.size(), "header, rule, the one data row");
        assertTrue(four.get(0).startsWith("| 行政复议·结果维持 | 行政复议·结果纠正 |"), four.get(0));
        assertTrue(four.get(2).startsWith("| *0 → 2?* | *1 → 3?* | *0 → 2?* | *0 → 2?* | *3 → 1?* |"), four.get(2));
        assertTrue(text.contains("| **1 → 0** |"), "table 三's unique correction in bold");
        List<String> fees = tableAfter(lines, "### 表二 主动公开政府信息情况（按填报原样；建议更正的单元格显示为 填报 → 改为，候选单元格显示为 填报 → 改为?）");
        assertEquals("| 第二十条第（一）项 | 本年制发件数 | 本年废止件数 | 现行有效件数 |", fees.get(0));
        assertTrue(text.contains("| 行政事业性收费 | *1190.12345* |"), text);
    }

    @Test
    void markdown_should_keep_file_names_and_cover_fields_as_text(@TempDir Path dir) throws Exception {
        String name = "<img src=x onerror=alert(1)>.xlsx";
        CheckResult result = WrittenReports.withCover(WrittenReports.check(dir, Map.of(name, SeedWorkbooks.seed002())),
                Map.of("机关名称", "某局\n## 全部通过"));
        List<String> lines = md(dir, result);
        String text = String.join("\n", lines);
        assertFalse(text.contains("<img"), text);
        assertEquals(List.of(), lines.stream().filter(l -> l.contains("全部通过") && l.matches("^\\s*#.*")).toList());
        assertTrue(text.contains("&lt;img src=x onerror=alert(1)>.xlsx（某局 \\#\\# 全部通过）"), text);
    }
}

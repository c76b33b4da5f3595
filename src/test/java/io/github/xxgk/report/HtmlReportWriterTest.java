package io.github.xxgk.report;

import io.github.xxgk.core.CheckResult;
import io.github.xxgk.fixtures.SeedWorkbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportWriterTest {

    private static Document html(Path dir, CheckResult result, String locale) throws Exception {
        Path out = WrittenReports.write(dir, result, locale, ReportFormat.HTML);
        return Jsoup.parse(Files.readString(out.resolve("report.html")));
    }

    @Test
    void html_should_link_its_stylesheet_and_carry_no_inline_style(@TempDir Path dir) throws Exception {
        Document doc = html(dir, WrittenReports.check(dir, WrittenReports.threeFiles()), "zh");
        assertEquals(0, doc.select("style").size(), "no <style> element");
        assertEquals(0, doc.select("[style]").size(), "no style attribute");
        assertEquals(List.of("report.css"), doc.select("link[rel=stylesheet]").eachAttr("href"));
        String css = Files.readString(dir.resolve("out/report.css"));
        assertTrue(css.contains("@page") && css.contains("landscape") && css.contains("table-header-group"), css);
    }

    @Test
    void html_should_open_with_a_summary_of_the_files_with_findings_first(@TempDir Path dir) throws Exception {
        Document doc = html(dir, WrittenReports.check(dir, WrittenReports.threeFiles()), "zh");
        Element overview = doc.selectFirst("table.overview");
        assertNotNull(overview, "summary table");
        assertEquals(List.of("文件", "错误", "警告", "提示"), overview.select("thead th").eachText());
        // b.xlsx is seed 002: two sums, two labels, and 42 candidate cells of its ambiguous correction
        assertEquals(List.of(List.of("b.xlsx", "2", "2", "42"), List.of("c.xlsx", "0", "2", "0")),
                overview.select("tbody tr").stream().map(tr -> tr.select("td").eachText()).toList());
        // each row links to its file's section, sections in the same order; the clean file gets no section
        assertEquals(List.of("#file-2", "#file-3"), overview.select("tbody a").eachAttr("href"));
        assertEquals(List.of("file-2", "file-3"), doc.select("h2[id]").eachAttr("id"));
        assertEquals(List.of("b.xlsx", "c.xlsx"), doc.select("h2[id]").eachText());
        assertEquals(List.of("a.xlsx：未发现问题。"), doc.select("ul.clean li").eachText());
        List<Element> top = doc.body().children();
        assertTrue(top.indexOf(overview) < top.indexOf(doc.selectFirst("h2[id]")), "summary before the sections");
    }

    @Test
    void html_summary_should_count_baselined_findings_when_there_is_a_baseline(@TempDir Path dir) throws Exception {
        CheckResult checked = WrittenReports.check(dir, WrittenReports.threeFiles());
        // b.xlsx with its two label warnings accepted in a baseline
        CheckResult result = new CheckResult(checked.files().stream().map(f -> !f.file().equals("b.xlsx") ? f
                : new io.github.xxgk.core.FileResult(f.file(), f.report(),
                f.findings().stream().filter(x -> !x.rule().id().equals("label-mismatch")).toList(),
                f.findings().stream().filter(x -> x.rule().id().equals("label-mismatch")).toList())).toList());
        Element overview = html(dir, result, "zh").selectFirst("table.overview");
        assertEquals(List.of("文件", "错误", "警告", "提示", "已列入基线"), overview.select("thead th").eachText());
        assertEquals(List.of(List.of("b.xlsx", "2", "0", "42", "2"), List.of("c.xlsx", "0", "2", "0", "0")),
                overview.select("tbody tr").stream().map(tr -> tr.select("td").eachText()).toList());
    }

    @Test
    void html_should_list_the_candidates_of_an_ambiguous_correction_as_one_row(@TempDir Path dir) throws Exception {
        Document doc = html(dir, WrittenReports.check(dir, Map.of("b.xlsx", SeedWorkbooks.seed002())), "zh");
        List<List<String>> rows = doc.select("table.findings tbody tr").stream()
                .map(tr -> List.of(tr.select("td").get(1).text(), tr.select("td").get(6).text())).toList();
        assertEquals(List.of(List.of("表三", "correction-candidate"), List.of("表三!B9", "label-mismatch"),
                List.of("表三!C14", "label-mismatch"), List.of("表三!D29", "sum-results-total"),
                List.of("表三!J29", "sum-results-total")), rows);
        String folded = doc.selectFirst("table.findings tbody tr").select("td").get(7).text();
        assertTrue(folded.startsWith("表三：使全部勾稽关系成立的最少改法有 21 种，每种改 2 个单元格") && folded.contains("共 42 个候选单元格"),
                folded);
        assertEquals(42, doc.select("table.grid.t3 td.flag").stream().filter(td -> td.text().endsWith("?")).count());
    }

    @Test
    void html_should_show_at_most_500_file_sections_and_point_to_the_csv_for_the_rest(@TempDir Path dir) throws Exception {
        CheckResult one = WrittenReports.check(dir, Map.of("b.xlsx", SeedWorkbooks.seed001())); // two label warnings
        List<io.github.xxgk.core.FileResult> many = new java.util.ArrayList<>();
        for (int i = 0; i < 620; i++) {
            io.github.xxgk.core.FileResult f = one.files().get(0);
            many.add(new io.github.xxgk.core.FileResult(String.format("r%04d.xlsx", i), f.report().compact(), f.findings()));
        }
        Document doc = html(dir, new CheckResult(many), "zh");
        assertEquals(620, doc.select("table.overview tbody tr").size(), "the overview lists every file");
        assertEquals(500, doc.select("h2[id]").size());
        assertEquals("另有 120 个有问题的文件未在此逐一列出（上方汇总表中有全部文件），全部问题见同目录的 findings.csv。",
                doc.selectFirst("p.capped").text());
    }

    @Test
    void sections_past_the_500_shown_should_not_be_rendered_while_the_files_are_checked(@TempDir Path dir) throws Exception {
        CheckResult one = WrittenReports.check(dir, Map.of("b.xlsx", SeedWorkbooks.seed004())); // a wrong total
        ReportWriter writer = ReportFormat.HTML.writer();
        ReportContext context = new ReportContext(Messages.of("zh"), io.github.xxgk.check.Severity.ERROR, dir.resolve("reports"));
        Path report = Files.createDirectories(dir.resolve("staged")).resolve("report.html");
        List<io.github.xxgk.core.FileResult> many = new java.util.ArrayList<>();
        for (int i = 0; i < 620; i++) {
            io.github.xxgk.core.FileResult f = one.files().get(0);
            io.github.xxgk.core.FileResult full = new io.github.xxgk.core.FileResult(String.format("r%04d.xlsx", i),
                    f.report(), f.findings());
            writer.file(i, full, context, report);
            many.add(full.compact());
        }
        try (var parts = Files.list(report.resolveSibling(OutputDirectory.PARTS))) {
            assertEquals(500, parts.count(), "only the sections that can be shown are rendered");
        }
        writer.write(new CheckResult(many), context, report);
        Document doc = Jsoup.parse(Files.readString(report));
        assertEquals(500, doc.select("h2[id]").size());
        int perFile = html(dir.resolve("one"), one, "zh").select("table.grid").size();
        assertTrue(perFile > 0, "a section shows the tables, which only the full result has");
        assertEquals(500 * perFile, doc.select("table.grid").size(), "every section shown came from its spooled part");
    }

    @Test
    void html_should_link_each_rule_id_to_its_docs_page(@TempDir Path dir) throws Exception {
        Document doc = html(dir, WrittenReports.check(dir, WrittenReports.threeFiles()), "zh");
        Element link = doc.selectFirst("table.findings a:contains(sum-results-total)");
        assertNotNull(link, "rule link");
        assertEquals("https://github.com/xxgk/xxgk-maven-plugin/blob/main/docs/rules/sum-results-total.md",
                link.attr("href"));
        assertEquals("（七）总计与各项办理结果之和不符", link.attr("title"));
    }

    @Test
    void html_should_show_tables_two_and_four_with_the_wrong_cells_marked(@TempDir Path dir) throws Exception {
        Document doc = html(dir, WrittenReports.check(dir, Map.of("x.xlsx", WrittenReports.wrongInTablesTwoAndFour())), "zh");
        Element two = doc.selectFirst("table.grid.t2");
        Element four = doc.selectFirst("table.grid.t4");
        assertNotNull(two, "table 二");
        assertNotNull(four, "table 四");
        assertEquals(List.of("1190.12345"), two.select("td.flag").eachText());
        assertEquals(List.of("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"),
                two.select("th.block").eachText());
        // 行政复议 总计 3 over parts 0 + 1 + 0 + 0: the total or any one part, five candidates, none of them red
        assertEquals(List.of(), four.select("td.wrong").eachText());
        assertEquals(List.of("0 → 2?", "1 → 3?", "0 → 2?", "0 → 2?", "3 → 1?"), four.select("td.flag").eachText());
        // grouped columns: 行政诉讼 spans ten columns; one data row of fifteen cells
        assertEquals(List.of("10"), four.select("thead th").stream().filter(th -> th.text().equals("行政诉讼"))
                .map(th -> th.attr("colspan")).toList());
        assertEquals(1, four.select("tbody tr").size());
        assertEquals(15, four.select("tbody td").size());
        // table 三's unique correction in red: 本机关不掌握 1 → 0 in 自然人 and 总计
        assertEquals(List.of("1 → 0", "1 → 0"), doc.select("table.grid.t3 td.wrong").eachText());
    }

    @Test
    void html_should_escape_file_names_and_cover_fields(@TempDir Path dir) throws Exception {
        String name = "<img src=x onerror=alert(1)>.xlsx";
        CheckResult result = WrittenReports.withCover(WrittenReports.check(dir, Map.of(name, SeedWorkbooks.seed002())),
                Map.of("机关名称", "<b>某局</b>\n## 全部通过"));
        Document doc = html(dir, result, "zh");
        assertEquals(0, doc.select("img, b").size(), "markup from a file");
        assertEquals(name, doc.selectFirst("table.overview td").text());
        assertTrue(doc.text().contains("<b>某局</b>"), doc.text());
    }
}

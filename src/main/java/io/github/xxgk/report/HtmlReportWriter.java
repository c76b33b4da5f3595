package io.github.xxgk.report;

import io.github.xxgk.check.Finding;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.FileResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * report.html: the same content as report.md as one self-contained page. Everything that came from a file
 * (names, labels, values) is escaped.
 */
final class HtmlReportWriter implements ReportWriter {

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em;color:#222}
            table{border-collapse:collapse;margin:.5em 0 1.5em;max-width:100%}
            th,td{border:1px solid #999;padding:.25em .5em;vertical-align:top;overflow-wrap:anywhere}
            table.findings td{max-width:16em}table.findings td.msg{max-width:none;min-width:24em}
            table.findings td.item{min-width:11em}table.findings td.val{min-width:6em}
            td.loc,td.sev,td code{white-space:nowrap;overflow-wrap:normal}
            th{background:#eee}td.n{text-align:right;white-space:nowrap}.ERROR{color:#b00020;font-weight:bold}
            .WARNING{color:#8a5a00}.INFO{color:#555}td.wrong{background:#fdd;color:#b00020;font-weight:bold}
            td.flag{background:#fff3cd}code{font-size:90%}
            """;

    @Override
    public void write(CheckResult result, ReportContext context, Path file) throws IOException {
        Messages m = context.messages();
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(m.text("ui.lang"))
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(m.text("ui.report.title"))).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        out.append("<h1>").append(esc(m.text("ui.report.title"))).append("</h1>\n<p>")
                .append(esc(ReportText.summary(result, m))).append("</p>\n");
        for (FileResult f : result.files()) {
            out.append("<h2 id=\"file-").append(result.files().indexOf(f) + 1).append("\">").append(esc(f.file()))
                    .append("</h2>\n<p>").append(esc(ReportText.fileSummary(f, m))).append("</p>\n");
            if (f.findings().isEmpty()) {
                continue;
            }
            out.append("<table class=\"findings\"><tr>");
            for (String key : new String[] {"severity", "location", "item", "reported", "expected", "difference", "rule", "message"}) {
                out.append("<th>").append(esc(m.text("ui.col." + key))).append("</th>");
            }
            out.append("</tr>\n");
            for (Finding x : f.findings()) {
                out.append("<tr><td class=\"sev ").append(x.severity().name()).append("\">").append(esc(m.severity(x.severity())))
                        .append("</td><td class=\"loc\">").append(esc(Messages.location(x))).append("</td><td class=\"item\">")
                        .append(esc(x.item()))
                        .append("</td>").append(valueCell(x.reported())).append(valueCell(x.expected()))
                        .append(valueCell(Messages.difference(x)))
                        .append("<td><code>").append(esc(x.rule().id())).append("</code></td><td class=\"msg\">")
                        .append(esc(m.message(x))).append("</td></tr>\n");
            }
            out.append("</table>\n");
            TableView.of(f, "t3", m).filter(TableView::hasMarks).ifPresent(view -> table(out, view, m));
        }
        out.append("</body></html>\n");
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder out, TableView view, Messages m) {
        out.append("<p>").append(esc(m.text("ui.table3"))).append("</p>\n<table><tr><th></th>");
        view.columns().forEach(c -> out.append("<th>").append(esc(c)).append("</th>"));
        out.append("</tr>\n");
        for (TableView.Row row : view.rows()) {
            out.append("<tr><th style=\"text-align:left\">").append(esc(row.label())).append("</th>");
            for (TableView.Cell c : row.cells()) {
                String cls = c.wrong() ? "n wrong" : c.flagged() ? "n flag" : "n";
                out.append("<td class=\"").append(cls).append("\">").append(esc(c.text())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    /** Numbers right-aligned, text (a label as found) as text. */
    private static String valueCell(String value) {
        return (value.matches("-?\\d+(\\.\\d+)?") ? "<td class=\"n\">" : "<td class=\"val\">") + esc(value) + "</td>";
    }

    /** Escapes the five characters that are markup in text and in quoted attributes. */
    static String esc(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(ch);
            }
        }
        return s.toString();
    }
}

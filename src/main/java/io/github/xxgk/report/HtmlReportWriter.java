package io.github.xxgk.report;

import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.FileResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * report.html and its stylesheet report.css beside it (no inline style: Jenkins serves archived HTML under a
 * Content-Security-Policy that blocks it). The page opens with an overview of the files with findings, then a
 * section per such file (its findings, the tables with marked cells), then the clean files as a list.
 * Everything that came from a file (names, labels, cover fields, values) is escaped.
 */
final class HtmlReportWriter implements ReportWriter {

    static final String STYLESHEET = "report.css";
    private static final String[] COLUMNS = {"severity", "location", "item", "reported", "expected", "difference",
            "rule", "message"};

    private final Sections.Spool spool = new Sections.Spool();

    @Override
    public void file(int index, FileResult full, ReportContext context, Path file) throws IOException {
        spool.spool(index, full, context, file, HtmlReportWriter::section);
    }

    @Override
    public void write(CheckResult result, ReportContext context, Path file) throws IOException {
        Messages m = context.messages();
        Overview overview = Overview.of(result);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(result, overview, m, file, w);
        }
        try (InputStream css = HtmlReportWriter.class.getResourceAsStream(STYLESHEET)) {
            Files.copy(css, file.resolveSibling(STYLESHEET), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The page, written as it is made: the overview, then each section of the files shown, then the clean files. */
    private static void write(CheckResult result, Overview overview, Messages m, Path file, Writer w) throws IOException {
        Sections.Flush flush = o -> {
            w.append(o);
            o.setLength(0);
        };
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(m.text("ui.lang"))
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>")
                .append(esc(m.text("ui.report.title"))).append("</title><link rel=\"stylesheet\" href=\"")
                .append(STYLESHEET).append("\"></head><body>\n");
        out.append("<h1>").append(esc(m.text("ui.report.title"))).append("</h1>\n<p>")
                .append(esc(ReportText.summary(result, m))).append("</p>\n");
        overview(out, overview, result.baselined() > 0, m);
        AcrossView across = AcrossView.of(result);
        matrix(out, across, m);
        acrossFindings(out, across, m);
        flush.flush(out);
        int left = Sections.appendShown(out, overview, m, file, HtmlReportWriter::section, (o, e, msg) ->
                o.append("<p class=\"across-note\"><a href=\"#across\">").append(esc(msg.text("ui.across.more",
                        Map.of("count", Long.toString(Sections.across(e)))))).append("</a></p>\n"), flush);
        if (left > 0) {
            out.append("<p class=\"capped\">").append(esc(m.text("ui.sections.capped", Map.of("count",
                    Integer.toString(left))))).append("</p>\n");
        }
        if (!overview.clean().isEmpty()) {
            out.append("<h2>").append(esc(m.text("ui.clean.heading",
                    Map.of("count", Integer.toString(overview.clean().size()))))).append("</h2>\n<ul class=\"clean\">");
            overview.clean().forEach(e -> out.append("<li>").append(esc(ReportText.fileSummary(e.file(), m))).append("</li>"));
            out.append("</ul>\n");
        }
        out.append("</body></html>\n");
        flush.flush(out);
    }

    private static void overview(StringBuilder out, Overview overview, boolean baselined, Messages m) {
        if (overview.withFindings().isEmpty()) {
            return;
        }
        out.append("<table class=\"overview\"><thead><tr><th>").append(esc(m.text("ui.overview.file"))).append("</th>");
        for (String key : baselined ? new String[] {"errors", "warnings", "infos", "baselined"}
                : new String[] {"errors", "warnings", "infos"}) {
            out.append("<th class=\"n\">").append(esc(m.text("ui.overview." + key))).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        for (Overview.Entry e : overview.withFindings()) {
            FileResult f = e.file();
            out.append("<tr><td class=\"file\"><a href=\"#").append(e.anchor()).append("\">").append(esc(f.file()))
                    .append("</a></td>").append(count(f.count(Severity.ERROR), "ERROR"))
                    .append(count(f.count(Severity.WARNING), "WARNING"))
                    .append(count(f.count(Severity.INFO), "INFO"));
            if (baselined) {
                out.append(count(f.baselined().size(), "INFO"));
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    /** Agencies × years: each report's errors, linked to its section; 「—」 where an agency has no report. */
    private static void matrix(StringBuilder out, AcrossView across, Messages m) {
        if (!across.hasMatrix()) {
            return;
        }
        out.append("<h2 id=\"matrix\">").append(esc(m.text("ui.matrix.heading"))).append("</h2>\n<table class=\"matrix\"><thead><tr><th>")
                .append(esc(m.text("ui.matrix.agency"))).append("</th>");
        across.years().forEach(y -> out.append("<th class=\"n\">").append(y).append("</th>"));
        out.append("</tr></thead><tbody>\n");
        for (String agency : across.agencies()) {
            out.append("<tr><td>").append(esc(agency)).append("</td>");
            for (int year : across.years()) {
                AcrossView.Cell c = across.cell(agency, year);
                if (c == null) {
                    out.append("<td class=\"n none\">—</td>");
                    continue;
                }
                String n = Long.toString(c.errors());
                String text = c.anchor() == null ? n : "<a href=\"#" + c.anchor() + "\">" + n + "</a>";
                out.append("<td class=\"n").append(c.errors() > 0 ? " ERROR" : "").append("\" title=\"")
                        .append(esc(c.file())).append("\">").append(text).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    /** The findings across reports in one table, each with its place and the places it compares with. */
    private static void acrossFindings(StringBuilder out, AcrossView across, Messages m) {
        if (across.rows().isEmpty()) {
            return;
        }
        out.append("<h2 id=\"across\">").append(esc(m.text("ui.across.heading"))).append("</h2>\n<table class=\"findings across\"><thead><tr>");
        for (String key : new String[] {"ui.col.severity", "ui.across.place", "ui.across.elsewhere", "ui.col.rule", "ui.col.message"}) {
            out.append("<th>").append(esc(m.text(key))).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        for (AcrossView.Row r : across.rows()) {
            out.append("<tr><td class=\"severity ").append(r.severity().name()).append("\">").append(esc(m.severity(r.severity())))
                    .append("</td><td>").append(esc(r.place())).append("</td><td>").append(esc(r.elsewhere()))
                    .append("</td><td class=\"rule\"><a href=\"").append(esc(RuleDocs.url(r.finding().rule())))
                    .append("\"><code>").append(esc(r.finding().rule().id())).append("</code></a></td><td>")
                    .append(esc(m.message(r.finding()))).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    /** A count, coloured by its severity when it is not 0. */
    private static String count(long n, String severity) {
        return "<td class=\"n" + (n > 0 ? " " + severity : "") + "\">" + n + "</td>";
    }

    private static void section(StringBuilder out, Overview.Entry e, Messages m) {
        FileResult f = e.file();
        out.append("<h2 id=\"").append(e.anchor()).append("\">").append(esc(f.file())).append("</h2>\n<p>")
                .append(esc(ReportText.fileSummary(f, m))).append("</p>\n<table class=\"findings\"><colgroup>");
        for (String key : COLUMNS) {
            out.append("<col class=\"").append(key).append("\">");
        }
        out.append("</colgroup><thead><tr>");
        for (String key : COLUMNS) {
            out.append("<th>").append(esc(m.text("ui.col." + key))).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        for (FindingRow x : FindingRow.of(f, m)) {
            out.append("<tr><td class=\"severity ").append(x.severity().name()).append("\">").append(esc(m.severity(x.severity())))
                    .append("</td><td class=\"location\">").append(esc(x.location())).append("</td><td>")
                    .append(esc(x.item())).append("</td>").append(valueCell(x.reported())).append(valueCell(x.expected()))
                    .append(valueCell(x.difference()))
                    .append("<td class=\"rule\"><a href=\"").append(esc(RuleDocs.url(x.rule()))).append("\" title=\"")
                    .append(esc(m.title(x.rule()))).append("\"><code>").append(esc(x.rule().id())).append("</code></a></td><td>")
                    .append(esc(x.message())).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
        for (TableView view : TableView.all(f, m)) {
            if (view.hasMarks()) {
                out.append("<h3>").append(esc(m.text("ui.grid", Map.of("table", view.template().displayName(),
                        "title", view.template().title())))).append("</h3>\n");
                HtmlGrid.append(out, view);
            }
        }
    }

    /** Numbers right-aligned, text (a label as found) as text. */
    private static String valueCell(String value) {
        return (CsvReportWriter.NUMBER.matcher(value).matches() ? "<td class=\"n\">" : "<td>") + esc(value) + "</td>";
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

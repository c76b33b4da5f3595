package io.github.xxgk.report;

import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.FileResult;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.github.xxgk.report.MarkdownText.esc;
import static io.github.xxgk.report.MarkdownText.paragraph;

/**
 * report.md: an overview of the files with findings, then per such file its findings and the tables with marked
 * cells, then the clean files as a list. Text from a file stays text (see {@link MarkdownText}).
 */
final class MarkdownReportWriter implements ReportWriter {

    private static final String[] COLUMNS = {"severity", "location", "item", "reported", "expected", "difference",
            "rule", "message"};

    private final Sections.Spool spool = new Sections.Spool();

    @Override
    public void file(int index, FileResult full, ReportContext context, Path file) throws IOException {
        spool.spool(index, full, context, file, MarkdownReportWriter::section);
    }

    @Override
    public void write(CheckResult result, ReportContext context, Path file) throws IOException {
        Messages m = context.messages();
        Overview overview = Overview.of(result);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(result, overview, m, file, w);
        }
    }

    /** The report, written as it is made: the overview, then each section of the files shown, then the clean files. */
    private static void write(CheckResult result, Overview overview, Messages m, Path file, Writer w) throws IOException {
        Sections.Flush flush = o -> {
            w.append(o);
            o.setLength(0);
        };
        StringBuilder out = new StringBuilder();
        out.append("# ").append(m.text("ui.report.title")).append("\n\n");
        out.append(paragraph(ReportText.summary(result, m))).append("\n");
        overview(out, overview, result.baselined() > 0, m);
        AcrossView across = AcrossView.of(result);
        matrix(out, across, m);
        acrossFindings(out, across, m);
        flush.flush(out);
        int left = Sections.appendShown(out, overview, m, file, MarkdownReportWriter::section, (o, e, msg) ->
                o.append("\n[").append(esc(msg.text("ui.across.more", Map.of("count", Long.toString(Sections.across(e))))))
                        .append("](#across)\n"), flush);
        if (left > 0) {
            out.append('\n').append(paragraph(m.text("ui.sections.capped", Map.of("count",
                    Integer.toString(left))))).append('\n');
        }
        if (!overview.clean().isEmpty()) {
            out.append("\n## ").append(m.text("ui.clean.heading", Map.of("count", Integer.toString(overview.clean().size()))))
                    .append("\n\n");
            overview.clean().forEach(e -> out.append("- ").append(esc(ReportText.fileSummary(e.file(), m))).append('\n'));
        }
        flush.flush(out);
    }

    private static void overview(StringBuilder out, Overview overview, boolean baselined, Messages m) {
        if (overview.withFindings().isEmpty()) {
            return;
        }
        out.append("\n| ").append(m.text("ui.overview.file")).append(" | ").append(m.text("ui.overview.errors"))
                .append(" | ").append(m.text("ui.overview.warnings")).append(" | ").append(m.text("ui.overview.infos"))
                .append(baselined ? " | " + m.text("ui.overview.baselined") : "").append(" |\n|---|--:|--:|--:|")
                .append(baselined ? "--:|" : "").append('\n');
        for (Overview.Entry e : overview.withFindings()) {
            FileResult f = e.file();
            out.append("| [").append(esc(f.file())).append("](#").append(e.anchor()).append(") | ")
                    .append(f.count(Severity.ERROR)).append(" | ").append(f.count(Severity.WARNING)).append(" | ")
                    .append(f.count(Severity.INFO)).append(baselined ? " | " + f.baselined().size() : "").append(" |\n");
        }
    }

    private static void matrix(StringBuilder out, AcrossView across, Messages m) {
        if (!across.hasMatrix()) {
            return;
        }
        out.append("\n## ").append(m.text("ui.matrix.heading")).append("\n\n| ").append(m.text("ui.matrix.agency"));
        across.years().forEach(y -> out.append(" | ").append(y));
        out.append(" |\n|---").append("|--:".repeat(across.years().size())).append("|\n");
        for (String agency : across.agencies()) {
            out.append("| ").append(esc(agency));
            for (int year : across.years()) {
                AcrossView.Cell c = across.cell(agency, year);
                out.append(" | ").append(c == null ? "—" : c.anchor() == null ? Long.toString(c.errors())
                        : "[" + c.errors() + "](#" + c.anchor() + ")");
            }
            out.append(" |\n");
        }
    }

    private static void acrossFindings(StringBuilder out, AcrossView across, Messages m) {
        if (across.rows().isEmpty()) {
            return;
        }
        out.append("\n## <a id=\"across\"></a>").append(m.text("ui.across.heading")).append("\n\n| ").append(m.text("ui.col.severity"))
                .append(" | ").append(m.text("ui.across.place")).append(" | ").append(m.text("ui.across.elsewhere"))
                .append(" | ").append(m.text("ui.col.rule")).append(" | ").append(m.text("ui.col.message"))
                .append(" |\n|---|---|---|---|---|\n");
        for (AcrossView.Row r : across.rows()) {
            out.append("| ").append(m.severity(r.severity())).append(" | ").append(esc(r.place())).append(" | ")
                    .append(esc(r.elsewhere())).append(" | [`").append(r.finding().rule().id()).append("`](")
                    .append(RuleDocs.url(r.finding().rule())).append(") | ").append(esc(m.message(r.finding())))
                    .append(" |\n");
        }
    }

    private static void section(StringBuilder out, Overview.Entry e, Messages m) {
        FileResult f = e.file();
        out.append("\n## <a id=\"").append(e.anchor()).append("\"></a>").append(esc(f.file())).append("\n\n");
        out.append(paragraph(ReportText.fileSummary(f, m))).append("\n\n|");
        for (String key : COLUMNS) {
            out.append(' ').append(m.text("ui.col." + key)).append(" |");
        }
        out.append("\n|---|---|---|---|---|---|---|---|\n");
        for (FindingRow x : FindingRow.of(f, m)) {
            out.append("| ").append(m.severity(x.severity())).append(" | ").append(esc(x.location()))
                    .append(" | ").append(esc(x.item())).append(" | ").append(esc(x.reported()))
                    .append(" | ").append(esc(x.expected())).append(" | ").append(x.difference())
                    .append(" | [`").append(x.rule().id()).append("`](").append(RuleDocs.url(x.rule())).append(") | ")
                    .append(esc(x.message())).append(" |\n");
        }
        for (TableView view : TableView.all(f, m)) {
            if (view.hasMarks()) {
                out.append("\n### ").append(m.text("ui.grid", Map.of("table", view.template().displayName(),
                        "title", view.template().title()))).append('\n');
                MarkdownGrid.append(out, view);
            }
        }
    }
}

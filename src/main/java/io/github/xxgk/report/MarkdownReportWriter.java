package io.github.xxgk.report;

import io.github.xxgk.check.Finding;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.FileResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** report.md: per file a summary line, the findings table, and table 三 as reported with its corrections. */
final class MarkdownReportWriter implements ReportWriter {

    @Override
    public void write(CheckResult result, ReportContext context, Path file) throws IOException {
        Messages m = context.messages();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(m.text("ui.report.title")).append("\n\n");
        out.append(ReportText.summary(result, m)).append("\n");
        for (FileResult f : result.files()) {
            out.append("\n## ").append(cell(f.file())).append("\n\n");
            out.append(ReportText.fileSummary(f, m)).append("\n");
            if (f.findings().isEmpty()) {
                continue;
            }
            out.append("\n| ").append(m.text("ui.col.severity")).append(" | ").append(m.text("ui.col.location"))
                    .append(" | ").append(m.text("ui.col.item")).append(" | ").append(m.text("ui.col.reported"))
                    .append(" | ").append(m.text("ui.col.expected")).append(" | ").append(m.text("ui.col.difference"))
                    .append(" | ").append(m.text("ui.col.rule")).append(" | ").append(m.text("ui.col.message"))
                    .append(" |\n|---|---|---|---|---|---|---|---|\n");
            for (Finding x : f.findings()) {
                out.append("| ").append(m.severity(x.severity())).append(" | ").append(cell(Messages.location(x)))
                        .append(" | ").append(cell(x.item())).append(" | ").append(cell(x.reported()))
                        .append(" | ").append(cell(x.expected())).append(" | ").append(Messages.difference(x))
                        .append(" | `").append(x.rule().id()).append("` | ").append(cell(m.message(x))).append(" |\n");
            }
            TableView.of(f, "t3", m).filter(TableView::hasMarks).ifPresent(view -> table(out, view, m));
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder out, TableView view, Messages m) {
        out.append("\n").append(m.text("ui.table3")).append("\n\n| |");
        view.columns().forEach(c -> out.append(' ').append(cell(c)).append(" |"));
        out.append("\n|---|").append("---|".repeat(view.columns().size())).append('\n');
        for (TableView.Row row : view.rows()) {
            out.append("| ").append(cell(row.label())).append(" |");
            for (TableView.Cell c : row.cells()) {
                String text = cell(c.text());
                out.append(' ').append(c.wrong() ? "**" + text + "**" : c.flagged() ? "*" + text + "*" : text).append(" |");
            }
            out.append('\n');
        }
    }

    /** Table cells from files are untrusted: no pipes, no line breaks, no markup. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")
                .replace("<", "&lt;").replace("*", "\\*").replace("`", "\\`");
    }
}

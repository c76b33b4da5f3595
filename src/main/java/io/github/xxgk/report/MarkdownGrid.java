package io.github.xxgk.report;

import java.util.List;

import static io.github.xxgk.report.MarkdownText.esc;

/**
 * A {@link TableView} as Markdown tables, one per block (table 二's four blocks have different columns). A header
 * row has one line, so grouped columns carry as many group labels as tell them apart (「行政复议·总计」); wrong
 * cells are bold, other marked cells and labels italic.
 */
final class MarkdownGrid {

    private MarkdownGrid() {
    }

    static void append(StringBuilder out, TableView view) {
        boolean labelled = view.labelled();
        for (TableView.Block block : view.blocks()) {
            out.append("\n|");
            if (labelled) {
                String first = block.title().isEmpty() ? block.corner() : block.title();
                out.append(first.isEmpty() ? "" : " " + esc(first)).append(" |");
            }
            List<String> labels = block.flatLabels();
            for (int i = 0; i < labels.size(); i++) {
                out.append(' ').append(mark(esc(labels.get(i)), false, block.columns().get(i).flagged())).append(" |");
            }
            out.append('\n').append(labelled ? "|---|" : "|").append("--:|".repeat(labels.size())).append('\n');
            for (TableView.Row row : block.rows()) {
                out.append('|');
                if (labelled) {
                    out.append(' ').append(mark(esc(row.label()), false, row.flagged())).append(" |");
                }
                for (TableView.Cell c : row.cells()) {
                    out.append(' ').append(mark(esc(c.text()), c.wrong(), c.flagged())).append(" |");
                }
                out.append('\n');
            }
        }
    }

    private static String mark(String text, boolean wrong, boolean flagged) {
        return text.isEmpty() ? text : wrong ? "**" + text + "**" : flagged ? "*" + text + "*" : text;
    }
}

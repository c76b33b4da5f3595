package io.github.xxgk.report;

import java.util.List;

import static io.github.xxgk.report.HtmlReportWriter.esc;

/**
 * A {@link TableView} as an HTML table laid out as the format prints it: grouped column headers spanning their
 * columns; a table of one block has its header in {@code thead} (repeated on every printed page), a table of several
 * blocks (table 二) gets a title row and header per block, with narrower blocks' last column spanning the rest.
 */
final class HtmlGrid {

    private HtmlGrid() {
    }

    static void append(StringBuilder out, TableView view) {
        boolean labelled = view.labelled();
        int width = view.width();
        boolean single = view.blocks().size() == 1;
        out.append("<table class=\"grid ").append(esc(view.template().id())).append("\"><colgroup>");
        if (labelled) {
            out.append("<col class=\"label\">");
        }
        out.append("<col>".repeat(width)).append("</colgroup>\n");
        for (TableView.Block block : view.blocks()) {
            out.append(single ? "<thead>" : "<tbody>");
            if (!block.title().isEmpty()) {
                out.append("<tr><th class=\"block\" colspan=\"").append(width + (labelled ? 1 : 0)).append("\">")
                        .append(esc(block.title())).append("</th></tr>\n");
            }
            header(out, block, labelled, width);
            if (single) {
                out.append("</thead><tbody>");
            }
            for (TableView.Row row : block.rows()) {
                out.append("<tr>");
                if (labelled) {
                    out.append("<th class=\"label").append(row.flagged() ? " flag" : "").append("\">")
                            .append(esc(row.label())).append("</th>");
                }
                List<TableView.Cell> cells = row.cells();
                for (int i = 0; i < cells.size(); i++) {
                    TableView.Cell c = cells.get(i);
                    out.append("<td").append(span(i + 1 == cells.size() ? width - cells.size() + 1 : 1, "colspan"))
                            .append(" class=\"n").append(c.wrong() ? " wrong" : c.flagged() ? " flag" : "").append("\">")
                            .append(esc(c.text())).append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n");
        }
        out.append("</table>\n");
    }

    private static void header(StringBuilder out, TableView.Block block, boolean labelled, int width) {
        List<List<TableView.Header>> levels = block.headerRows();
        int n = block.columns().size();
        for (int level = 0; level < levels.size(); level++) {
            out.append("<tr>");
            if (labelled && level == 0) {
                out.append("<th class=\"head\"").append(span(levels.size(), "rowspan")).append(">")
                        .append(esc(block.corner())).append("</th>");
            }
            for (TableView.Header h : levels.get(level)) {
                int columns = h.columns() + (h.first() + h.columns() == n ? width - n : 0);
                out.append("<th class=\"head").append(h.flagged() ? " flag" : "").append("\"")
                        .append(span(columns, "colspan")).append(span(h.rows(), "rowspan")).append(">")
                        .append(esc(h.label())).append("</th>");
            }
            out.append("</tr>\n");
        }
    }

    private static String span(int n, String attribute) {
        return n > 1 ? " " + attribute + "=\"" + n + "\"" : "";
    }
}

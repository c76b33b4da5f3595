package io.github.xxgk.report.xlsx;

import io.github.xxgk.check.Finding;
import io.github.xxgk.report.Messages;
import io.github.xxgk.report.RuleDocs;
import org.apache.poi.ss.util.WorkbookUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The content of an annotated workbook's first sheet, whichever way it is written: one row per finding, its cell
 * and rule as links, in the run's language, with the row heights its wrapped texts need.
 */
record FindingsTable(String sheetName, List<String> header, List<Line> lines, String pageHeader, String pageFooter) {

    static final String[] COLUMNS = {"severity", "location", "item", "reported", "expected", "rule", "message"};
    /** Column widths in characters; together about one landscape page at a readable scale. */
    static final int[] WIDTHS = {9, 11, 26, 18, 18, 20, 60};
    /** Excel refuses a header or footer section over 255 characters. */
    private static final int MAX_PAGE_HEADER = 250;

    /**
     * One finding's row.
     *
     * @param cellLink the finding's cell as a link target ('表三'!D8), or null where the workbook has no such sheet
     * @param height   how many text lines the row's wrapped texts take
     */
    record Line(List<String> values, int height, String cellLink, String ruleUrl) {
    }

    /**
     * @param texts    each finding's message, as {@link Annotations#of} takes them
     * @param hasSheet which sheet names the workbook has: a link goes only to a sheet that is there, and the
     *                 findings sheet takes a name no sheet has
     */
    static FindingsTable of(String file, List<Finding> findings, List<String> texts, Messages m, Predicate<String> hasSheet) {
        List<String> header = new ArrayList<>();
        for (String column : COLUMNS) {
            header.add(m.text("ui.col." + column));
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String location = Messages.location(f);
            List<String> values = Stream.of(m.severity(f.severity()), location, f.item(), f.reported(), f.expected(),
                    f.rule().id(), texts.get(i)).map(v -> v == null ? "" : v).toList();
            int height = 1;
            for (int c = 0; c < values.size(); c++) {
                height = Math.max(height, lines(values.get(c), WIDTHS[c]));
            }
            String link = null;
            if (f.location() != null && f.location().line() == 0 && hasSheet.test(f.location().sheet())) {
                link = "'" + f.location().sheet().replace("'", "''") + "'!"
                        + location.substring(f.location().sheet().length() + 1);
            }
            lines.add(new Line(values, height, link, RuleDocs.url(f.rule())));
        }
        String pageHeader = file.replace("&", "&&");
        if (pageHeader.length() > MAX_PAGE_HEADER) {
            pageHeader = "…" + pageHeader.substring(pageHeader.length() - MAX_PAGE_HEADER + 1);
        }
        return new FindingsTable(freeName(WorkbookUtil.createSafeSheetName(m.text("ui.annotated.sheet")), hasSheet),
                List.copyOf(header), List.copyOf(lines), pageHeader, m.text("ui.annotated.footer"));
    }

    /**
     * How many lines a wrapped text takes in a column of {@code width} characters: spreadsheets do not grow a row
     * for wrapped text by themselves (LibreOffice keeps the default height), so the sheet sets it. A CJK character
     * is about two characters wide.
     */
    static int lines(String text, int width) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            int units = line.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
            lines += Math.max(1, (units + width - 2) / (width - 1));
        }
        return lines;
    }

    /** The name, or the name with a number where the workbook already has a sheet of that name. */
    private static String freeName(String name, Predicate<String> hasSheet) {
        String free = name;
        for (int i = 2; hasSheet.test(free); i++) {
            free = name + i;
        }
        return free;
    }
}

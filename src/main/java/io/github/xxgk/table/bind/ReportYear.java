package io.github.xxgk.table.bind;

import io.github.xxgk.table.Grid;
import io.github.xxgk.table.GridCell;
import io.github.xxgk.table.GridSheet;
import io.github.xxgk.template.FormatDefinition;

import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a report is for, as far as the format choice needs it: the template's cover field 「报告年度」, else a
 * title such as 「2020年政府信息公开工作年度报告」 near the top of the file, else a year in the file's name. A minimal
 * reading, kept in one place so that a fuller identification of the report (agency and year) can replace it.
 */
public final class ReportYear {

    /** A year on its own: not part of a longer number, nor of a hash in a file name (「a2019b」). */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9A-Za-z])(20\\d{2})(?![0-9A-Za-z])");
    private static final Pattern TITLE = Pattern.compile(
            "(?<!\\d)(20\\d{2})\\s*年度?[^\\d。，,；;]{0,20}?政府信息公开(?:工作)?(?:年度)?(?:工作)?报告");
    private static final int TOP_ROWS = 12;
    private static final int TOP_LINES = 40;

    private ReportYear() {
    }

    /** @param cover the grid's cover fields as {@link ReportBinder#cover} reads them for {@code format} */
    public static OptionalInt of(Grid grid, String fileName, FormatDefinition format, Map<String, String> cover) {
        OptionalInt year = first(YEAR, cover.getOrDefault(format.coverLabel("year"), ""));
        if (year.isPresent()) {
            return year;
        }
        for (Grid.TextLine line : grid.text().subList(0, Math.min(TOP_LINES, grid.text().size()))) {
            year = title(line.text());
            if (year.isPresent()) {
                return year;
            }
        }
        for (GridSheet sheet : grid.sheets()) {
            for (int r = 0; r < Math.min(TOP_ROWS, sheet.rows()); r++) {
                for (GridCell cell : sheet.row(r)) {
                    year = title(cell.text());
                    if (year.isPresent()) {
                        return year;
                    }
                }
            }
        }
        String base = fileName.substring(fileName.lastIndexOf('/') + 1);
        return first(YEAR, base);
    }

    /** The year of a report title; most cells are none, and say so without a regular expression. */
    private static OptionalInt title(String text) {
        return text.contains("政府信息公开") ? first(TITLE, text) : OptionalInt.empty();
    }

    private static OptionalInt first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}

package io.github.xxgk.table.bind;

import io.github.xxgk.identity.ReportTitle;
import io.github.xxgk.table.Grid;
import io.github.xxgk.template.FormatDefinition;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The year a report is for, as the format choice needs it: the template's cover field 「报告年度」, else the year of the
 * report's title near the top of the file (「2020年政府信息公开工作年度报告」), else a year in the file's name. Years and
 * titles are read as {@link ReportTitle} reads them, the same reading as the report's identity's.
 */
public final class ReportYear {

    private ReportYear() {
    }

    /** @param cover the grid's cover fields as {@link ReportBinder#cover} reads them for {@code format} */
    public static OptionalInt of(Grid grid, String fileName, FormatDefinition format, Map<String, String> cover) {
        OptionalInt year = ReportTitle.year(cover.get(format.coverLabel("year")));
        if (year.isPresent()) {
            return year;
        }
        Optional<ReportTitle> title = ReportTitle.find(grid);
        if (title.isPresent()) {
            return OptionalInt.of(title.get().year());
        }
        return ReportTitle.year(fileName.substring(fileName.lastIndexOf('/') + 1));
    }
}

package io.github.xxgk.check;

import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.FormatUse;
import io.github.xxgk.template.TableTemplate;

import java.util.Map;

/**
 * A report filled in another format version than it should use: one finding for the whole file when every table
 * in which the versions differ is in the other version (not one label finding per renamed row), else one finding
 * per such table, naming what marks it as the other version. The tables were bound and checked as the version they
 * were filled in, so their arithmetic is still checked.
 */
public final class VersionCheck implements Check {

    @Override
    public void check(BoundReport report, Findings findings) {
        FormatUse use = report.use();
        if (!use.mismatched()) {
            return;
        }
        String year = use.year() == null ? "—" : Integer.toString(use.year());
        String expected = use.expected().versionName();
        String found = use.filledIn().versionName();
        if (use.whole()) {
            findings.onFile(Rule.FORMAT_VERSION_MISMATCH, Map.of("year", year, "should", expected, "filled", found));
            return;
        }
        for (String tableId : use.tables()) {
            BoundTable table = report.tables().get(tableId);
            TableTemplate t = table.template();
            String name = t.displayName() + " " + t.title();
            findings.onCell(Rule.TABLE_FORMAT_VERSION, table, table.anchor(), null, null, name, use.filledIn().id(),
                    use.expected().id(), Map.of("table", t.displayName(), "year", year, "should", expected,
                            "filled", found, "mark", t.versionMark()));
        }
    }
}

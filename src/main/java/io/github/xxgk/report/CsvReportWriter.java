package io.github.xxgk.report;

import io.github.xxgk.check.Finding;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.TableTemplate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * findings.csv: one row per finding, UTF-8 with a byte-order mark, so that Excel and WPS show the Chinese (the
 * header after it is a contract for scripts, which skip the mark). Text cells that a spreadsheet would run as a
 * formula are neutralised with a leading apostrophe, except the file column (the path as it is).
 */
final class CsvReportWriter implements ReportWriter {

    static final char BOM = '\uFEFF';
    /** A plain number, as a reported or expected value is written when it is one. */
    static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    static final String[] HEADER = {"file", "location", "table", "row", "column", "rule", "severity", "reported",
            "expected", "message"};

    @Override
    public void write(CheckResult result, ReportContext context, Path file) throws IOException {
        Messages messages = context.messages();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out.append(BOM))) {
            for (var fileResult : result.files()) {
                FormatDefinition format = fileResult.report() == null ? null : fileResult.report().format();
                for (Finding f : fileResult.findings()) {
                    TableTemplate t = format == null || f.tableId() == null ? null : format.table(f.tableId());
                    csv.printRecord(f.file(), safe(Messages.location(f)), t == null ? "" : t.displayName(),
                            safe(t == null || f.rowId() == null ? "" : t.row(f.rowId()).printed()),
                            safe(t == null || f.columnId() == null ? "" : t.columnLabel(f.columnId())),
                            f.rule().id(), f.severity().name(), number(f.reported()), number(f.expected()),
                            safe(messages.message(f)));
                }
            }
        }
    }

    /** Numbers stay plain; other text starting with = + - @ tab or CR cannot become a live formula. */
    private static String number(String value) {
        return NUMBER.matcher(value).matches() ? value : safe(value);
    }

    /**
     * Text a spreadsheet would run as a formula gets a leading apostrophe: it starts with = + - @ tab or a line
     * break, also after leading spaces (Excel skips them). Not the {@code file} column: it is the path as it is,
     * for scripts to join on (docs/security.md).
     */
    static String safe(String value) {
        int i = 0;
        while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\u00a0' || value.charAt(i) == '\u3000')) {
            i++;
        }
        if (i < value.length() && "=+-@\t\r\n".indexOf(value.charAt(i)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}

package io.github.xxgk.core;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file the office keeps next to its reports (xxgk-baseline.csv, xxgk-rollup.csv): RFC 4180, UTF-8 with or
 * without the byte-order mark Excel and WPS write for 「CSV UTF-8」, a header row naming the columns, blank lines
 * ignored. What makes it unreadable is a {@link ConfigurationException} naming the file and, where there is one, the
 * line: a header without the columns needed ({@code headerKey}) or naming a column twice ({@code csv.duplicateColumn}),
 * a line without a value for one of them ({@code csv.shortRow}), a quoted value not closed ({@code csv.quote}), a file
 * not in UTF-8 ({@code csv.encoding}). Columns with an empty name (Excel writes them) are read and not looked at.
 */
final class CsvFile {

    /** A line of the file: its number as an editor shows it (where the record starts), its values by column. */
    record Row(long line, CSVRecord record) {

        /** The value of the column, "" when the header or the line has none. */
        String get(String column) {
            return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
        }

        /** file and line, for a ConfigurationException on this row. */
        Map<String, String> where(Path file) {
            return Map.of("file", file.toString(), "line", Long.toString(line));
        }
    }

    /** Receives each row; may throw the ConfigurationException of a bad value. */
    interface RowReader {
        void read(Row row);
    }

    private CsvFile() {
    }

    /**
     * Reads the rows of {@code file} in order, each with a value for every column of {@code required}.
     *
     * @param trim      values without surrounding spaces
     * @param headerKey the ConfigurationException key of a header without the required columns
     */
    static void read(Path file, List<String> required, boolean trim, String headerKey, RowReader rows) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') { // Excel and WPS save 「CSV UTF-8」 with a byte-order mark
                in.reset();
            }
            CSVParser parser = open(file, in, trim, required, headerKey);
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1; // the line the next record starts on
                CSVRecord r;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    r = records.next();
                } catch (UncheckedIOException e) {
                    throw problem(file, line, e.getCause());
                }
                if (r.size() == 1 && r.get(0).isEmpty()) {
                    continue; // a blank line
                }
                for (String column : required) {
                    if (!r.isSet(column)) {
                        throw new ConfigurationException("csv.shortRow", Map.of("file", file.toString(),
                                "line", Long.toString(line), "count", Integer.toString(r.size()), "column", column,
                                "header", String.join(",", parser.getHeaderNames())));
                    }
                }
                rows.read(new Row(line, r));
            }
        } catch (CharacterCodingException e) {
            throw new ConfigurationException("csv.encoding", Map.of("file", file.toString()));
        }
    }

    /**
     * The parser past the header, which has the required columns and names no column twice. Empty names are allowed,
     * as often as they come: Excel writes {@code parent,member,,} when some row has two cells more than the header.
     */
    private static CSVParser open(Path file, BufferedReader in, boolean trim, List<String> required, String headerKey)
            throws IOException {
        CSVParser parser;
        try {
            // duplicates are looked for below, not with DuplicateHeaderMode: DISALLOW refuses the empty names above
            // too, and neither mode says which column, but in an English sentence
            parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
                    .setTrim(trim).get().parse(in);
        } catch (CSVException e) {
            throw problem(file, 1, e);
        } catch (IllegalArgumentException e) { // a header the parser refuses otherwise
            parser = null;
        }
        if (parser == null || !parser.getHeaderNames().containsAll(required)) {
            throw new ConfigurationException(headerKey, Map.of("file", file.toString(), "columns", String.join(",", required)));
        }
        Set<String> seen = new HashSet<>();
        for (String name : parser.getHeaderNames()) {
            if (!name.isEmpty() && !seen.add(name)) {
                throw new ConfigurationException("csv.duplicateColumn", Map.of("file", file.toString(), "column", name));
            }
        }
        return parser;
    }

    /** What the parser met at {@code line}: a quote not closed, a file not in UTF-8, or another I/O failure. */
    private static RuntimeException problem(Path file, long line, IOException cause) {
        if (cause instanceof CSVException) { // RFC 4180 has no escapes: every parse error is a quote not closed
            return new ConfigurationException("csv.quote", Map.of("file", file.toString(), "line", Long.toString(line)));
        }
        if (cause instanceof CharacterCodingException) {
            return new ConfigurationException("csv.encoding", Map.of("file", file.toString()));
        }
        return new UncheckedIOException(cause);
    }
}

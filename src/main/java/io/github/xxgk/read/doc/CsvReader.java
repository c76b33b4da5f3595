package io.github.xxgk.read.doc;

import io.github.xxgk.read.SourceFile;
import io.github.xxgk.read.SourceReader;
import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.table.Grid;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/** A table exported from a workbook as CSV (UTF-8 or GBK, comma-separated); each record is a row. */
public final class CsvReader implements SourceReader {

    @Override
    public boolean accepts(SourceFile file) {
        return file.extension().equals("csv");
    }

    @Override
    public Grid read(SourceFile file) throws UnreadableException {
        String text = TextReader.decode(TextReader.content(file));
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableException(UnreadableException.Reason.NOT_A_WORKBOOK, Detail.of("csv.binary", "binary content, not CSV"));
        }
        DocumentGridBuilder b = new DocumentGridBuilder("CSV");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                for (String cell : record) {
                    b.cell(cell, line);
                }
                b.endRow();
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableException(UnreadableException.Reason.CORRUPT,
                    Detail.of("csv.malformed",
                    "malformed CSV: a quote opened and never closed, or text after a closing quote"), e);
        }
        return b.build();
    }
}

package io.github.xxgk.read;

import io.github.xxgk.read.UnreadableException.Reason;
import io.github.xxgk.read.doc.CsvReader;
import io.github.xxgk.read.doc.HtmlReader;
import io.github.xxgk.read.doc.TextReader;
import io.github.xxgk.read.pdf.PdfReader;
import io.github.xxgk.read.poi.DocxReader;
import io.github.xxgk.read.poi.WorkbookReader;
import io.github.xxgk.read.xlsx.XlsxReader;
import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.table.Grid;

import java.util.List;

/** The readers in the order they are asked: the first that accepts a file reads it. */
public final class Readers {

    private final List<SourceReader> readers;

    public Readers(List<SourceReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /**
     * Documents by their extension; then workbooks by their container: zip packages streamed by {@link XlsxReader},
     * the rest (legacy .xls, encrypted packages, files that are no workbook at all) by POI's usermodel.
     */
    public static Readers standard() {
        return new Readers(List.of(new TextReader(), new CsvReader(), new HtmlReader(), new DocxReader(),
                new PdfReader(), new XlsxReader(), new WorkbookReader()));
    }

    /** As {@link #standard()}, with every workbook read by POI's usermodel: what the streaming reader is compared with. */
    public static Readers usermodel() {
        return new Readers(List.of(new TextReader(), new CsvReader(), new HtmlReader(), new DocxReader(),
                new PdfReader(), new WorkbookReader()));
    }

    public SourceReader readerFor(SourceFile file) throws UnreadableException {
        for (SourceReader r : readers) {
            if (r.accepts(file)) {
                return r;
            }
        }
        throw new UnreadableException(Reason.NOT_A_WORKBOOK, Detail.of("noReader", "no reader for ." + file.extension() + " files",
                "extension", "." + file.extension()));
    }

    public Grid read(SourceFile file) throws UnreadableException {
        return readerFor(file).read(file);
    }
}

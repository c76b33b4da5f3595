package io.github.xxgk.read;

import io.github.xxgk.read.UnreadableException.Reason;

/**
 * How much a reader inflates, parses and keeps of one file. A report is tens of kilobytes; these limits let a
 * large valid file through (embedded pictures, a big data sheet beside the tables) and stop a zip bomb or a
 * hostile document before it costs the run its memory. A file's own size is no limit.
 */
public final class ReadLimits {

    /** Bytes one part of a zip package may inflate to where it is parsed as a stream (a sheet, the shared strings). */
    public static final long MAX_PART_BYTES = 128L << 20;
    /** Bytes one part may inflate to where POI parses it into a tree (a .docx's document.xml): about ten times that in memory. */
    public static final long MAX_TREE_PART_BYTES = 32L << 20;
    /** Bytes all the parts read from one package may inflate to. */
    public static final long MAX_PACKAGE_BYTES = 512L << 20;
    /** Inflated bytes per compressed byte past {@link #RATIO_FROM_BYTES}: XML packs 5 to 50 times, a zip bomb 1000. */
    public static final int MAX_INFLATE_RATIO = 500;
    public static final long RATIO_FROM_BYTES = 16L << 20;
    /** Bytes of a text document (.txt, .csv, .html): its text is what is parsed. */
    public static final long MAX_TEXT_BYTES = 32L << 20;
    /** Bytes of the legacy workbook stream of an .xls, which POI parses whole. */
    public static final long MAX_OLE2_STREAM_BYTES = 64L << 20;
    /** Cells of the grid one file becomes (sheets × rows × columns read), and cells merged regions may cover. */
    public static final long MAX_GRID_CELLS = 2_000_000;
    /** Levels tables may nest in a document (.docx, HTML): a report page nests a layout table or two. */
    public static final int MAX_TABLE_DEPTH = 50;
    /** Characters of text kept from one workbook's cells. */
    public static final long MAX_TEXT_CHARS = 16L << 20;
    /** Bytes of a PDF: PDFBox reads it from the file, but a report's PDF with pictures is a few megabytes. */
    public static final long MAX_PDF_BYTES = 256L << 20;
    /** Pages of a PDF read: an annual report has 5 to 30. */
    public static final int MAX_PDF_PAGES = 500;
    /** Content-stream operators interpreted over all pages of a PDF (a text page draws a few thousand). */
    public static final long MAX_PDF_OPERATORS = 5_000_000;
    /** Seconds reading one PDF may take. */
    public static final int MAX_PDF_SECONDS = 60;
    /** Bytes PDFBox may hold in memory for the streams it decodes from one PDF. */
    public static final long MAX_PDF_MEMORY_BYTES = 128L << 20;

    private ReadLimits() {
    }

    public static UnreadableException tooLarge(String detail) {
        return new UnreadableException(Reason.TOO_LARGE, detail);
    }

    /** "12 MiB" for a limit in a message. */
    public static String mib(long bytes) {
        return (bytes >> 20) + " MiB";
    }
}

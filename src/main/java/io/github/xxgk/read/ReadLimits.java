package io.github.xxgk.read;

import io.github.xxgk.read.UnreadableException.Reason;
import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.sandbox.InvalidSettingException;

import java.util.List;
import java.util.Locale;

/**
 * How much a reader inflates, parses and keeps of one file. A report is tens of kilobytes; these limits let a
 * large valid file through (embedded pictures, a big data sheet beside the tables) and stop a zip bomb or a
 * hostile document before it costs the run its memory. A file's own size is no limit.
 * <p>
 * The constants are the defaults; a run may set other values ({@code xxgk.limits}, {@link #parse}), which hold for
 * the files checked on a thread while it has them ({@link #use}). Readers ask {@link #current()}.
 */
public record ReadLimits(long partBytes, long treePartBytes, long packageBytes, int inflateRatio, long textBytes,
                         long xlsStreamBytes, long gridCells, int tableDepth, long textChars, long pdfBytes,
                         int pdfPages, long pdfOperators, long pdfMemoryBytes, long heldBytes) {

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
    /** Bytes PDFBox may hold in memory for the streams it decodes from one PDF. */
    public static final long MAX_PDF_MEMORY_BYTES = 128L << 20;
    /**
     * Bytes of a workbook read into memory once, then read, checked and copied (the annotated copy) from those same
     * bytes; a larger one is read from its file as it is needed, its SHA-256 guarding the copy.
     */
    public static final long MAX_HELD_BYTES = 16L << 20;

    /** The limits this plugin reads with unless a run says otherwise. */
    public static final ReadLimits DEFAULT = new ReadLimits(MAX_PART_BYTES, MAX_TREE_PART_BYTES, MAX_PACKAGE_BYTES,
            MAX_INFLATE_RATIO, MAX_TEXT_BYTES, MAX_OLE2_STREAM_BYTES, MAX_GRID_CELLS, MAX_TABLE_DEPTH, MAX_TEXT_CHARS,
            MAX_PDF_BYTES, MAX_PDF_PAGES, MAX_PDF_OPERATORS, MAX_PDF_MEMORY_BYTES, MAX_HELD_BYTES);

    /** The names a run sets them by, in the order of the components. */
    public static final List<String> NAMES = List.of("partBytes", "treePartBytes", "packageBytes", "inflateRatio",
            "textBytes", "xlsStreamBytes", "gridCells", "tableDepth", "textChars", "pdfBytes", "pdfPages",
            "pdfOperators", "pdfMemoryBytes", "heldBytes");

    private static final ThreadLocal<ReadLimits> CURRENT = ThreadLocal.withInitial(() -> DEFAULT);

    public ReadLimits {
        for (long v : new long[] {partBytes, treePartBytes, packageBytes, inflateRatio, textBytes, xlsStreamBytes,
                gridCells, tableDepth, textChars, pdfBytes, pdfPages, pdfOperators, pdfMemoryBytes, heldBytes}) {
            if (v <= 0) {
                throw new IllegalArgumentException("every limit must be above 0");
            }
        }
    }

    /** The limits the files of this thread are read with. */
    public static ReadLimits current() {
        return CURRENT.get();
    }

    /** Reads this thread's files with {@code limits} (null: the defaults) until the next call. */
    public static void use(ReadLimits limits) {
        CURRENT.set(limits == null ? DEFAULT : limits);
    }

    /**
     * The defaults with the values a setting names, as in {@code gridCells=4000000,partBytes=256m,pdfPages=1000}:
     * a name of {@link #NAMES}, a whole number, with k, m or g for KiB, MiB, GiB. A null or blank setting: the
     * defaults. Anything else is an IllegalArgumentException that says what is wrong.
     */
    public static ReadLimits parse(String setting) {
        long[] v = {DEFAULT.partBytes, DEFAULT.treePartBytes, DEFAULT.packageBytes, DEFAULT.inflateRatio,
                DEFAULT.textBytes, DEFAULT.xlsStreamBytes, DEFAULT.gridCells, DEFAULT.tableDepth, DEFAULT.textChars,
                DEFAULT.pdfBytes, DEFAULT.pdfPages, DEFAULT.pdfOperators, DEFAULT.pdfMemoryBytes, DEFAULT.heldBytes};
        if (setting != null && !setting.isBlank()) {
            for (String item : setting.split(",")) {
                String[] kv = item.split("=", 2);
                int i = NAMES.indexOf(kv[0].strip());
                if (kv.length != 2 || i < 0) {
                    throw new InvalidSettingException(Detail.of("limits.notNameValue", "「" + item.strip()
                            + "」 is not name=value with a name of " + NAMES, "item", item.strip(), "names", NAMES));
                }
                v[i] = amount(kv[0].strip(), kv[1].strip());
            }
        }
        for (int i : new int[] {3, 7, 10}) { // the int components
            if (v[i] > Integer.MAX_VALUE) {
                throw new InvalidSettingException(Detail.of("limits.atMost", NAMES.get(i) + " is at most " + Integer.MAX_VALUE,
                        "name", NAMES.get(i), "limit", Integer.MAX_VALUE));
            }
        }
        return new ReadLimits(v[0], v[1], v[2], (int) v[3], v[4], v[5], v[6], (int) v[7], v[8], v[9], (int) v[10], v[11], v[12], v[13]);
    }

    private static long amount(String name, String value) {
        String digits = value.toLowerCase(Locale.ROOT);
        int shift = digits.endsWith("k") ? 10 : digits.endsWith("m") ? 20 : digits.endsWith("g") ? 30 : 0;
        if (shift > 0) {
            digits = digits.substring(0, digits.length() - 1);
        }
        try {
            long n = Long.parseLong(digits);
            if (n <= 0 || n > Long.MAX_VALUE >> shift) {
                throw new InvalidSettingException(Detail.of("limits.notPositive", name + " must be above 0, not 「" + value + "」",
                        "name", name, "value", value));
            }
            return n << shift;
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(Detail.of("limits.notWholeNumber", name
                    + " must be a whole number (k, m, g for KiB, MiB, GiB), not 「" + value + "」", "name", name, "value", value));
        }
    }

    public static UnreadableException tooLarge(Detail detail) {
        return new UnreadableException(Reason.TOO_LARGE, detail);
    }

    /** "12 MiB" for a limit in a message. */
    public static String mib(long bytes) {
        return (bytes >> 20) + " MiB";
    }
}

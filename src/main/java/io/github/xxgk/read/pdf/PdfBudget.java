package io.github.xxgk.read.pdf;

import io.github.xxgk.read.ReadLimits;
import io.github.xxgk.sandbox.Deadline;

/**
 * What reading one PDF may cost: content-stream operators interpreted, characters and lines kept from a page.
 * A hostile PDF (a content stream that inflates to millions of operators, a page of a million glyphs) stops here
 * with {@link Exceeded}, which the reader reports as a file too large. Its time is the file's own
 * ({@code xxgk.fileTimeLimit}, {@link Deadline}), looked at between pages and every 4096 operators, and by
 * {@link DeadlineFile} on reads of the file and of its views.
 */
final class PdfBudget {

    /** Thrown from inside PDFBox's stream engine, which passes unchecked exceptions through. */
    static final class Exceeded extends RuntimeException {
        Exceeded(String message) {
            super(message, null, false, false);
        }
    }

    private long operators;

    /** One content-stream operator (checked every operator; the clock every 4096). */
    void operator(int page) {
        if (++operators > ReadLimits.current().pdfOperators()) {
            throw new Exceeded("the pages read up to page " + page + " draw over " + ReadLimits.current().pdfOperators()
                    + " content-stream operators");
        }
        if ((operators & 4095) == 0) {
            Deadline.check();
        }
    }

    static void count(String what, int page, int n, int max) {
        if (n > max) {
            throw new Exceeded("page " + page + " holds over " + max + " " + what);
        }
    }
}

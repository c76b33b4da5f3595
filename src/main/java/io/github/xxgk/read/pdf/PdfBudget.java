package io.github.xxgk.read.pdf;

import io.github.xxgk.read.ReadLimits;

/**
 * What reading one PDF may cost: content-stream operators interpreted, characters and lines kept from a page,
 * and wall-clock time. A hostile PDF (a content stream that inflates to millions of operators, a page of a
 * million glyphs) stops here with {@link Exceeded}, which the reader reports as a file too large.
 */
final class PdfBudget {

    /** Thrown from inside PDFBox's stream engine, which passes unchecked exceptions through. */
    static final class Exceeded extends RuntimeException {
        Exceeded(String message) {
            super(message, null, false, false);
        }
    }

    private final long deadline;
    private long operators;

    PdfBudget() {
        this.deadline = System.nanoTime() + ReadLimits.MAX_PDF_SECONDS * 1_000_000_000L;
    }

    /** One content-stream operator (checked every operator; the clock every 4096). */
    void operator(int page) {
        if (++operators > ReadLimits.current().pdfOperators()) {
            throw new Exceeded("the pages read up to page " + page + " draw over " + ReadLimits.current().pdfOperators()
                    + " content-stream operators");
        }
        if ((operators & 4095) == 0) {
            clock(page);
        }
    }

    void clock(int page) {
        if (System.nanoTime() > deadline) {
            throw new Exceeded("reading took over " + ReadLimits.MAX_PDF_SECONDS + " s by page " + page);
        }
    }

    static void count(String what, int page, int n, int max) {
        if (n > max) {
            throw new Exceeded("page " + page + " holds over " + max + " " + what);
        }
    }
}

package io.github.xxgk.read.pdf;

import io.github.xxgk.read.ReadLimits;
import io.github.xxgk.sandbox.Deadline;
import io.github.xxgk.sandbox.Detail;

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
        private final transient Detail detail;

        Exceeded(Detail detail) {
            super(detail.english(), null, false, false);
            this.detail = detail;
        }

        Detail detail() {
            return detail;
        }
    }

    private long operators;

    /** One content-stream operator (checked every operator; the clock every 4096). */
    void operator(int page) {
        if (++operators > ReadLimits.current().pdfOperators()) {
            throw new Exceeded(Detail.of("pdf.operators", "the pages read up to page " + page + " draw over "
                    + ReadLimits.current().pdfOperators() + " content-stream operators", "page", page,
                    "limit", ReadLimits.current().pdfOperators()));
        }
        if ((operators & 4095) == 0) {
            Deadline.check();
        }
    }

    /** {@code what}: the key of what is counted (characters, lines), named in English for logs as {@code english}. */
    static void count(String what, String english, int page, int n, int max) {
        if (n > max) {
            throw new Exceeded(Detail.of("pdf.page." + what, "page " + page + " holds over " + max + " " + english,
                    "page", page, "limit", max));
        }
    }
}

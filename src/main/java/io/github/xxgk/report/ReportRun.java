package io.github.xxgk.report;

import io.github.xxgk.check.Findings;
import io.github.xxgk.check.Rule;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.FileResult;
import io.github.xxgk.core.FileSink;
import io.github.xxgk.report.xlsx.AnnotatedWorkbookWriter;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The reports of one run, written into a staging area of the output directory: each file's own outputs (annotated
 * copy, report sections) as the file is checked ({@link #accept}), the rest from the compact results when the run
 * is done ({@link #finish}), then published at once. findings.csv is always written. Closing an unfinished run
 * leaves the output directory as it was.
 */
public final class ReportRun implements FileSink, AutoCloseable {

    private final ReportContext context;
    private final OutputDirectory out;
    private final Set<ReportFormat> formats;
    private final Map<ReportFormat, ReportWriter> writers = new LinkedHashMap<>();

    private ReportRun(ReportContext context, OutputDirectory out, Set<ReportFormat> formats) {
        this.context = context;
        this.out = out;
        this.formats = formats;
        formats.forEach(f -> writers.put(f, f.writer()));
    }

    public static ReportRun open(Path outputDirectory, ReportContext context, Collection<ReportFormat> formats)
            throws IOException {
        EnumSet<ReportFormat> chosen = EnumSet.of(ReportFormat.CSV);
        chosen.addAll(formats);
        return new ReportRun(context, OutputDirectory.open(outputDirectory), chosen);
    }

    @Override
    public void accept(int index, FileResult result) throws IOException {
        deliver(index, result, Amend.PLAIN);
    }

    /**
     * Writes the file's own outputs: the annotated copy first, so that a copy that cannot be made is a warning (added
     * through {@code amend}, so through the run's baseline) the file's report sections show too.
     */
    @Override
    public FileResult deliver(int index, FileResult result, Amend amend) throws IOException {
        FileResult r = result;
        ReportContext own = context.forFile(); // each message rendered once for the copy and every section
        ReportWriter annotated = writers.get(ReportFormat.ANNOTATED);
        if (annotated != null) {
            try {
                annotated.file(index, r, own, out.staged(ReportFormat.ANNOTATED.fileName()));
            } catch (AnnotatedWorkbookWriter.NotCopied e) {
                Findings extra = new Findings(r.file());
                extra.onFile(Rule.ANNOTATED_COPY_NOT_MADE, e.detail().findingArgs(Map.of()));
                r = amend.add(r, extra.list());
            }
        }
        for (Map.Entry<ReportFormat, ReportWriter> w : writers.entrySet()) {
            if (w.getKey() != ReportFormat.ANNOTATED) {
                w.getValue().file(index, r, own, out.staged(w.getKey().fileName()));
            }
        }
        return r;
    }

    /**
     * Writes the run-wide reports and publishes everything; returns where each report is. The reports are
     * independent of each other: they are written side by side, one per processor.
     */
    public Map<ReportFormat, Path> finish(CheckResult result) throws IOException {
        Map<ReportFormat, Future<Path>> pending = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.max(1, Math.min(formats.size(), Runtime.getRuntime().availableProcessors())));
        try {
            for (ReportFormat format : formats) {
                pending.put(format, pool.submit(() -> {
                    writers.get(format).write(result, context, out.staged(format.fileName()));
                    return out.published(format.fileName());
                }));
            }
            Map<ReportFormat, Path> written = new LinkedHashMap<>();
            for (Map.Entry<ReportFormat, Future<Path>> p : pending.entrySet()) {
                written.put(p.getKey(), done(p.getValue()));
            }
            out.commit();
            return written;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Path done(Future<Path> writing) throws IOException {
        try {
            return writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the reports were written");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    @Override
    public void close() {
        out.discard();
    }
}

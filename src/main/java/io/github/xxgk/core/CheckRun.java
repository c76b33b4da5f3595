package io.github.xxgk.core;

import io.github.xxgk.check.Severity;
import io.github.xxgk.template.FormatChoice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A run over a reports directory: scan, check the files on a pool of threads, apply the baseline to each file,
 * hand each full result to the sink, and keep only its compact form (findings, format, cover; no grid, no bound
 * tables), so memory does not grow with the number of files beyond their findings. Results come back in the
 * scan's sorted order whatever the threads did.
 */
public final class CheckRun {

    private final ReportChecker checker;
    private final Baseline baseline;
    private final FileSink sink;
    private final Progress progress;
    private final boolean compact;

    CheckRun(ReportChecker checker, Baseline baseline, FileSink sink, Progress progress, boolean compact) {
        this.checker = checker;
        this.baseline = baseline;
        this.sink = sink;
        this.progress = progress;
        this.compact = compact;
    }

    /**
     * Reads the baseline (a ConfigurationException or IOException when it is broken), then checks; each file's full
     * result goes to the sink, the returned results are compact.
     */
    public static CheckResult run(CheckRequest request, FileSink sink, Progress progress) throws IOException {
        return run(request, sink, progress, true);
    }

    static CheckResult run(CheckRequest request, FileSink sink, Progress progress, boolean compact) throws IOException {
        Baseline baseline = request.baseline() != null && Files.isRegularFile(request.baseline())
                ? Baseline.read(request.baseline()) : null;
        ReportChecker checker = new ReportChecker(FormatChoice.of(request.format()));
        List<Path> files = FileScanner.scan(request.reportsDirectory(), request.includes(), request.excludes());
        return new CheckRun(checker, baseline, sink, progress, compact)
                .checkAll(request.reportsDirectory(), files, request.threads());
    }

    CheckResult checkAll(Path root, List<Path> relativeFiles, int threads) throws IOException {
        int total = relativeFiles.size();
        AtomicInteger done = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicLong warnings = new AtomicLong();
        Baseline.Matches matches = baseline == null ? null : baseline.matches();
        List<FileResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, total)));
        try {
            List<Future<FileResult>> futures = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                int index = i;
                Path relative = relativeFiles.get(i);
                futures.add(pool.submit(() -> {
                    FileResult full = checker.checkFile(root.resolve(relative), name(relative));
                    if (matches != null) {
                        full = matches.split(full);
                    }
                    sink.accept(index, full);
                    errors.addAndGet(full.count(Severity.ERROR));
                    warnings.addAndGet(full.count(Severity.WARNING));
                    progress.fileDone(done.incrementAndGet(), total, errors.get(), warnings.get());
                    return compact ? full.compact() : full;
                }));
            }
            for (Future<FileResult> future : futures) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (matches != null) {
            FileResult own = matches.ownFindings(LocalDate.now());
            if (own != null) {
                results.add(own);
            }
        }
        return new CheckResult(results, total);
    }

    static String name(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}

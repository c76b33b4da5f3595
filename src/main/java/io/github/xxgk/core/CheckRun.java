package io.github.xxgk.core;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Rule;
import io.github.xxgk.check.Severity;
import io.github.xxgk.check.across.AcrossReports;
import io.github.xxgk.check.across.ReportValues;
import io.github.xxgk.check.across.Rollup;
import io.github.xxgk.identity.IdentityResolver;
import io.github.xxgk.identity.ReportIdentity;
import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.sandbox.InvalidSettingException;
import io.github.xxgk.sandbox.LimitExceeded;
import io.github.xxgk.table.PlainText;
import io.github.xxgk.template.FormatChoice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A run over a reports directory: scan, check the files on a pool of threads, apply the baseline to each file,
 * hand each full result to the sink, and keep only its compact form (findings, format, cover; no grid, no bound
 * tables), so memory does not grow with the number of files beyond their findings and a few kilobytes of numbers
 * (ReportValues). Once every file is checked, the run-wide phase compares the reports with one another (carry-over,
 * continuity, copies, roll-ups) and adds its findings to the files they are about, through the same baseline.
 * Results come back in the scan's sorted order whatever the threads did.
 */
public final class CheckRun {

    private final ReportChecker checker;
    private final Baseline baseline;
    private final FileSink sink;
    private final Progress progress;
    private final boolean compact;
    private IdentityResolver identities = IdentityResolver.NONE;
    private Rollup rollup = Rollup.NONE;

    CheckRun(ReportChecker checker, Baseline baseline, FileSink sink, Progress progress, boolean compact) {
        this.checker = checker;
        this.baseline = baseline;
        this.sink = sink;
        this.progress = progress;
        this.compact = compact;
    }

    /** The checks across reports read identities with this resolver and roll-ups from this definition. */
    CheckRun across(IdentityResolver resolver, Rollup definition) {
        this.identities = resolver;
        this.rollup = definition;
        return this;
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
        ReportChecker checker = new ReportChecker(FormatChoice.of(request.format())).withTimeLimit(request.timeLimit())
                .withLimits(request.limits());
        IdentityResolver resolver = resolver(request.identityPattern());
        Rollup rollup = RollupFile.read(request.rollup());
        List<Path> files = FileScanner.scan(request.reportsDirectory(), request.includes(), request.excludes());
        // the real reports directory: the one named may be a link, the files' links are checked against it
        return new CheckRun(checker, baseline, sink, progress, compact).across(resolver, rollup)
                .checkAll(request.reportsDirectory(), files, request.threads());
    }

    /** The resolver for the configured path pattern; an invalid pattern is a ConfigurationException. */
    static IdentityResolver resolver(String pattern) {
        try {
            return new IdentityResolver(pattern);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("identityPattern", InvalidSettingException.of(e).findingArgs(Map.of("value", pattern)));
        }
    }

    CheckResult checkAll(Path root, List<Path> relativeFiles, int threads) throws IOException {
        int total = relativeFiles.size();
        AtomicInteger done = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicLong warnings = new AtomicLong();
        Baseline.Matches matches = baseline == null ? null : baseline.matches();
        List<FileResult> results = new ArrayList<>();
        ReportValues[] values = new ReportValues[total];
        AtomicLongArray started = new AtomicLongArray(total); // System.nanoTime() a file's check began, 0: not yet
        AtomicIntegerArray claimed = new AtomicIntegerArray(total); // 1 once the file's result went to the sink
        int n = Math.max(1, Math.min(threads, total));
        ThreadPoolExecutor pool = new ThreadPoolExecutor(n, n, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                CheckRun::daemon);
        try {
            List<Future<FileResult>> futures = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                int index = i;
                Path relative = relativeFiles.get(i);
                futures.add(pool.submit(() -> {
                    started.set(index, System.nanoTime());
                    FileResult full;
                    try {
                        Detail refused = PathCheck.refusal(realRoot(root), root.resolve(relative));
                        full = refused != null ? FileFailure.refused(name(relative), refused)
                                : checker.checkFile(root.resolve(relative), name(relative));
                    } catch (Throwable e) { // checkFile catches all a file can cause; this is the last net
                        full = FileFailure.result(name(relative), e, checker.timeLimit());
                    }
                    return claimed.compareAndSet(index, 0, 1)
                            ? deliver(index, full, values, matches, done, total, errors, warnings) : null;
                }));
            }
            for (int i = 0; i < total; i++) {
                FileResult r = await(futures.get(i), started, claimed, i);
                if (r == null) { // past the hard limit, and claimed by this thread: the run goes on without it
                    growPool(pool);
                    FileResult timedOut = FileFailure.result(name(relativeFiles.get(i)),
                            new LimitExceeded(LimitExceeded.Limit.TIME, Detail.of("time.noAnswer", "no answer")), checker.timeLimit());
                    r = deliver(i, timedOut, values, matches, done, total, errors, warnings);
                }
                results.add(r);
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
        Map<String, ReportIdentity> identified = new LinkedHashMap<>();
        for (ReportValues v : values) {
            if (v.identity() != null) {
                identified.put(v.file(), v.identity());
            }
        }
        long t0 = System.nanoTime();
        Map<Integer, List<Finding>> across = AcrossReports.check(Arrays.asList(values), rollup);
        across.forEach((index, found) -> results.set(index, merge(results.get(index), found, matches)));
        acrossNanos = System.nanoTime() - t0;
        if (matches != null) {
            FileResult own = matches.ownFindings(LocalDate.now());
            if (own != null) {
                results.add(own);
            }
        }
        return new CheckResult(results, total, identified);
    }

    /** How long the last run-wide phase took (the checks across reports), for the benchmarks. */
    long acrossNanos;

    /**
     * What the run-wide phase keeps of a file: its identity and, when it has one, its numbers; nothing of a file
     * whose identity or numbers cannot be taken (its own findings say why).
     */
    private ReportValues values(int index, FileResult full) {
        try {
            return valuesOf(index, full);
        } catch (RuntimeException | StackOverflowError e) {
            return ReportValues.of(full.file(), index, null, null, java.util.Set.of());
        }
    }

    private ReportValues valuesOf(int index, FileResult full) {
        var report = full.report();
        ReportIdentity identity = (report == null ? identities.resolve(full.file(), null, null)
                : identities.resolve(full.file(), report.format(), report.cover(), report.grid())).orElse(null);
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        full.findings().stream().filter(f -> f.rule() == Rule.CORRECTION_CANDIDATE).forEach(f -> ambiguous.add(f.tableId()));
        return ReportValues.of(full.file(), index, identity, report, ambiguous);
    }

    /**
     * The file's result with findings added after its own (across reports, or made while its outputs were written),
     * the baseline applied to them.
     */
    private static FileResult merge(FileResult f, List<Finding> found, Baseline.Matches matches) {
        FileResult added = new FileResult(f.file(), f.report(), found);
        if (matches != null) {
            added = matches.split(added);
        }
        List<Finding> findings = new ArrayList<>(f.findings());
        findings.addAll(added.findings());
        List<Finding> baselined = new ArrayList<>(f.baselined());
        baselined.addAll(added.baselined());
        return new FileResult(f.file(), f.report(), findings, baselined);
    }

    /**
     * Keeps what the run-wide phase needs of the file, applies the baseline, hands the full result to the sink,
     * counts it; returns what the run keeps.
     */
    private FileResult deliver(int index, FileResult full, ReportValues[] values, Baseline.Matches matches,
                               AtomicInteger done, int total, AtomicLong errors, AtomicLong warnings) throws IOException {
        values[index] = values(index, full);
        if (matches != null) {
            full = matches.split(full);
        }
        full = sink.deliver(index, full, (r, found) -> merge(r, found, matches));
        errors.addAndGet(full.count(Severity.ERROR));
        warnings.addAndGet(full.count(Severity.WARNING));
        progress.fileDone(done.incrementAndGet(), total, errors.get(), warnings.get());
        return compact ? full.compact() : full.released(); // the file's bytes go once its outputs are written
    }

    /**
     * The file's result, or null when its check has gone on past twice its time limit and a second: a loop that does
     * not look at the deadline. Its thread is left to finish (it is a daemon) and the pool gets one more.
     */
    private FileResult await(Future<FileResult> future, AtomicLongArray started, AtomicIntegerArray claimed, int index)
            throws InterruptedException, ExecutionException {
        long limit = checker.timeLimit().toNanos();
        long hard = limit * 2 + TimeUnit.SECONDS.toNanos(1);
        while (true) {
            try {
                return future.get(limit > 0 ? 200 : Long.MAX_VALUE, limit > 0 ? TimeUnit.MILLISECONDS : TimeUnit.DAYS);
            } catch (TimeoutException e) {
                long start = started.get(index);
                // claimed here, or not at all: a file whose check has finished and is being delivered is waited for
                if (start != 0 && System.nanoTime() - start > hard && claimed.compareAndSet(index, 0, 1)) {
                    future.cancel(true);
                    return null;
                }
            }
        }
    }

    private static Path realRoot(Path root) throws IOException {
        return root.toRealPath();
    }

    private static void growPool(ThreadPoolExecutor pool) {
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
    }

    private static Thread daemon(Runnable task) {
        Thread t = new Thread(task, "xxgk-check");
        t.setDaemon(true);
        return t;
    }

    /** The file's name in every output: its path as it is, characters no output can carry shown as 「�」. */
    static String name(Path relative) {
        return PlainText.clean(relative.toString().replace('\\', '/'));
    }
}

package io.github.xxgk.bench;

import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckRequest;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.CheckRun;
import io.github.xxgk.core.Progress;
import io.github.xxgk.report.Messages;
import io.github.xxgk.report.ReportContext;
import io.github.xxgk.report.ReportFormat;
import io.github.xxgk.report.ReportRun;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.github.xxgk.bench.Stats.max;
import static io.github.xxgk.bench.Stats.median;
import static io.github.xxgk.bench.Stats.min;

/**
 * A whole run (every file read, bound, checked, its annotated copy and report sections written, then the run-wide
 * reports) in one warm JVM, on one thread and on two: what the goal costs once the JIT has compiled it, and how it
 * scales with the threads. The files are GoalBench's (the seeds and generated reports with one to three cells
 * changed, in turn). Prints, per thread count, the wall time of each run's checking phase and writing phase, the
 * files per second, the process's CPU time (JIT and GC included) and the speed-up of two threads over one.
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.github.xxgk.bench.RunBench \
 *     -Dexec.args="2000 5" [-Dbench.formats=ALL|MARKDOWN,HTML,ANNOTATED]
 * </pre>
 */
public final class RunBench {

    private RunBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Set<ReportFormat> formats = formats(System.getProperty("bench.formats", "ALL"));
        Path dir = Path.of("target/bench/run-" + n).toAbsolutePath();
        Path reports = GoalBench.generate(dir.resolve("reports"), n);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("xxgk run benchmark: %d workbooks, formats %s, %d runs each after 3 warm-up runs, %d processors%n",
                n, formats, runs, Runtime.getRuntime().availableProcessors());
        int[] threadCounts = {1, 2};
        double[][] check = new double[3][runs];
        double[][] write = new double[3][runs];
        double[][] cpu = new double[3][runs];
        // warm-up first (the JIT compiles for a while), then one and two threads in turn, so that drift in what
        // else the machine does falls on both alike
        for (int run = -3; run < runs; run++) {
            for (int threads : threadCounts) {
                Path out = dir.resolve("out");
                delete(out);
                System.gc();
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                CheckResult result;
                long t1;
                try (ReportRun sink = ReportRun.open(out, new ReportContext(Messages.of("zh"), Severity.ERROR, reports), formats)) {
                    result = CheckRun.run(new CheckRequest(reports, null, null, "auto", threads), sink, Progress.NONE);
                    t1 = System.nanoTime();
                    sink.finish(result);
                }
                long t2 = System.nanoTime();
                long c1 = os.getProcessCpuTime();
                if (result.checkedFiles() != n) {
                    throw new IllegalStateException("checked " + result.checkedFiles() + " of " + n);
                }
                if (run >= 0) {
                    check[threads][run] = (t1 - t0) / 1e9;
                    write[threads][run] = (t2 - t1) / 1e9;
                    cpu[threads][run] = (c1 - c0) / 1e9;
                }
            }
        }
        double[] perThreads = new double[3];
        for (int threads : threadCounts) {
            double[] total = new double[runs];
            int t = threads;
            Arrays.setAll(total, i -> check[t][i] + write[t][i]);
            perThreads[threads] = median(total);
            System.out.printf("  %d thread%s: run %.2f s (%.2f–%.2f), of it checking %.2f s and writing %.2f s; "
                            + "%.0f files per second; process CPU %.1f s (%.2f ms per file)%n",
                    threads, threads == 1 ? " " : "s", median(total), min(total), max(total), median(check[t]),
                    median(write[t]), n / median(total), median(cpu[t]), median(cpu[t]) * 1000 / n);
        }
        System.out.printf("  speed-up of 2 threads over 1: %.2f×%n", perThreads[1] / perThreads[2]);
    }

    private static Set<ReportFormat> formats(String names) {
        if (names.equalsIgnoreCase("ALL")) {
            return EnumSet.allOf(ReportFormat.class);
        }
        Set<ReportFormat> chosen = EnumSet.of(ReportFormat.CSV);
        for (String name : names.split(",")) {
            chosen.add(ReportFormat.valueOf(name.strip()));
        }
        return chosen;
    }

    private static void delete(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                List<Path> all = new ArrayList<>(walk.toList());
                all.sort(Comparator.reverseOrder());
                for (Path p : all) {
                    Files.delete(p);
                }
            }
        }
    }
}

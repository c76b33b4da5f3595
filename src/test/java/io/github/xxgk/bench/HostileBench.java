package io.github.xxgk.bench;

import io.github.xxgk.core.FileResult;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.HostileFiles;
import io.github.xxgk.template.FormatDefinitions;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Time and peak heap of checking each hostile file of issue 13 alone (read, bind, check), with a timeout.
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.github.xxgk.bench.HostileBench -Dexec.args="60"</pre>
 */
public final class HostileBench {

    public static void main(String[] args) throws Exception {
        int timeout = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        String only = args.length > 1 ? args[1] : "";
        Map<String, Supplier<byte[]>> cases = new LinkedHashMap<>();
        cases.put("nested-2000.docx", () -> HostileFiles.nestedTablesDocx(2000));
        cases.put("nested-10000.html", () -> HostileFiles.nestedTablesHtml(10_000));
        cases.put("nested-100000.html", () -> HostileFiles.nestedTablesHtml(100_000));
        cases.put("rows-2500.html", () -> HostileFiles.longTableHtml(2500));
        cases.put("rows-2500.docx", () -> HostileFiles.longTableDocx(2500));
        cases.put("artefacts-1mb.txt", () -> HostileFiles.artefactsText(1 << 20));
        cases.put("big-1mb.csv", () -> HostileFiles.bigCsv(1 << 20));
        cases.put("one-cell-1mb.csv", () -> HostileFiles.oneCellCsv(1 << 20));
        cases.put("long-strings.xlsx", () -> HostileFiles.longStringsXlsx(400, 32_767));
        ReportChecker checker = new ReportChecker(FormatDefinitions.load("2021"));
        Path dir = Files.createTempDirectory("hostile-bench");
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(null, r, "bench", 0);
            t.setDaemon(true);
            return t;
        });
        for (var c : cases.entrySet()) {
            if (!c.getKey().contains(only)) {
                continue;
            }
            byte[] content = c.getValue().get();
            Path file = dir.resolve(c.getKey());
            Files.write(file, content);
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            Future<FileResult> f = pool.submit(() -> checker.checkFile(file, c.getKey()));
            String outcome;
            try {
                FileResult r = f.get(timeout, TimeUnit.SECONDS);
                outcome = r.findings().stream().map(x -> x.rule().id() + x.args()).distinct().limit(3).toList().toString();
            } catch (TimeoutException e) {
                f.cancel(true);
                outcome = "TIMEOUT after " + timeout + " s";
            } catch (java.util.concurrent.ExecutionException e) {
                outcome = "THROWS " + e.getCause();
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%-20s %8d B %7d ms peak %5d MiB  %s%n", c.getKey(), content.length, ms, peakMiB(),
                    outcome.length() > 300 ? outcome.substring(0, 300) : outcome);
        }
        System.exit(0);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakMiB() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}

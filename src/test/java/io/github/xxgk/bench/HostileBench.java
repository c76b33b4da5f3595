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
 * Arguments: the timeout in seconds, and a part of the case names to run. With {@code -Dhostile.dir=…} the files are
 * kept there and read back from there (to write large ones with a large heap, then check them with a small one).
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
        cases.put("long-labels.xlsx", () -> {
            var wb = io.github.xxgk.fixtures.SeedWorkbooks.seed004();
            String[] rows = {"open", "partial", "withheld-secret", "withheld-prohibited", "withheld-security",
                    "withheld-third-party", "withheld-internal", "withheld-process", "withheld-enforcement",
                    "withheld-inquiry", "unable-not-held", "unable-to-create", "unable-unclear", "unhandled-petition",
                    "unhandled-repeat", "unhandled-publication", "unhandled-excessive", "unhandled-confirm"};
            for (int i = 0; i < rows.length; i++) { // labels of 32,767 characters that differ in their last one
                wb.label("t3.row." + rows[i], "项".repeat(32_766) + (char) ('A' + i));
            }
            return wb.toXlsx();
        });
        cases.put("text-18mb.txt", () -> HostileFiles.utf8(HostileFiles.seedText() + "一二三四五六七八九十\n".repeat(18 << 20 >> 5)));
        cases.put("html-19mb.html", () -> HostileFiles.utf8("<html><body>" + "<p>一二三四五六七八九十</p>\n".repeat(19 << 20 >> 5) + "</body></html>"));
        ReportChecker checker = new ReportChecker(FormatDefinitions.load("2021"));
        Path dir = Files.createTempDirectory("hostile-bench");
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(null, r, "bench", 0);
            t.setDaemon(true);
            return t;
        });
        String keep = System.getProperty("hostile.dir"); // write the files there (if absent) and check them from there
        if (keep != null) {
            dir = Files.createDirectories(Path.of(keep));
        }
        for (var c : cases.entrySet()) {
            if (!c.getKey().contains(only)) {
                continue;
            }
            Path file = dir.resolve(c.getKey());
            if (!Files.exists(file)) {
                Files.write(file, c.getValue().get());
            }
            long size = Files.size(file);
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
            System.out.printf("%-20s %8d B %7d ms peak %5d MiB  %s%n", c.getKey(), size, ms, peakMiB(),
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

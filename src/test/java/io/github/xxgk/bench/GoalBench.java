package io.github.xxgk.bench;

import io.github.xxgk.fixtures.GeneratedReport;
import io.github.xxgk.fixtures.SeedWorkbooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole goal on N generated report workbooks, as a publishing office runs it: {@code mvn xxgk:check} in a fresh
 * Maven process with a capped heap, every output format. Prints the wall time and the peak heap (from the JVM's GC
 * log). The plugin must be installed first ({@code mvn install -DskipTests -Dinvoker.skip}).
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.github.xxgk.bench.GoalBench \
 *     -Dexec.args="1000 10000"
 * </pre>
 * Arguments: the numbers of workbooks; {@code -Xmx} with {@code -Dbench.heap=256m} (default), the outputs with
 * {@code -Dbench.formats=ALL} (default; annotated copies are the costly part), {@code xxgk.threads} with
 * {@code -Dbench.threads} (default: one per processor), the plugin version with {@code -Dbench.version}.
 * <p>
 * Each run writes into a new output folder ({@code out-…}, left for the next run to compare with; {@code mvn clean}
 * removes them), as the first run in a clean checkout does. Writing over the last run's 9,000 annotated copies, or
 * into a folder just deleted, measures the file system instead: on an ext4 without a journal, as on the build
 * machine, the inode allocator passes over inodes freed in the last seconds (minutes, while their block is not yet
 * written back), and creating and writing a copy then took 0.45 ms of CPU instead of 0.16 in a new folder (0.07 on
 * tmpfs): 2.6 s more over the 9,000 copies of a 10,000-file run.
 */
public final class GoalBench {

    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");

    private GoalBench() {
    }

    public static void main(String[] args) throws Exception {
        String heap = System.getProperty("bench.heap", "256m");
        String version = System.getProperty("bench.version", "0.1.0-SNAPSHOT");
        String formats = System.getProperty("bench.formats", "ALL");
        String threads = System.getProperty("bench.threads", "");
        for (String arg : args.length == 0 ? new String[] {"1000"} : args) {
            int n = Integer.parseInt(arg);
            Path dir = Path.of("target/bench/goal-" + n).toAbsolutePath();
            Path reports = generate(dir.resolve("reports"), n);
            Path gcLog = dir.resolve("gc.log");
            Files.deleteIfExists(gcLog);
            // a new folder each run, as a clean checkout has: see the class comment
            Path out = Files.createTempDirectory(dir, "out-");
            List<String> command = new ArrayList<>(List.of("mvn", "-B", "-ntp",
                    "io.github.xxgk:xxgk-maven-plugin:" + version + ":check", "-Dxxgk.reports=" + reports,
                    "-Dxxgk.outputDirectory=" + out, "-Dxxgk.failOn=NONE", "-Dxxgk.formats=" + formats));
            if (!threads.isEmpty()) {
                command.add("-Dxxgk.threads=" + threads);
            }
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("build.log").toFile());
            pb.environment().put("MAVEN_OPTS", "-Xmx" + heap + " -Xlog:gc:file=" + gcLog);
            long t0 = System.nanoTime();
            int exit = pb.start().waitFor();
            double wall = (System.nanoTime() - t0) / 1e9;
            String log = Files.readString(dir.resolve("build.log"), StandardCharsets.UTF_8);
            String timing = log.lines().filter(l -> l.contains("xxgk：检查") || l.contains("xxgk: checked")).findFirst().orElse("");
            long[] heapUse = heap(gcLog);
            System.out.printf("xxgk goal benchmark: %d workbooks, -Xmx%s, formats %s, threads %s: exit %d, wall %.1f s, "
                            + "heap at most %d MiB before and %d MiB after a collection%n  %s%n  outputs in %s%n",
                    n, heap, formats, threads.isEmpty() ? "default" : threads, exit, wall, heapUse[0], heapUse[1],
                    timing.strip(), out);
            if (log.contains("OutOfMemoryError")) {
                System.out.println("  OutOfMemoryError in the build log");
            }
        }
    }

    /**
     * From the GC log, in MiB: the most heap in use before a collection (how full the heap got) and after one (the
     * most data that stayed live); zeros when the log has none.
     */
    static long[] heap(Path gcLog) throws IOException {
        long before = 0;
        long after = 0;
        if (Files.isRegularFile(gcLog)) {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC.matcher(line);
                while (m.find()) {
                    before = Math.max(before, Long.parseLong(m.group(1)));
                    after = Math.max(after, Long.parseLong(m.group(2)));
                }
            }
        }
        return new long[] {before, after};
    }

    /** N workbooks in agency folders: the five seeds and generated reports with one to three cells changed, in turn. */
    static Path generate(Path reports, int n) throws IOException {
        if (Files.isDirectory(reports)) {
            try (var s = Files.list(reports)) {
                if (s.count() == (n + 9) / 10) {
                    return reports; // already there
                }
            }
        }
        List<byte[]> kinds = new ArrayList<>();
        SeedWorkbooks.all().values().forEach(wb -> kinds.add(wb.toXlsx()));
        kinds.addAll(GeneratedReport.wrongXlsx(5));
        for (int i = 0; i < n; i++) {
            Path agency = Files.createDirectories(reports.resolve(String.format("agency-%04d", i / 10)));
            Files.write(agency.resolve(String.format("report-%d.xlsx", i % 10)), kinds.get(i % kinds.size()));
        }
        return reports;
    }
}

package io.github.xxgk.bench;

import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckRequest;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.SeedWorkbooks;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints how long the check takes over 1,000 report workbooks (the five seeds, 200 copies each, in agency
 * folders). Not part of the default test run: {@code mvn test -Dinvoker.skip -Dgroups=benchmark -Dxxgk.excludedGroups=none}.
 * The workbooks stay in target/bench/reports for timing the real goal:
 * {@code mvn xxgk:check -Dxxgk.reports=target/bench/reports -Dxxgk.failOn=NONE}.
 */
@Tag("benchmark")
class CheckBenchmark {

    private static final int COPIES = 200;

    @Test
    void benchmark_check_over_1000_workbooks() throws Exception {
        Path reports = Path.of("target/bench/reports");
        List<byte[]> seeds = new ArrayList<>();
        SeedWorkbooks.all().values().forEach(wb -> seeds.add(wb.toXlsx()));
        for (int i = 0; i < COPIES; i++) {
            Path agency = Files.createDirectories(reports.resolve(String.format("agency-%03d", i)));
            for (int s = 0; s < seeds.size(); s++) {
                Files.write(agency.resolve("report-" + s + ".xlsx"), seeds.get(s));
            }
        }
        int files = COPIES * seeds.size();
        for (int threads : new int[] {1, Runtime.getRuntime().availableProcessors()}) {
            // one warm-up pass (class loading, JIT), then three measured passes
            ReportChecker.run(new CheckRequest(reports, null, null, "2021", threads));
            long best = Long.MAX_VALUE;
            CheckResult result = null;
            for (int run = 0; run < 3; run++) {
                long t0 = System.nanoTime();
                result = ReportChecker.run(new CheckRequest(reports, null, null, "2021", threads));
                best = Math.min(best, System.nanoTime() - t0);
            }
            System.out.printf("xxgk benchmark: %d workbooks, %d thread(s): best of 3 = %.0f ms (%.2f ms per workbook), "
                            + "%d errors, %d warnings%n", files, threads, best / 1e6, best / 1e6 / files,
                    result.count(Severity.ERROR), result.count(Severity.WARNING));
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("xxgk benchmark: heap used after run %.0f MiB%n", (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
    }
}

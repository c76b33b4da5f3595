package io.github.xxgk.core;

import io.github.xxgk.check.Check;
import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Rule;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.sandbox.Deadline;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each file is checked in a sandbox: whatever one file makes a step throw (Errors included) or however long it
 * makes a step run, it ends in a finding on that file naming the limit, and the other files' results are whole.
 */
class FileSandboxTest {

    private static volatile boolean spin;

    @AfterEach
    void stopSpinning() {
        spin = false;
    }

    /** A check that misbehaves on files whose name contains "bad": the other files it leaves alone. */
    private static Check onBadFiles(Runnable misbehaviour) {
        return (report, findings) -> {
            if (findings.file().contains("bad")) {
                misbehaviour.run();
            }
        };
    }

    private static Map<String, List<String>> rules(CheckResult result) {
        return result.files().stream().collect(Collectors.toMap(FileResult::file,
                f -> f.findings().stream().map(x -> x.rule().id()).toList()));
    }

    private static CheckResult run(Path dir, Duration limit, Check check) throws Exception {
        SeedWorkbooks.seed000().writeXlsx(dir.resolve("a-good.xlsx"));
        SeedWorkbooks.seed000().writeXlsx(dir.resolve("b-bad.xlsx"));
        SeedWorkbooks.seed004().writeXlsx(dir.resolve("c-good.xlsx"));
        ReportChecker checker = new ReportChecker(FormatDefinitions.load("2021"), List.of(check)).withTimeLimit(limit);
        return new CheckRun(checker, null, FileSink.NONE, Progress.NONE, true)
                .checkAll(dir, List.of(Path.of("a-good.xlsx"), Path.of("b-bad.xlsx"), Path.of("c-good.xlsx")), 2);
    }

    private static int recurse(int n) {
        return recurse(n + 1) + 1;
    }

    @Test
    void check_should_turn_a_stack_overflow_into_a_too_complex_finding(@TempDir Path dir) throws Exception {
        CheckResult result = run(dir, Duration.ofSeconds(30), onBadFiles(() -> recurse(0)));
        assertEquals(Map.of("a-good.xlsx", List.of(), "b-bad.xlsx", List.of("file-too-complex"),
                "c-good.xlsx", List.of()), rules(result));
    }

    @Test
    void check_should_turn_an_out_of_memory_error_into_a_too_large_finding_naming_the_memory(@TempDir Path dir) throws Exception {
        CheckResult result = run(dir, Duration.ofSeconds(30), onBadFiles(() -> {
            long[] hoard = new long[Integer.MAX_VALUE - 8]; // 16 GiB: a real OutOfMemoryError from the JVM
            hoard[0] = 1;
        }));
        assertEquals(Map.of("a-good.xlsx", List.of(), "b-bad.xlsx", List.of("file-too-large"),
                "c-good.xlsx", List.of()), rules(result));
        Finding f = result.files().get(1).findings().get(0);
        assertTrue(f.args().get("detail").contains("-Xmx"), f.args().toString());
    }

    @Test
    void check_should_stop_a_file_at_its_time_limit_and_say_so(@TempDir Path dir) throws Exception {
        Check slow = onBadFiles(() -> {
            while (true) {
                Deadline.check(); // a loop of the plugin: it looks at the deadline
            }
        });
        long start = System.nanoTime();
        CheckResult result = run(dir, Duration.ofMillis(300), slow);
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "the run ended soon after the limit");
        assertEquals(Map.of("a-good.xlsx", List.of(), "b-bad.xlsx", List.of("file-time-limit"),
                "c-good.xlsx", List.of()), rules(result));
        assertEquals(Map.of("seconds", "0"), result.files().get(1).findings().get(0).args());
    }

    @Test
    void run_should_give_up_waiting_for_a_file_whose_loop_ignores_the_deadline(@TempDir Path dir) throws Exception {
        spin = true;
        Check stuck = onBadFiles(() -> {
            while (spin) {
                Thread.onSpinWait(); // a loop that never looks at the deadline, nor at interrupts
            }
        });
        long start = System.nanoTime();
        CheckResult result = run(dir, Duration.ofMillis(500), stuck);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms >= 2000 && ms < 10_000, "waited twice the limit and a second, then went on: " + ms + " ms");
        assertEquals(Map.of("a-good.xlsx", List.of(), "b-bad.xlsx", List.of("file-time-limit"),
                "c-good.xlsx", List.of()), rules(result));
    }

    @Test
    void check_should_keep_what_a_check_found_before_the_limit(@TempDir Path dir) throws Exception {
        Check findsThenOverflows = (report, findings) -> {
            findings.onFile(Rule.DOCUMENT_PART_MISSING, Map.of("part", "一"));
            if (findings.file().contains("bad")) {
                recurse(0);
            }
        };
        CheckResult result = run(dir, Duration.ofSeconds(30), findsThenOverflows);
        assertEquals(List.of("document-part-missing", "file-too-complex"), rules(result).get("b-bad.xlsx"));
        assertTrue(Files.exists(dir.resolve("b-bad.xlsx")));
    }
}

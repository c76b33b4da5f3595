package io.github.xxgk.core;

import io.github.xxgk.fixtures.SeedWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The gate does not fail open on paths: a reports directory that is a link is checked, links inside it are
 * followed only inside it, and whatever cannot or must not be read (links out, pipes, loops) is a finding.
 */
class ReportsPathsTest {

    @Test
    void run_should_check_through_links_inside_and_refuse_what_leads_out_or_blocks(@TempDir Path dir) throws Exception {
        Path real = dir.resolve("real-reports");
        Path outside = dir.resolve("elsewhere");
        Files.createDirectories(real.resolve("2024"));
        Files.createDirectories(outside);
        SeedWorkbooks.seed000().writeXlsx(real.resolve("2024/a.xlsx"));
        SeedWorkbooks.seed000().writeXlsx(outside.resolve("secret.xlsx"));
        Files.createSymbolicLink(real.resolve("b-inside-link.xlsx"), real.resolve("2024/a.xlsx"));
        Files.createSymbolicLink(real.resolve("c-outside-link.xlsx"), outside.resolve("secret.xlsx"));
        Files.createSymbolicLink(real.resolve("d-linked-folder"), real.resolve("2024"));
        Files.createSymbolicLink(real.resolve("e-outside-folder"), outside);
        Files.createSymbolicLink(real.resolve("f-loop.xlsx"), real.resolve("f-loop.xlsx"));
        boolean fifo = new ProcessBuilder("mkfifo", real.resolve("g-pipe.xlsx").toString()).start().waitFor(10, TimeUnit.SECONDS)
                && Files.exists(real.resolve("g-pipe.xlsx"));
        Path reports = dir.resolve("reports");
        Files.createSymbolicLink(reports, real); // the reports directory itself is a link

        CheckResult result = ReportChecker.run(new CheckRequest(reports, null, null, "2021", 2));

        Map<String, List<String>> rules = new TreeMap<>();
        result.files().forEach(f -> rules.put(f.file(), f.findings().stream().map(x -> x.rule().id()).toList()));
        Map<String, List<String>> expected = new TreeMap<>(Map.of(
                "2024/a.xlsx", List.of(),
                "b-inside-link.xlsx", List.of(),
                "c-outside-link.xlsx", List.of("file-refused"),
                "d-linked-folder/a.xlsx", List.of(),
                "e-outside-folder", List.of("file-refused"),
                "f-loop.xlsx", List.of("file-refused")));
        if (fifo) {
            expected.put("g-pipe.xlsx", List.of("file-refused"));
        }
        assertEquals(expected, rules);
        assertTrue(result.files().stream().filter(f -> f.file().startsWith("c-")).findFirst().orElseThrow()
                .findings().get(0).args().get("detail").contains("outside"));
        assumeTrue(fifo, "mkfifo is not available here: the pipe case did not run");
    }

    @Test
    void folder_linked_out_should_be_left_out_when_the_excludes_leave_it_out(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        Path outside = dir.resolve("elsewhere");
        Files.createDirectories(reports);
        Files.createDirectories(outside);
        SeedWorkbooks.seed000().writeXlsx(reports.resolve("a.xlsx"));
        SeedWorkbooks.seed000().writeXlsx(outside.resolve("old.xlsx"));
        Files.createSymbolicLink(reports.resolve("archive"), outside); // last year's share, mounted into the repository

        for (String exclude : List.of("archive/**", "**/archive/**", "ARCHIVE/**")) {
            CheckResult result = ReportChecker.run(new CheckRequest(reports, null, List.of(exclude), "2021", 1));
            assertEquals(List.of("a.xlsx"), result.files().stream().map(FileResult::file).toList(), exclude);
        }
        for (String exclude : List.of("**/*.txt", "archive/*.txt", "archive", "*", "archive/*", "*/*")) {
            CheckResult other = ReportChecker.run(new CheckRequest(reports, null, List.of(exclude), "2021", 1));
            assertTrue(other.files().stream().anyMatch(f -> f.file().equals("archive")),
                    exclude + " leaves files a folder holds in: the folder linked out is still refused");
        }
    }
}

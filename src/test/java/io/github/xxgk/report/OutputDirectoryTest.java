package io.github.xxgk.report;

import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckRequest;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.ConfigurationException;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.SeedWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each run owns its output directory: nothing of an earlier run survives that this run did not write again. */
class OutputDirectoryTest {

    private static void run(Path reports, Path out, EnumSet<ReportFormat> formats) throws Exception {
        CheckResult result = ReportChecker.run(new CheckRequest(reports, null, null, "2021", 1));
        Reports.write(result, new ReportContext(Messages.of("zh"), Severity.ERROR, reports), out, formats);
    }

    private static List<String> listing(Path out) throws Exception {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void rerun_should_remove_outputs_of_the_earlier_run_and_nothing_else(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        Path out = dir.resolve("target/xxgk");
        SeedWorkbooks.all().get("002-二道区人民政府-2022").writeXlsx(reports.resolve("二道区/2022.xlsx"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "the office's own file");
        run(reports, out, EnumSet.allOf(ReportFormat.class));
        assertTrue(Files.isRegularFile(out.resolve("annotated/二道区/2022.xlsx")));
        assertTrue(Files.isRegularFile(out.resolve("junit.xml")));

        // the agency corrects its workbook; the next run writes only the Markdown report
        SeedWorkbooks.all().get("000-长春高新区-2022").writeXlsx(reports.resolve("二道区/2022.xlsx"));
        run(reports, out, EnumSet.of(ReportFormat.MARKDOWN));
        assertEquals(List.of(".xxgk-complete", ".xxgk-lock", ".xxgk-outputs", "findings.csv", "notes.txt", "report.md"), listing(out));
        assertFalse(Files.exists(out.resolve("annotated")), "the stale annotated copy and its folders are gone");
        assertEquals(List.of("findings.csv", "report.md"), Files.readAllLines(out.resolve(".xxgk-outputs")));
    }

    @Test
    void manifest_should_never_reach_outside_the_output_directory(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        Path out = dir.resolve("out");
        SeedWorkbooks.all().get("000-长春高新区-2022").writeXlsx(reports.resolve("a.xlsx"));
        Files.createDirectories(out);
        Path outside = Files.writeString(dir.resolve("precious.txt"), "keep");
        Files.writeString(out.resolve(".xxgk-outputs"), out.relativize(outside) + "\n" + outside + "\n.\n");
        run(reports, out, EnumSet.noneOf(ReportFormat.class));
        assertTrue(Files.exists(outside));
        assertEquals(List.of(".xxgk-complete", ".xxgk-lock", ".xxgk-outputs", "findings.csv"), listing(out));
    }

    @Test
    void second_run_into_the_same_directory_should_be_a_configuration_error_while_the_first_holds_it(@TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("out");
        ReportContext context = new ReportContext(Messages.of("zh"), Severity.ERROR, dir);
        try (ReportRun first = ReportRun.open(out, context, List.of())) {
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> ReportRun.open(out, context, List.of()));
            assertEquals("outputBusy", e.key());
        }
        try (ReportRun again = ReportRun.open(out, context, List.of())) {
            assertTrue(Files.exists(out.resolve(".xxgk-lock")), "free again once the first run is done");
        }
    }

    @Test
    void marker_should_tell_a_complete_run_from_one_that_did_not_finish(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        Path out = dir.resolve("out");
        SeedWorkbooks.all().get("000-长春高新区-2022").writeXlsx(reports.resolve("a.xlsx"));
        assertFalse(Files.exists(out.resolve(".xxgk-complete")));
        run(reports, out, EnumSet.noneOf(ReportFormat.class));
        assertTrue(Files.readString(out.resolve(".xxgk-complete")).startsWith("complete "));
        String before = Files.readString(out.resolve("findings.csv"));
        // a run that stops before publishing (killed, or a write failed) leaves the previous complete reports
        ReportContext context = new ReportContext(Messages.of("zh"), Severity.ERROR, reports);
        try (ReportRun interrupted = ReportRun.open(out, context, List.of())) {
            Files.writeString(out.resolve(".xxgk-staging-half"), "x"); // what a killed writer may leave behind
        }
        assertEquals(before, Files.readString(out.resolve("findings.csv")));
        assertTrue(Files.exists(out.resolve(".xxgk-complete")));
    }

    @Test
    void writers_should_never_write_or_delete_through_a_link_in_the_output_directory(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        Path out = dir.resolve("out");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/二道区"));
        Files.writeString(elsewhere.resolve("2022.xlsx"), "someone else's file");
        SeedWorkbooks.all().get("002-二道区人民政府-2022").writeXlsx(reports.resolve("二道区/2022.xlsx"));
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("annotated"), dir.resolve("elsewhere"));
        Files.writeString(out.resolve(".xxgk-outputs"), "annotated/二道区/2022.xlsx\n");
        assertThrows(java.io.IOException.class, () -> run(reports, out, EnumSet.of(ReportFormat.ANNOTATED)));
        assertEquals("someone else's file", Files.readString(elsewhere.resolve("2022.xlsx")));
        assertFalse(Files.exists(out.resolve("findings.csv")), "nothing published");
    }
}

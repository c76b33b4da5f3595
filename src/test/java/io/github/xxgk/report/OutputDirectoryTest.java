package io.github.xxgk.report;

import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckRequest;
import io.github.xxgk.core.CheckResult;
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
        assertEquals(List.of(".xxgk-outputs", "findings.csv", "notes.txt", "report.md"), listing(out));
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
        assertEquals(List.of(".xxgk-outputs", "findings.csv"), listing(out));
    }
}

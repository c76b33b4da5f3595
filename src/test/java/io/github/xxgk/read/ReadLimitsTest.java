package io.github.xxgk.read;

import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read limits a run sets (xxgk.limits): parsed with units, refused with a reason, and applied per file. */
class ReadLimitsTest {

    @Test
    void setting_should_change_the_named_limits_and_keep_the_others() {
        ReadLimits limits = ReadLimits.parse(" gridCells=4000000, partBytes=256m,pdfPages=1000,textChars=2g ");
        assertEquals(4_000_000, limits.gridCells());
        assertEquals(256L << 20, limits.partBytes());
        assertEquals(1000, limits.pdfPages());
        assertEquals(2L << 30, limits.textChars());
        assertEquals(ReadLimits.DEFAULT.tableDepth(), limits.tableDepth());
        assertEquals(ReadLimits.DEFAULT, ReadLimits.parse(null));
        assertEquals(ReadLimits.DEFAULT, ReadLimits.parse(" "));
    }

    @Test
    void setting_should_be_refused_with_what_is_wrong() {
        for (List<String> c : List.of(List.of("cells=5", "not name=value with a name of"),
                List.of("gridCells", "not name=value"), List.of("gridCells=many", "gridCells must be a whole number"),
                List.of("gridCells=0", "gridCells must be above 0"), List.of("gridCells=-5", "must be above 0"),
                List.of("pdfPages=3g", "pdfPages is at most"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReadLimits.parse(c.get(0)));
            assertTrue(e.getMessage().contains(c.get(1)), c.get(0) + ": " + e.getMessage());
        }
    }

    @Test
    void checker_should_read_each_file_within_its_limits_and_leave_the_thread_as_it_found_it(@TempDir Path dir)
            throws Exception {
        Path file = SeedWorkbooks.seed002().writeXlsx(dir.resolve("b.xlsx"));
        ReportChecker checker = new ReportChecker(FormatDefinitions.standard());
        assertTrue(checker.checkFile(file, "b.xlsx").findings().stream().noneMatch(f -> f.rule().id().equals("file-too-large")));
        List<String> small = checker.withLimits(ReadLimits.parse("gridCells=100")).checkFile(file, "b.xlsx").findings()
                .stream().map(f -> f.rule().id()).toList();
        assertEquals(List.of("file-too-large"), small);
        assertEquals(ReadLimits.DEFAULT, ReadLimits.current(), "the limits hold for the file only");
    }

    @Test
    void a_text_limit_past_what_an_array_holds_should_read_the_whole_text(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.txt");
        java.nio.file.Files.writeString(file, "一、总体情况", java.nio.charset.StandardCharsets.UTF_8);
        byte[] expected = java.nio.file.Files.readAllBytes(file);
        for (String setting : List.of("textBytes=2g", "textBytes=4g")) { // (int) 4g + 1 was 1 byte, (int) 2g + 1 negative
            ReadLimits.use(ReadLimits.parse(setting));
            try {
                org.junit.jupiter.api.Assertions.assertArrayEquals(expected, SourceFile.of(file, "report.txt").text(), setting);
            } finally {
                ReadLimits.use(null);
            }
        }
    }
}

package io.github.xxgk.read.doc;

import io.github.xxgk.check.Finding;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.fixtures.SpannedDocuments;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Merged cells as documents write them (rowspan/colspan, gridSpan/vMerge, WPS hMerge) are expanded into the grid. */
class SpannedDocumentsTest {

    /** The table findings: these documents have no report text around the tables, so its part checks are left out. */
    private static List<String> what(List<Finding> findings) {
        return findings.stream().filter(f -> !f.rule().id().startsWith("document-")).map(f -> f.rule().id() + " | " + f.item() + " | " + f.reported() + " → " + f.expected())
                .sorted().toList();
    }

    @Test
    void readers_should_expand_spans_and_find_what_the_workbook_gives(@TempDir Path dir) throws Exception {
        ReportChecker checker = new ReportChecker(FormatDefinitions.standard());
        byte[] xlsx = SeedWorkbooks.seed002().toXlsx();
        List<String> expected = what(checker.checkFile(Files.write(dir.resolve("r.xlsx"), xlsx), "r.xlsx").findings());
        assertEquals(4 + 42, expected.size()); // two sums, two labels, 21 rows × 2 candidate cells
        assertEquals(expected, what(checker.checkFile(Files.write(dir.resolve("r.html"), SpannedDocuments.html(xlsx)), "r.html")
                .findings()), "HTML with rowspan/colspan, GB2312 declared");
        assertEquals(expected, what(checker.checkFile(Files.write(dir.resolve("r.docx"), SpannedDocuments.docx(xlsx, false)),
                "r.docx").findings()), "Word with gridSpan and vMerge");
        assertEquals(expected, what(checker.checkFile(Files.write(dir.resolve("w.docx"), SpannedDocuments.docx(xlsx, true)),
                "w.docx").findings()), "WPS with hMerge and vMerge");
    }
}

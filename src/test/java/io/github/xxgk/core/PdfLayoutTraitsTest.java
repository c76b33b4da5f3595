package io.github.xxgk.core;

import io.github.xxgk.fixtures.SeedDocuments;
import io.github.xxgk.fixtures.SeedPdfs;
import io.github.xxgk.fixtures.Seeds;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The five seeds printed as PDFs with the layout traits of published PDFs ({@link SeedPdfs}: wrapped headers,
 * three-line labels with their numbers on the middle line, the vertical group label between the rows, tables over
 * page breaks, borders as lines or as thin rectangles, portrait and landscape) give the findings of the Word document.
 */
class PdfLayoutTraitsTest {

    /**
     * As {@link PublishedPdfTest#what}, the text of an editing artefact without spaces: a narrow cell wraps
     * 「[bookmark: _GoBack]0」 at its space, and a wrapped line carries no space (the artefact is found all the same).
     */
    private static List<String> what(List<io.github.xxgk.check.Finding> findings) {
        return PublishedPdfTest.what(findings).stream()
                .map(w -> w.startsWith("document-editing-artefact") ? w.replace(" ", "") : w).toList();
    }

    @Test
    void check_should_find_in_the_printed_pdf_what_the_word_document_has(@TempDir Path dir) throws Exception {
        ReportChecker checker = new ReportChecker(FormatDefinitions.standard());
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Seeds.directory())) {
            seeds = s.sorted().toList();
        }
        int i = 0;
        for (Path seed : seeds) {
            String name = seed.getFileName().toString().substring(0, 3);
            byte[] text = Files.readAllBytes(seed);
            Path docx = Files.write(dir.resolve(name + ".docx"), SeedDocuments.docx(text));
            List<String> expected = what(checker.checkFile(docx, name + ".docx").findings());
            assertFalse(expected.isEmpty());
            Path pdf = Files.write(dir.resolve(name + ".pdf"), SeedPdfs.pdf(text, i % 2 == 1, i == 2 || i == 3));
            assertEquals(expected, what(checker.checkFile(pdf, name + ".pdf").findings()), name + ".pdf");
            i++;
        }
    }
}

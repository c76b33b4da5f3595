package io.github.xxgk.core;

import io.github.xxgk.check.Finding;
import io.github.xxgk.fixtures.PdfFixtures;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each seed report as LibreOffice exports it to PDF (src/test/resources/pdf/, made by {@link PdfFixtures} from the
 * seed Word documents and workbooks) gives the same findings as the document it was exported from, apart from where
 * they are (a page and a cell of a drawn table instead of a sheet cell).
 */
class PublishedPdfTest {

    static List<String> what(List<Finding> findings) {
        return findings.stream().map(f -> f.rule().id() + " | " + f.item() + " | " + f.reported() + " → " + f.expected())
                .sorted().toList();
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(PublishedPdfTest.class.getResource(PdfFixtures.RESOURCE + name).toURI());
    }

    @Test
    void check_should_find_in_each_exported_pdf_what_its_source_document_has(@TempDir Path dir) throws Exception {
        ReportChecker checker = new ReportChecker(FormatDefinitions.standard());
        List<PdfFixtures.Source> sources = PdfFixtures.sources();
        assertEquals(10, sources.size());
        StringBuilder differ = new StringBuilder();
        for (PdfFixtures.Source s : sources) {
            Path source = Files.write(dir.resolve(s.sourceName()), s.content());
            List<String> expected = what(checker.checkFile(source, s.sourceName()).findings());
            List<Finding> found = checker.checkFile(fixture(s.pdf()), s.pdf()).findings();
            if (!expected.equals(what(found))) {
                differ.append("\n").append(s.pdf()).append("\n  source: ").append(expected)
                        .append("\n  pdf:    ").append(what(found));
            }
            found.stream().filter(f -> f.location() != null && f.location().page() == 0 && f.location().line() == 0
                            && !f.location().sheet().equals("正文"))
                    .forEach(f -> differ.append("\n").append(s.pdf()).append(": no page at ").append(f.location().a1())
                            .append(" ").append(f.rule().id()));
        }
        assertEquals("", differ.toString());
    }
}

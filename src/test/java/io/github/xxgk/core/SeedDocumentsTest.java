package io.github.xxgk.core;

import io.github.xxgk.check.Finding;
import io.github.xxgk.fixtures.SeedDocuments;
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
 * Each seed as the Word document and the HTML page it was published as gives the same findings as its text
 * (apart from where: a table cell instead of a line).
 */
class SeedDocumentsTest {

    private static List<String> what(List<Finding> findings) {
        return findings.stream().map(f -> f.rule().id() + " | " + f.item() + " | " + f.reported() + " → " + f.expected())
                .sorted().toList();
    }

    @Test
    void check_should_find_the_same_in_text_word_and_html(@TempDir Path dir) throws Exception {
        ReportChecker checker = new ReportChecker(FormatDefinitions.standard());
        List<Path> seeds;
        try (Stream<Path> s = Files.list(SeedTextTest.SEEDS)) {
            seeds = s.sorted().toList();
        }
        assertEquals(5, seeds.size());
        int i = 0;
        for (Path seed : seeds) {
            String name = seed.getFileName().toString().substring(0, 3);
            byte[] text = Files.readAllBytes(seed);
            List<String> expected = what(checker.checkFile(seed, name + ".txt").findings());
            assertFalse(expected.isEmpty());
            Path docx = Files.write(dir.resolve(name + ".docx"), SeedDocuments.docx(text));
            assertEquals(expected, what(checker.checkFile(docx, name + ".docx").findings()), name + ".docx");
            Path html = Files.write(dir.resolve(name + ".html"), SeedDocuments.html(text, i % 2 == 1, i == 2));
            assertEquals(expected, what(checker.checkFile(html, name + ".html").findings()), name + ".html");
            i++;
        }
    }
}

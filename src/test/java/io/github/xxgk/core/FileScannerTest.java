package io.github.xxgk.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileScannerTest {

    private static List<String> scan(Path root, List<String> includes, List<String> excludes) {
        CheckRequest r = new CheckRequest(root, includes, excludes, "2021", 1);
        return FileScanner.scan(root, r.includes(), r.excludes()).stream().map(Path::toString).toList();
    }

    @Test
    void scan_should_match_extensions_in_any_case(@TempDir Path root) throws Exception {
        for (String name : List.of("财政局2024.XLSX", "b/教育局.Xlsx", "c/公安局.DOCX", "d/说明.PDF", "e/~$财政局.xlsx")) {
            Files.createDirectories(root.resolve(name).getParent());
            Files.writeString(root.resolve(name), "x");
        }
        assertEquals(List.of("b/教育局.Xlsx", "c/公安局.DOCX", "d/说明.PDF", "财政局2024.XLSX"), scan(root, null, null));
        assertEquals(List.of("b/教育局.Xlsx", "财政局2024.XLSX"), scan(root, List.of("**/*.xlsx"), null));
        assertEquals(List.of("财政局2024.XLSX"), scan(root, List.of(" **/*.xlsx "), List.of("B/**", "**/~$*")));
    }
}

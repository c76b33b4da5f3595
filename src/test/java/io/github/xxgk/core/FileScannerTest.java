package io.github.xxgk.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void double_star_folder_should_also_stand_for_no_folder(@TempDir Path root) throws Exception {
        for (String name : List.of("archive/2022.xlsx", "archive/old/2021.xlsx", "archive/old/x/y/2020.xlsx", "2023.xlsx",
                "a/b/c/2023.xlsx", "a/c/2023.xlsx")) {
            Files.createDirectories(root.resolve(name).getParent());
            Files.writeString(root.resolve(name), "x");
        }
        assertEquals(List.of("2023.xlsx", "a/b/c/2023.xlsx", "a/c/2023.xlsx"), scan(root, null, List.of("archive/**/*.xlsx")));
        assertEquals(List.of("2023.xlsx", "archive/2022.xlsx", "archive/old/2021.xlsx", "archive/old/x/y/2020.xlsx"),
                scan(root, null, List.of("**/a/**/c/*.xlsx")));
        assertEquals(List.of("a/b/c/2023.xlsx", "a/c/2023.xlsx"), scan(root, List.of("a/**/c/**/*.xlsx"), null));
    }

    @Test
    void zero_folder_forms_of_a_glob() {
        assertEquals(Set.of("*.xlsx"), forms("*.xlsx"));
        assertEquals(Set.of("**/*.xlsx", "*.xlsx"), forms("**/*.xlsx"));
        assertEquals(Set.of("archive/**/*.xlsx", "archive/*.xlsx"), forms("archive/**/*.xlsx"));
        assertEquals(Set.of("**/a/**/c", "**/a/c", "a/**/c", "a/c"), forms("**/a/**/c"));
        assertEquals(Set.of("archive/**"), forms("archive/**"));
        int count = forms("**/a/".repeat(20) + "b").size();
        assertTrue(count > 1 && count <= 256, count + " forms: bounded, not 2^20");
    }

    @Test
    void repeated_double_star_folders_should_be_one(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("archive"));
        Files.writeString(root.resolve("archive/2022.xlsx"), "x");
        Files.writeString(root.resolve("2023.xlsx"), "x");
        assertEquals(List.of("2023.xlsx"), scan(root, null, List.of("archive/**/**/**/*.xlsx")));
        assertEquals(List.of(), scan(root, null, List.of("**/**/*.xlsx")));
    }

    private static Set<String> forms(String glob) {
        return FileScanner.zeroFolders(glob).collect(Collectors.toSet());
    }
}

package io.github.xxgk.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files under the reports directory that match the includes and none of the excludes (Ant-style globs).
 * Patterns match regardless of case: agencies send 「财政局2024.XLSX」 as often as 「.xlsx」.
 */
final class FileScanner {

    private FileScanner() {
    }

    static List<Path> scan(Path root, List<String> includes, List<String> excludes) {
        FileSystem fs = root.getFileSystem();
        List<PathMatcher> in = includes.stream().flatMap(p -> matchers(fs, p)).toList();
        List<PathMatcher> out = excludes.stream().flatMap(p -> matchers(fs, p)).toList();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .filter(p -> matches(in, p) && !matches(out, p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        Path lower = relative.getFileSystem().getPath(relative.toString().toLowerCase(Locale.ROOT));
        return matchers.stream().anyMatch(m -> m.matches(lower));
    }

    /** 「**&#47;x」 also matches x at the top level, as in Ant and Maven; patterns are compared in lower case. */
    private static Stream<PathMatcher> matchers(FileSystem fs, String pattern) {
        String p = pattern.strip().replace('\\', '/').toLowerCase(Locale.ROOT);
        Stream<String> globs = p.startsWith("**/") ? Stream.of(p, p.substring(3)) : Stream.of(p);
        return globs.map(g -> fs.getPathMatcher("glob:" + g));
    }
}

package io.github.xxgk.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/** The files under the reports directory that match the includes and none of the excludes (Ant-style globs). */
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
                    .filter(p -> in.stream().anyMatch(m -> m.matches(p)) && out.stream().noneMatch(m -> m.matches(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** 「**&#47;x」 also matches x at the top level, as in Ant and Maven. */
    private static Stream<PathMatcher> matchers(FileSystem fs, String pattern) {
        String p = pattern.replace('\\', '/');
        Stream<String> globs = p.startsWith("**/") ? Stream.of(p, p.substring(3)) : Stream.of(p);
        return globs.map(g -> fs.getPathMatcher("glob:" + g));
    }
}

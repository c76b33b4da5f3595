package io.github.xxgk.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files under the reports directory that match the includes and none of the excludes (Ant-style globs).
 * Patterns match regardless of case: agencies send 「财政局2024.XLSX」 as often as 「.xlsx」.
 */
final class FileScanner {

    private static final Pattern REPEATED_ANY_FOLDERS = Pattern.compile("(?:\\*\\*/){2,}");
    /** Past this many 「**&#47;」 in one glob, the rest stand for one folder or more: 2^n forms would be compiled. */
    static final int MAX_ZERO_FOLDER_FORMS = 8;

    private FileScanner() {
    }

    /**
     * The reports directory may itself be a link; links inside it are followed. Every entry that matches is
     * listed, whatever it is (a pipe, a device, a link out of the directory, a link in a loop): the checker
     * refuses those with a finding ({@link PathCheck}) rather than the scan passing over them in silence.
     */
    static List<Path> scan(Path root, List<String> includes, List<String> excludes) {
        FileSystem fs = root.getFileSystem();
        List<PathMatcher> in = includes.stream().flatMap(p -> matchers(fs, p)).toList();
        List<PathMatcher> out = excludes.stream().flatMap(p -> matchers(fs, p)).toList();
        List<Path> found = new ArrayList<>();
        List<Path> outside = new ArrayList<>(); // linked folders out of the directory: listed unless excluded
        try {
            Path start = root.toRealPath();
            Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.toRealPath().startsWith(start)) {
                        outside.add(start.relativize(dir));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    found.add(start.relativize(file));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(start.relativize(file)); // a link in a loop, a broken link, an unreadable entry
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        // a folder linked out (never read) is refused unless an exclude leaves out all it holds: "archive/**"
        List<PathMatcher> whole = excludes.stream().map(p -> p.strip().replace('\\', '/')).filter(p -> p.endsWith("/**"))
                .flatMap(p -> matchers(fs, p.substring(0, p.length() - 3))).toList();
        return Stream.concat(found.stream().filter(p -> matches(in, p) && !matches(out, p)),
                outside.stream().filter(p -> !within(whole, p))).sorted().toList();
    }

    /** Whether the path or a folder it is in matches. */
    private static boolean within(List<PathMatcher> folders, Path relative) {
        for (Path p = relative; p != null; p = p.getParent()) {
            if (matches(folders, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        Path lower = relative.getFileSystem().getPath(relative.toString().toLowerCase(Locale.ROOT));
        return matchers.stream().anyMatch(m -> m.matches(lower));
    }

    /** Patterns are compared in lower case; 「**&#47;**&#47;」 is 「**&#47;」. */
    private static Stream<PathMatcher> matchers(FileSystem fs, String pattern) {
        String p = REPEATED_ANY_FOLDERS.matcher(pattern.strip().replace('\\', '/').toLowerCase(Locale.ROOT)).replaceAll("**/");
        return zeroFolders(p).distinct().map(g -> fs.getPathMatcher("glob:" + g));
    }


    /**
     * The glob and its forms with each 「**&#47;」 standing for no folder at all, as in Ant and Maven: 「**&#47;x」 also
     * matches x at the top level, 「archive/**&#47;*.xlsx」 also a workbook right in archive/.
     */
    static Stream<String> zeroFolders(String glob) {
        return zeroFolders(glob, MAX_ZERO_FOLDER_FORMS);
    }

    private static Stream<String> zeroFolders(String glob, int left) {
        int at = left == 0 ? -1 : glob.startsWith("**/") ? 0 : glob.indexOf("/**/");
        if (at < 0) {
            return Stream.of(glob);
        }
        int rest = at == 0 && glob.startsWith("**/") ? 3 : at + 4;
        String head = glob.substring(0, rest);
        String none = at == 0 && glob.startsWith("**/") ? "" : glob.substring(0, at + 1);
        return zeroFolders(glob.substring(rest), left - 1).flatMap(tail -> Stream.of(head + tail, none + tail));
    }
}

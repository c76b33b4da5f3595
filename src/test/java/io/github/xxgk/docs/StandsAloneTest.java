package io.github.xxgk.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user's clone has nothing beside it: no build file, test, script or doc of the project names a path outside
 * the repository, and every relative link in the docs leads to a file inside it.
 */
class StandsAloneTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final List<String> TREES = List.of("pom.xml", "README.md", ".ci", "src", "it", "docs", "examples");
    private static final Set<String> TEXT = Set.of("java", "xml", "md", "groovy", "properties", "json", "txt", "csv",
            "html", "xsd", "run", "sh");
    /** A parent-directory step at the start of a path or a string, or after the project's base directory. */
    private static final Pattern OUTSIDE = Pattern.compile("(^|[\\s\"'(=:`])\\.\\./|basedir\\}/\\.\\.");
    private static final Pattern MD_LINK = Pattern.compile("\\]\\(([^)\\s#]+)(#[^)]*)?\\)");

    private static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String tree : TREES) {
            Path start = ROOT.resolve(tree);
            if (!Files.exists(start)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(start)) {
                walk.filter(Files::isRegularFile).filter(StandsAloneTest::isText).forEach(files::add);
            }
        }
        return files;
    }

    private static boolean isText(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return TEXT.contains(dot < 0 ? name : name.substring(dot + 1));
    }

    private static String read(Path p) throws IOException {
        try {
            return Files.readString(p);
        } catch (MalformedInputException e) {
            return "";
        }
    }

    @Test
    void project_should_name_no_path_outside_the_repository() throws IOException {
        List<Path> files = files();
        assertTrue(files.size() > 50, "found only " + files.size() + " files under " + ROOT);
        List<String> outside = new ArrayList<>();
        for (Path p : files) {
            if (p.endsWith("StandsAloneTest.java")) {
                continue;
            }
            String[] lines = read(p).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (OUTSIDE.matcher(lines[i]).find() && escapes(p, lines[i])) {
                    outside.add(ROOT.relativize(p) + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        assertEquals(List.of(), outside);
    }

    /**
     * Relative paths on the line that leave the repository: a doc's from its folder; a build file's, test's or
     * script's from its folder or from the root (the working directory of builds and tests).
     */
    private static boolean escapes(Path file, String line) {
        Matcher m = Pattern.compile("(?:basedir\\}/)?((?:\\.\\./)+[^\\s\"'`)]*)").matcher(line);
        while (m.find()) {
            String rel = m.group(1);
            if (m.group().startsWith("basedir")) {
                return true;
            }
            boolean doc = file.toString().endsWith(".md");
            if (!file.getParent().resolve(rel).normalize().startsWith(ROOT)
                    || !doc && !ROOT.resolve(rel).normalize().startsWith(ROOT)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void docs_links_should_lead_to_files_in_the_repository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path p : files()) {
            if (!p.toString().endsWith(".md")) {
                continue;
            }
            Matcher m = MD_LINK.matcher(read(p));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // https:, mailto:
                }
                Path resolved = p.getParent().resolve(target).normalize();
                if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                    broken.add(ROOT.relativize(p) + " → " + target);
                }
            }
        }
        assertEquals(List.of(), broken);
    }
}

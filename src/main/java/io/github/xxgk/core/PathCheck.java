package io.github.xxgk.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a listed entry of the reports directory may be read: a regular file whose real path (links followed)
 * lies inside the directory. A link out of it, a pipe or a device, a link that leads nowhere or in a loop is
 * refused, never opened: a pipe would block the run, a link out would read (and copy into annotated/) a file
 * the publishing repository does not hold.
 */
final class PathCheck {

    private PathCheck() {
    }

    /** Why the entry is refused (words for the finding), or null when it may be read. */
    static String refusal(Path realRoot, Path entry) {
        Path real;
        try {
            real = entry.toRealPath();
        } catch (IOException e) {
            return "a link that leads nowhere or in a loop";
        }
        if (!real.startsWith(realRoot)) {
            return "a link to " + (Files.isDirectory(real) ? "a folder" : "a file") + " outside the reports directory";
        }
        if (!Files.isRegularFile(real)) {
            return Files.isDirectory(real) ? "a folder" : "not a regular file (a pipe, a socket or a device)";
        }
        return null;
    }
}

package io.github.xxgk.core;

import io.github.xxgk.sandbox.Detail;

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

    /** Why the entry is refused (the finding's detail), or null when it may be read. */
    static Detail refusal(Path realRoot, Path entry) {
        Path real;
        try {
            real = entry.toRealPath();
        } catch (IOException e) {
            return Detail.of("path.brokenLink", "a link that leads nowhere or in a loop");
        }
        if (!real.startsWith(realRoot)) {
            return Files.isDirectory(real)
                    ? Detail.of("path.folderOutside", "a link to a folder outside the reports directory")
                    : Detail.of("path.fileOutside", "a link to a file outside the reports directory");
        }
        if (!Files.isRegularFile(real)) {
            return Files.isDirectory(real) ? Detail.of("path.folder", "a folder")
                    : Detail.of("path.special", "not a regular file (a pipe, a socket or a device)");
        }
        return null;
    }
}

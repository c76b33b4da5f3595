package io.github.xxgk.read.poi;

import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Whether an old binary workbook or document (an OLE2 compound file) carries a VBA project: its directory has a
 * 「_VBA_PROJECT_CUR」 (Excel) or 「Macros」 (Word) storage. Only the directory is read, never a stream.
 */
public final class Ole2Macros {

    private Ole2Macros() {
    }

    /** True when the file has a VBA project; false also when it cannot be opened (the reader reports that). */
    public static boolean in(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return in(fs.getRoot());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** True when the directory of an open compound file has a VBA project. */
    public static boolean in(DirectoryEntry root) {
        return root.hasEntryCaseInsensitive("_VBA_PROJECT_CUR") || root.hasEntryCaseInsensitive("Macros");
    }
}

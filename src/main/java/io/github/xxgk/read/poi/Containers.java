package io.github.xxgk.read.poi;

import io.github.xxgk.read.Container;
import io.github.xxgk.read.SourceFile;
import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.read.UnreadableException.Reason;
import io.github.xxgk.sandbox.Detail;
import org.apache.poi.poifs.filesystem.FileMagic;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

/** Refuses a file that is no Office container, saying what it is instead, before any parser sees it. */
final class Containers {

    private Containers() {
    }

    /** OOXML (a zip package) or OLE2 (legacy binary, or an encrypted package); anything else is not an Office file. */
    static Container of(SourceFile file) throws UnreadableException {
        if (file.size() == 0) {
            throw new UnreadableException(Reason.EMPTY, Detail.of("empty", "empty file"));
        }
        if (file.container() != Container.OTHER) {
            return file.container();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file.path()))) {
            FileMagic magic = FileMagic.valueOf(in);
            throw new UnreadableException(Reason.NOT_A_WORKBOOK, magic == FileMagic.UNKNOWN
                    ? Detail.of("notOffice", "not an Office file (text or unknown)")
                    : Detail.of("notOffice.kind", magic.name() + ", not an Office file", "kind", magic.name()));
        } catch (IOException e) {
            throw new UnreadableException(Reason.CORRUPT, Detail.of("file.notReadFromDisk", "the file cannot be read from the disk"), e);
        }
    }
}

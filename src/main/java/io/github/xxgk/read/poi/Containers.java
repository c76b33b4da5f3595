package io.github.xxgk.read.poi;

import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.read.UnreadableException.Reason;
import org.apache.poi.poifs.filesystem.FileMagic;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/** What kind of container a file's bytes are, before any parser sees them. */
final class Containers {

    private Containers() {
    }

    /** OOXML (a zip package) or OLE2 (legacy binary, or an encrypted package); anything else is not an Office file. */
    static FileMagic of(byte[] content) throws UnreadableException {
        if (content.length == 0) {
            throw new UnreadableException(Reason.EMPTY, "empty file");
        }
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content))) {
            FileMagic magic = FileMagic.valueOf(in);
            if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
                throw new UnreadableException(Reason.NOT_A_WORKBOOK, magic == FileMagic.UNKNOWN
                        ? "not an Office file (text or unknown)" : magic.name() + ", not an Office file");
            }
            return magic;
        } catch (IOException e) {
            throw new UnreadableException(Reason.CORRUPT, e.getMessage(), e);
        }
    }
}

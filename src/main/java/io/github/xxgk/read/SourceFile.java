package io.github.xxgk.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file to read: where it is, its name for messages (relative to the reports directory), its size, and the
 * container its first bytes announce. Readers open the file themselves, so that they can stream it.
 */
public record SourceFile(Path path, String name, long size, Container container) {

    /** Looks at the file: its size and first bytes. */
    public static SourceFile of(Path path, String name) throws IOException {
        byte[] head = new byte[Container.headLength()];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return new SourceFile(path, name, Files.size(path), Container.sniff(head, n));
    }

    /** The extension in lower case without the dot ("xlsx"), or "" for a name without one. */
    public String extension() {
        String file = name.substring(name.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The whole file, for readers whose input is the text itself (.txt, .csv, .html): what they parse is what the
     * file holds, so its size is the limit here.
     */
    public byte[] text() throws IOException, UnreadableException {
        if (size > ReadLimits.current().textBytes()) {
            throw ReadLimits.tooLarge("a text of " + size + " bytes, over the "
                    + ReadLimits.mib(ReadLimits.current().textBytes()) + " a document is read to");
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] content = in.readNBytes((int) ReadLimits.current().textBytes() + 1);
            if (content.length > ReadLimits.current().textBytes()) { // grew since it was looked at
                throw ReadLimits.tooLarge("a text over the " + ReadLimits.mib(ReadLimits.current().textBytes()) + " a document is read to");
            }
            return content;
        }
    }
}

package io.github.xxgk.read;

import io.github.xxgk.sandbox.Detail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * A file to read: where it is, its name for messages (relative to the reports directory), its size, and the
 * container its first bytes announce. Readers open the file themselves, so that they can stream it; a workbook
 * package may be held ({@link #of(Path, String, boolean)}): then its bytes were read once, and every reader of it
 * reads those bytes, never the file again.
 */
public final class SourceFile {

    private final Path path;
    private final String name;
    private final long size;
    private final Container container;
    private final MemoryZip held;
    private final byte[] bytes;
    private Set<ActiveContent.Kind> activeContent;

    public SourceFile(Path path, String name, long size, Container container) {
        this(path, name, size, container, null, null);
    }

    private SourceFile(Path path, String name, long size, Container container, byte[] bytes, MemoryZip held) {
        this.path = path;
        this.name = name;
        this.size = size;
        this.container = container;
        this.bytes = bytes;
        this.held = held;
    }

    /** Looks at the file: its size and first bytes. */
    public static SourceFile of(Path path, String name) throws IOException {
        return of(path, name, false);
    }

    /**
     * Looks at the file, and with {@code hold} reads a zip package of at most {@link ReadLimits#heldBytes} whole,
     * once: its readers then read those bytes ({@link #bytes()}), not the file. A package too large to hold, or one
     * that is not plain enough to be read from memory exactly as {@link java.util.zip.ZipFile} reads it (see
     * {@link MemoryZip}), is read from the file as it is needed, as any other file.
     */
    public static SourceFile of(Path path, String name, boolean hold) throws IOException {
        long size = Files.size(path);
        try (InputStream in = new DeadlineInputStream(Files.newInputStream(path))) {
            byte[] head = in.readNBytes(Container.headLength());
            Container container = Container.sniff(head, head.length);
            long limit = ReadLimits.current().heldBytes();
            if (hold && container == Container.ZIP && size <= limit) {
                byte[] rest = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1 - head.length));
                byte[] all = new byte[head.length + rest.length];
                System.arraycopy(head, 0, all, 0, head.length);
                System.arraycopy(rest, 0, all, head.length, rest.length);
                MemoryZip zip = all.length <= limit ? MemoryZip.of(all) : null; // not grown past the limit since
                if (zip != null) {
                    return new SourceFile(path, name, all.length, container, all, zip);
                }
            }
            return new SourceFile(path, name, size, container, null, null);
        }
    }

    public Path path() {
        return path;
    }

    public String name() {
        return name;
    }

    public long size() {
        return size;
    }

    public Container container() {
        return container;
    }

    /**
     * The file's bytes, as they were read once when the file is held; null when it is read from its file. What is
     * checked, and the annotated copy, are made of these bytes. Not to be changed.
     */
    public byte[] bytes() {
        return bytes;
    }

    /** The held package, for {@link ZipParts}; null when the file is not held. */
    MemoryZip held() {
        return held;
    }

    /**
     * What a reader saw of the file's active content while it read the file (its package's directory, the formulas
     * of its sheets), so that it is not looked for a second time; null while no reader said.
     */
    public Set<ActiveContent.Kind> activeContent() {
        return activeContent;
    }

    /** A reader says what active content it saw in reading the whole file (every part {@link ActiveContent} looks at). */
    public void activeContent(Set<ActiveContent.Kind> seen) {
        this.activeContent = Set.copyOf(seen);
    }

    /** The extension in lower case without the dot ("xlsx"), or "" for a name without one. */
    public String extension() {
        return extension(name);
    }

    /** The extension of a file name in lower case without the dot ("xlsx"), or "". */
    public static String extension(String name) {
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
            throw ReadLimits.tooLarge(Detail.of("text.bytes", "a text of " + size + " bytes, over the "
                    + ReadLimits.mib(ReadLimits.current().textBytes()) + " a document is read to",
                    "bytes", size, "limit", ReadLimits.mib(ReadLimits.current().textBytes())));
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, ReadLimits.current().textBytes() + 1));
            if (content.length > ReadLimits.current().textBytes()) { // grew since it was looked at
                throw ReadLimits.tooLarge(Detail.of("text.grown", "a text over the " + ReadLimits.mib(ReadLimits.current().textBytes())
                        + " a document is read to", "limit", ReadLimits.mib(ReadLimits.current().textBytes())));
            }
            return content;
        }
    }

    @Override
    public String toString() {
        return "SourceFile[" + name + ", " + size + " bytes, " + container + (bytes != null ? ", held" : "") + "]";
    }
}

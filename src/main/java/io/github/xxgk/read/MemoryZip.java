package io.github.xxgk.read;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;

/**
 * A zip package held in memory, read as {@link java.util.zip.ZipFile} reads the same bytes: the entries of its
 * central directory in order, each inflated from its local data. Only a plain package is taken — its directory at
 * the very end (a comment at most), no zip64, no prefix before the first entry, no encrypted entry, only stored and
 * deflated entries, names and comments in UTF-8, every name once, every entry's local header where the directory
 * says and its data within the file; {@link #of} gives null for any other, which is then read from its file by
 * {@code ZipFile} itself, with its own checks and messages. So what is read from memory is what ZipFile would have
 * read, and everything ZipFile refuses is refused by ZipFile.
 */
final class MemoryZip {

    private static final int END = 0x06054b50;
    private static final int END_LENGTH = 22;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_LOCATOR_LENGTH = 20;
    private static final int CENTRAL = 0x02014b50;
    private static final int CENTRAL_LENGTH = 46;
    private static final int LOCAL = 0x04034b50;
    private static final int LOCAL_LENGTH = 30;
    private static final int ZIP64_EXTRA = 0x0001;

    /** An entry of the directory, with where its data starts. */
    static final class Entry extends ZipEntry {
        private final int data;

        private Entry(String name, int method, long size, long compressed, int data) {
            super(name);
            setMethod(method);
            setSize(size);
            setCompressedSize(compressed);
            this.data = data;
        }
    }

    private final byte[] bytes;
    private final List<ZipEntry> entries;

    private MemoryZip(byte[] bytes, List<ZipEntry> entries) {
        this.bytes = bytes;
        this.entries = entries;
    }

    /** The package these bytes hold, or null when it is not a plain one (or no zip at all). */
    static MemoryZip of(byte[] bytes) {
        try {
            return parse(bytes);
        } catch (RuntimeException | CharacterCodingException e) {
            return null;
        }
    }

    private static MemoryZip parse(byte[] b) throws CharacterCodingException {
        int end = end(b);
        if (end <= 0 || (end >= ZIP64_LOCATOR_LENGTH && u32(b, end - ZIP64_LOCATOR_LENGTH) == ZIP64_LOCATOR)) {
            return null;
        }
        int total = u16(b, end + 10);
        long length = u32(b, end + 12);
        long offset = u32(b, end + 16);
        if (length > end || end - length != offset) { // a directory elsewhere, or a prefix before the first entry
            return null;
        }
        List<ZipEntry> entries = new ArrayList<>(total);
        Set<String> names = new HashSet<>();
        int pos = (int) offset;
        while (pos + CENTRAL_LENGTH <= end) {
            if (u32(b, pos) != CENTRAL) {
                return null;
            }
            int flags = u16(b, pos + 8);
            int method = u16(b, pos + 10);
            long compressed = u32(b, pos + 20);
            long size = u32(b, pos + 24);
            int nameLength = u16(b, pos + 28);
            int extraLength = u16(b, pos + 30);
            int commentLength = u16(b, pos + 32);
            long local = u32(b, pos + 42);
            int name = pos + CENTRAL_LENGTH;
            int next = name + nameLength + extraLength + commentLength;
            if ((flags & 1) != 0 || (method != ZipEntry.STORED && method != ZipEntry.DEFLATED) || next > end
                    || (method == ZipEntry.STORED && size != compressed) || !plainExtra(b, name + nameLength, extraLength)) {
                return null;
            }
            String entryName = utf8(b, name, nameLength);
            utf8(b, name + nameLength + extraLength, commentLength);
            if (!names.add(entryName)) {
                return null; // ZipFile lists both but opens the last of the name for either
            }
            int data = data(b, local, compressed, offset);
            if (data < 0) {
                return null;
            }
            entries.add(new Entry(entryName, method, size, compressed, data));
            pos = next;
        }
        return pos == end && entries.size() == total ? new MemoryZip(b, Collections.unmodifiableList(entries)) : null;
    }

    /** Where the end record is: the last signature, with the comment it declares reaching the end of the bytes; -1 if none. */
    private static int end(byte[] b) {
        for (int i = b.length - END_LENGTH; i >= 0 && i >= b.length - END_LENGTH - 0xFFFF; i--) {
            if (u32(b, i) == END) {
                return i + END_LENGTH + u16(b, i + 20) == b.length ? i : -1;
            }
        }
        return -1;
    }

    /** Extra fields that each fit in the extra data, none of them zip64's. */
    private static boolean plainExtra(byte[] b, int from, int length) {
        int to = from + length;
        for (int i = from; i + 4 <= to; ) {
            int tag = u16(b, i);
            int block = u16(b, i + 2);
            if (tag == ZIP64_EXTRA || i + 4 + block > to) {
                return false;
            }
            i += 4 + block;
        }
        return true;
    }

    /** Where an entry's data starts, past its local header; -1 if the header or the data is not where it must be. */
    private static int data(byte[] b, long local, long compressed, long directory) {
        if (local + LOCAL_LENGTH > directory || u32(b, (int) local) != LOCAL) {
            return -1;
        }
        long data = local + LOCAL_LENGTH + u16(b, (int) local + 26) + u16(b, (int) local + 28);
        return data + compressed <= directory ? (int) data : -1;
    }

    private static String utf8(byte[] b, int from, int length) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, length)).toString();
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16);
    }

    /** The entries in the directory's order. */
    List<ZipEntry> entries() {
        return entries;
    }

    int size() {
        return entries.size();
    }

    /** The entry's content: its stored bytes, or its data inflated as ZipFile inflates it. */
    InputStream open(ZipEntry entry) {
        Entry e = (Entry) entry;
        if (e.getMethod() == ZipEntry.STORED) {
            return new ByteArrayInputStream(bytes, e.data, (int) e.getCompressedSize());
        }
        return new Inflating(bytes, e.data, (int) e.getCompressedSize());
    }

    /**
     * Inflates a slice of the bytes without copying it. As ZipFile's own stream does, once the data is used up it
     * gives the inflater one more (zero) byte, and then fails with an EOFException.
     */
    private static final class Inflating extends InputStream {
        private final Inflater inflater = new Inflater(true);
        private boolean padded;
        private boolean closed;

        Inflating(byte[] bytes, int from, int length) {
            inflater.setInput(bytes, from, length);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("Stream closed");
            }
            if (len == 0) {
                return 0;
            }
            try {
                while (true) {
                    int n = inflater.inflate(b, off, len);
                    if (n > 0) {
                        return n;
                    }
                    if (inflater.finished() || inflater.needsDictionary()) {
                        return -1;
                    }
                    if (inflater.needsInput()) {
                        if (padded) {
                            throw new EOFException("Unexpected end of ZLIB input stream");
                        }
                        inflater.setInput(new byte[1]);
                        padded = true;
                    }
                }
            } catch (DataFormatException e) {
                throw new ZipException(e.getMessage() != null ? e.getMessage() : "Invalid ZLIB data format");
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                inflater.end();
            }
        }
    }
}

package io.github.xxgk.read;

import io.github.xxgk.read.UnreadableException.Reason;
import io.github.xxgk.sandbox.Deadline;
import io.github.xxgk.sandbox.Detail;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The parts of a zip package, found by name regardless of case (OPC part names are case-insensitive) and opened
 * within {@link ReadLimits}: the size an entry declares, the bytes it really inflates to, its inflation ratio and
 * the package's total are all bounded. A stream that crosses a limit fails, and {@link #overLimit()} says which.
 */
public final class ZipParts implements Closeable {

    /** Entries a package may have: a report workbook has about ten, one with many pictures hundreds. */
    static final int MAX_ENTRIES = 10_000;

    private final ZipFile zip;
    private final MemoryZip held;
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private long inflated;
    private Detail overLimit;

    private ZipParts(ZipFile zip, MemoryZip held) {
        this.zip = zip;
        this.held = held;
    }

    /** The file's package: from the bytes it holds ({@link SourceFile#bytes()}), else from the file. */
    public static ZipParts open(SourceFile file) throws UnreadableException {
        if (file.held() != null) {
            return listed(new ZipParts(null, file.held()), file.held().size(), file.held().entries().iterator());
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.path().toFile());
        } catch (ZipException e) {
            throw new UnreadableException(Reason.CORRUPT, Detail.of("zip.damaged", "a damaged zip package: a download or copy that did not finish"), e);
        } catch (IOException e) {
            throw new UnreadableException(Reason.CORRUPT, Detail.of("file.notOpened", "the file cannot be opened"), e);
        }
        ZipParts parts = new ZipParts(zip, null);
        try {
            return listed(parts, zip.size(), zip.entries().asIterator());
        } catch (UnreadableException | RuntimeException e) {
            parts.close();
            throw e;
        }
    }

    private static ZipParts listed(ZipParts parts, int size, Iterator<? extends ZipEntry> all) throws UnreadableException {
        if (size > MAX_ENTRIES) {
            throw ReadLimits.tooLarge(Detail.of("zip.entries", size + " zip entries, over the " + MAX_ENTRIES
                    + " a package is read with", "count", size, "limit", MAX_ENTRIES));
        }
        while (all.hasNext()) {
            ZipEntry e = all.next();
            parts.entries.putIfAbsent(key(e.getName()), e);
        }
        return parts;
    }

    private static String key(String partName) {
        String n = partName.startsWith("/") ? partName.substring(1) : partName;
        return n.toLowerCase(Locale.ROOT);
    }

    /** Every entry of the package. */
    public java.util.Collection<ZipEntry> entries() {
        return java.util.Collections.unmodifiableCollection(entries.values());
    }

    /**
     * Refuses a package whose content types or package relationships declare a DTD (as no Office package does)
     * before POI parses them: POI logs its XML parser's stack trace at ERROR on the way to failing.
     */
    public void rejectDoctype() throws UnreadableException {
        for (String part : new String[] {"[Content_Types].xml", "_rels/.rels"}) {
            Optional<ZipEntry> e = find(part);
            if (e.isEmpty()) {
                continue;
            }
            try (InputStream in = open(e.get())) {
                byte[] head = in.readNBytes(64 << 10);
                String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
                if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
                    throw new UnreadableException(Reason.CORRUPT, Detail.of("part.dtd", part + " declares a DTD, which no Office package has", "part", part));
                }
            } catch (IOException ex) {
                throw new UnreadableException(Reason.CORRUPT, Detail.of("zip.partUnreadable", "a damaged zip package: " + part + " cannot be read", "part", part), ex);
            }
        }
    }

    /** The entry of a part ("xl/workbook.xml", with or without the leading slash), if the package has it. */
    public Optional<ZipEntry> find(String partName) {
        return Optional.ofNullable(entries.get(key(partName)));
    }

    /** Opens a part to be streamed; the stream fails as soon as it crosses a limit. */
    public InputStream open(ZipEntry entry) throws IOException, UnreadableException {
        checkDeclared(entry, ReadLimits.current().partBytes());
        return new Limited(held != null ? held.open(entry) : zip.getInputStream(entry), entry);
    }

    /**
     * Checks what the central directory declares for the parts a tree parser will read whole (POI's .docx and
     * .xlsx readers): each within {@code perPart}, their ratio and their total within the package limits.
     * POI itself counts what they really inflate to.
     */
    public void checkDeclared(Predicate<String> parsed, long perPart) throws UnreadableException {
        long total = 0;
        for (ZipEntry e : entries.values()) {
            if (parsed.test(e.getName())) {
                checkDeclared(e, perPart);
                total += Math.max(0, e.getSize());
            }
        }
        if (total > ReadLimits.current().packageBytes()) {
            throw ReadLimits.tooLarge(Detail.of("zip.package", "the parts inflate to " + total + " bytes, over the "
                    + ReadLimits.mib(ReadLimits.current().packageBytes()) + " a package is read to",
                    "bytes", total, "limit", ReadLimits.mib(ReadLimits.current().packageBytes())));
        }
    }

    private static void checkDeclared(ZipEntry e, long perPart) throws UnreadableException {
        long size = e.getSize();
        if (size > perPart) {
            throw ReadLimits.tooLarge(Detail.of("zip.part", e.getName() + " inflates to " + size + " bytes, over the "
                    + ReadLimits.mib(perPart) + " a part is read to", "part", e.getName(), "bytes", size,
                    "limit", ReadLimits.mib(perPart)));
        }
        if (size > ReadLimits.RATIO_FROM_BYTES && size > Math.max(1, e.getCompressedSize()) * ReadLimits.current().inflateRatio()) {
            throw ReadLimits.tooLarge(ratio(e.getName(), size, e.getCompressedSize()));
        }
    }

    private static Detail ratio(String name, long inflated, long compressed) {
        long times = inflated / Math.max(1, compressed);
        int limit = ReadLimits.current().inflateRatio();
        return Detail.of("zip.ratio", name + " inflates " + compressed + " bytes " + times + " times, over the " + limit
                + " times a zip bomb shows", "part", name, "bytes", compressed, "times", times, "limit", limit);
    }

    /** The limit a stream crossed, for the finding; null while none was. */
    public Detail overLimit() {
        return overLimit;
    }

    @Override
    public void close() {
        if (zip == null) {
            return;
        }
        try {
            zip.close();
        } catch (IOException e) {
            // only read from: nothing to lose
        }
    }

    /** Counts what an entry inflates to and stops it at the limits. */
    private final class Limited extends FilterInputStream {
        private final ZipEntry entry;
        private long count;

        Limited(InputStream in, ZipEntry entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        /** Skipped bytes are inflated all the same: read and counted, never skipped uncounted by the stream below. */
        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(8192, Math.max(0, n))];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        private void counted(int n) throws IOException {
            Deadline.check();
            count += n;
            inflated += n;
            Detail over = null;
            if (count > ReadLimits.current().partBytes()) {
                String limit = ReadLimits.mib(ReadLimits.current().partBytes());
                over = Detail.of("zip.partRead", entry.getName() + " inflates to over " + limit
                        + ", the most a part is read to", "part", entry.getName(), "limit", limit);
            } else if (count > ReadLimits.RATIO_FROM_BYTES
                    && count > Math.max(1, entry.getCompressedSize()) * ReadLimits.current().inflateRatio()) {
                over = ratio(entry.getName(), count, entry.getCompressedSize());
            } else if (inflated > ReadLimits.current().packageBytes()) {
                String limit = ReadLimits.mib(ReadLimits.current().packageBytes());
                over = Detail.of("zip.packageRead", "the parts read inflate to over " + limit
                        + ", the most a package is read to", "limit", limit);
            }
            if (over != null) {
                overLimit = over;
                throw new IOException(over.english());
            }
        }
    }
}

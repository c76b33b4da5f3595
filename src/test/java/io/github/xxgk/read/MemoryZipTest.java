package io.github.xxgk.read;

import io.github.xxgk.fixtures.RawXlsx;
import io.github.xxgk.fixtures.SeedWorkbooks;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A package held in memory reads as java.util.zip.ZipFile reads the same file: the same entries in the same order,
 * the same content, the same failure; a package it would not read exactly so is left to ZipFile.
 */
class MemoryZipTest {

    @TempDir
    static Path dir;

    /** Every zip package the project has: seeds, fixtures, the saved fuzz inputs, the ITs' and the examples' files. */
    private static Map<String, byte[]> packages() throws IOException {
        Map<String, byte[]> all = new LinkedHashMap<>();
        SeedWorkbooks.all().forEach((name, wb) -> all.put("seed-" + name + ".xlsx", wb.toXlsx()));
        for (String root : List.of("src/test/resources", "it", "examples")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    byte[] b = Files.readAllBytes(p);
                    if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
                        all.put(p.toString().replace('/', '_'), b);
                    }
                }
            }
        }
        all.put("stored-and-commented.zip", storedWithComment());
        return all;
    }

    private static byte[] storedWithComment() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] content = "stored as it is".getBytes(StandardCharsets.UTF_8);
            ZipEntry e = new ZipEntry("表/stored.txt");
            e.setMethod(ZipEntry.STORED);
            e.setSize(content.length);
            CRC32 crc = new CRC32();
            crc.update(content);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(content);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("deflated.xml"));
            zip.write("<a>deflated</a>".repeat(100).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.setComment("a comment");
        }
        return out.toByteArray();
    }

    @TestFactory
    Stream<DynamicTest> held_package_should_read_as_zip_file_reads_it() throws IOException {
        Map<String, byte[]> packages = packages();
        assertTrue(packages.size() >= 30, "packages: " + packages.size());
        return packages.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            MemoryZip held = MemoryZip.of(e.getValue());
            List<String> expected;
            try {
                expected = zipFile(e.getKey(), e.getValue());
            } catch (IOException refused) { // a damaged package (a truncated download): ZipFile says why
                assertNull(held, e.getKey());
                return;
            }
            assertNotNull(held, e.getKey() + ": every package of the project that ZipFile opens is plain");
            assertEquals(expected, describe(held));
        }));
    }

    /** Entries and content as ZipFile reads the file. */
    private static List<String> zipFile(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        List<String> lines = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    lines.add(line(e, in));
                }
            }
        }
        return lines;
    }

    private static List<String> describe(MemoryZip held) throws IOException {
        List<String> lines = new ArrayList<>();
        for (ZipEntry e : held.entries()) {
            try (InputStream in = held.open(e)) {
                lines.add(line(e, in));
            }
        }
        return lines;
    }

    private static String line(ZipEntry e, InputStream in) {
        String content;
        try {
            content = Arrays.hashCode(in.readAllBytes()) + "";
        } catch (IOException ex) {
            content = ex.getClass().getSimpleName() + ": " + ex.getMessage();
        }
        return e.getName() + " " + e.getMethod() + " " + e.getSize() + " " + e.getCompressedSize() + " " + content;
    }

    @Test
    void damaged_data_should_fail_as_zip_file_fails() throws IOException {
        byte[] good = storedWithComment();
        MemoryZip plain = MemoryZip.of(good);
        ZipEntry deflated = plain.entries().get(1);
        int data = indexOf(good, "deflated.xml".getBytes(StandardCharsets.UTF_8)) + "deflated.xml".length();
        byte[] flipped = good.clone();
        for (int i = data; i < data + 8; i++) {
            flipped[i] ^= 0x55; // the first deflate block's header: not deflate data any more
        }
        assertEquals(zipFile("flipped.zip", flipped), describe(MemoryZip.of(flipped)));
        assertTrue(describe(MemoryZip.of(flipped)).get(1).contains("ZipException"), describe(MemoryZip.of(flipped)).get(1));
        // the directory says the deflate data is half as long as it is: as ZipFile, an EOFException
        byte[] cut = good.clone();
        int central = indexOf(cut, new byte[] {'P', 'K', 1, 2});
        central += indexOf(Arrays.copyOfRange(cut, central + 4, cut.length), new byte[] {'P', 'K', 1, 2}) + 4;
        long half = deflated.getCompressedSize() / 2;
        cut[central + 20] = (byte) half;
        cut[central + 21] = (byte) (half >> 8);
        cut[central + 22] = 0;
        cut[central + 23] = 0;
        assertEquals(zipFile("cut.zip", cut), describe(MemoryZip.of(cut)));
        assertTrue(describe(MemoryZip.of(cut)).get(1).contains("EOFException"), describe(MemoryZip.of(cut)).get(1));
    }

    @Test
    void package_memory_would_not_read_exactly_as_zip_file_should_be_left_to_it() throws IOException {
        byte[] good = new RawXlsx().sheet("表三", "<sheetData/>").toBytes();
        assertNotNull(MemoryZip.of(good));
        byte[] stub = concat("#!/bin/sh\n".getBytes(StandardCharsets.US_ASCII), good); // ZipFile reads past a prefix
        byte[] padded = concat(good, new byte[] {0, 0, 0});
        byte[] encrypted = good.clone();
        encrypted[indexOf(encrypted, new byte[] {'P', 'K', 1, 2}) + 8] |= 1;
        byte[] truncated = Arrays.copyOf(good, good.length - 30);
        for (byte[] b : List.of(stub, padded, encrypted, truncated, duplicateNames(), new byte[0],
                "PK\u0005\u0006".getBytes(StandardCharsets.ISO_8859_1), "not a zip at all".getBytes(StandardCharsets.UTF_8))) {
            assertNull(MemoryZip.of(b), new String(b, 0, Math.min(16, b.length), StandardCharsets.ISO_8859_1));
        }
    }

    /** Two entries of one name: ZipFile lists both and opens the last for either. */
    private static byte[] duplicateNames() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : List.of("a.xml", "b.xml")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(name.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        byte[] b = out.toByteArray();
        for (int i = indexOf(b, "b.xml".getBytes(StandardCharsets.UTF_8)); i >= 0; i = indexOf(b, "b.xml".getBytes(StandardCharsets.UTF_8))) {
            b[i] = 'a';
        }
        return b;
    }

    @Test
    void source_should_hold_a_plain_workbook_within_the_limit_and_read_any_other_from_its_file() throws IOException {
        byte[] seed = SeedWorkbooks.seed002().toXlsx();
        Path file = dir.resolve("held.xlsx");
        Files.write(file, seed);
        SourceFile held = SourceFile.of(file, "held.xlsx", true);
        assertArrayEquals(seed, held.bytes());
        assertEquals(seed.length, held.size());
        assertNull(SourceFile.of(file, "held.xlsx").bytes(), "held only when asked");
        ReadLimits.use(ReadLimits.parse("heldBytes=1k"));
        try {
            assertNull(SourceFile.of(file, "held.xlsx", true).bytes(), "over the limit: read from the file");
        } finally {
            ReadLimits.use(null);
        }
        Path stub = dir.resolve("stub.xlsx");
        Files.write(stub, concat("PK\u0003\u0004 a stub\n".getBytes(StandardCharsets.ISO_8859_1), seed));
        SourceFile fromFile = SourceFile.of(stub, "stub.xlsx", true);
        assertEquals(Container.ZIP, fromFile.container());
        assertNull(fromFile.bytes());
        // read from the file, what ZipFile makes of it
        try (ZipParts parts = ZipParts.open(fromFile); ZipParts same = ZipParts.open(held)) {
            assertEquals(same.entries().stream().map(ZipEntry::getName).sorted().toList(),
                    parts.entries().stream().map(ZipEntry::getName).sorted().toList());
        } catch (UnreadableException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static int indexOf(byte[] a, byte[] b) {
        outer:
        for (int i = 0; i <= a.length - b.length; i++) {
            for (int j = 0; j < b.length; j++) {
                if (a[i + j] != b[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

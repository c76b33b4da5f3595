package io.github.xxgk.read;

import io.github.xxgk.fixtures.RawXlsx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a part's stream inflates is counted against the limits however it is read. */
class ZipPartsTest {

    @Test
    void skipping_should_count_what_is_inflated_as_reading_does(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bomb.xlsx");
        // 20 MiB of zeros, about 1,000 times its deflated size, that the directory says inflate to 100 bytes
        Files.write(file, declaredSize(RawXlsx.zip(Map.of("xl/zeros.xml", new byte[20 << 20])), 100));
        for (boolean held : new boolean[] {true, false}) {
            try (ZipParts parts = ZipParts.open(SourceFile.of(file, "bomb.xlsx", held))) {
                ZipEntry zeros = parts.entries().stream().filter(e -> e.getName().equals("xl/zeros.xml")).findFirst()
                        .orElseThrow();
                try (InputStream in = parts.open(zeros)) {
                    assertThrows(IOException.class, () -> in.skip(Long.MAX_VALUE), held ? "held" : "from the file");
                }
                assertNotNull(parts.overLimit());
                assertEquals("zip.ratio", parts.overLimit().key());
            }
        }
    }

    /** The package with the uncompressed size its (one-entry) central directory declares set to {@code size}. */
    private static byte[] declaredSize(byte[] zip, int size) {
        for (int i = zip.length - 22; i >= 0; i--) {
            if (u32(zip, i) == 0x02014b50) {
                for (int k = 0; k < 4; k++) {
                    zip[i + 24 + k] = (byte) (size >>> (8 * k));
                }
                return zip;
            }
        }
        throw new IllegalStateException("no central directory");
    }

    private static long u32(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (long) (b[i + 3] & 0xFF) << 24;
    }
}

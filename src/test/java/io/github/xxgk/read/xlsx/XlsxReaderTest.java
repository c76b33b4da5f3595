package io.github.xxgk.read.xlsx;

import io.github.xxgk.fixtures.RawXlsx;
import io.github.xxgk.fixtures.SourceFiles;
import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.read.UnreadableException.Reason;
import io.github.xxgk.table.Grid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class XlsxReaderTest {

    private static Grid read(byte[] xlsx) throws UnreadableException {
        return SourceFiles.read(new XlsxReader(), "t.xlsx", xlsx);
    }

    private static UnreadableException refused(byte[] xlsx) {
        return assertThrows(UnreadableException.class, () -> read(xlsx));
    }

    @Test
    void reader_should_refuse_a_part_with_a_dtd_and_never_resolve_its_entities(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "机密");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t>"
                + "</is></c></row></sheetData></worksheet>";
        UnreadableException e = refused(new RawXlsx().sheet("表三", "").part("xl/worksheets/sheet1.xml", xxe).toBytes());
        assertEquals(Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().contains("DTD"), e.getMessage());
        assertFalse(e.getMessage().contains("机密"));
    }

    @Test
    void reader_should_refuse_entity_expansion_in_any_part() throws Exception {
        StringBuilder lol = new StringBuilder("<!DOCTYPE sst [<!ENTITY a \"lol\">");
        for (char c = 'b'; c <= 'j'; c++) {
            lol.append("<!ENTITY ").append(c).append(" \"").append(String.valueOf((char) (c - 1)).repeat(10)).append("\">");
        }
        String bomb = lol.append("]><sst xmlns=\"").append(RawXlsx.MAIN).append("\"><si><t>&j;</t></si></sst>").toString();
        byte[] xlsx = new RawXlsx().sheet("表三", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>")
                .sharedStrings("").part("xl/sharedStrings.xml", bomb).toBytes();
        UnreadableException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> refused(xlsx));
        assertEquals(Reason.CORRUPT, e.reason());
    }

    @Test
    void reader_should_stop_a_part_that_inflates_past_what_its_directory_entry_declares() throws Exception {
        String spaces = " ".repeat(64 << 20);
        byte[] honest = new RawXlsx().sheet("表三", "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>" + spaces)
                .toBytes();
        UnreadableException declared = refused(honest);
        assertEquals(Reason.TOO_LARGE, declared.reason());
        UnreadableException counted = refused(declareSize(honest, "xl/worksheets/sheet1.xml", 1000));
        assertEquals(Reason.TOO_LARGE, counted.reason());
        assertTrue(counted.getMessage().contains("xl/worksheets/sheet1.xml inflates"), counted.getMessage());
    }

    /** The zip with the central directory's uncompressed size of one entry replaced: a lie the reader must not trust. */
    private static byte[] declareSize(byte[] zip, String entry, int size) {
        ByteBuffer b = ByteBuffer.wrap(zip.clone()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (b.getInt(i) == 0x02014b50) {
                int nameLength = b.getShort(i + 28) & 0xffff;
                if (new String(zip, i + 46, nameLength, StandardCharsets.UTF_8).equals(entry)) {
                    b.putInt(i + 24, size);
                    return b.array();
                }
            }
        }
        throw new IllegalArgumentException("no entry " + entry);
    }

    @Test
    void reader_should_read_a_strict_package_as_a_transitional_one() throws Exception {
        String sheet = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>14</v></c></row></sheetData>";
        byte[] transitional = new RawXlsx().sheet("表三", sheet).sharedStrings("<si><t>一、本年新收</t></si>").toBytes();
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(transitional))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main")
                        .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                                "http://purl.oclc.org/ooxml/officeDocument/relationships");
                parts.put(e.getName(), xml.getBytes(StandardCharsets.UTF_8));
            }
        }
        Grid grid = read(RawXlsx.zip(parts));
        assertEquals(List.of("一、本年新收", "14"), List.of(grid.sheets().get(0).cell(0, 0).text(),
                grid.sheets().get(0).cell(0, 1).value().display()));
    }

    @Test
    void reader_should_read_parts_in_utf16_and_in_the_encoding_their_declaration_names() throws Exception {
        String sheet = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>14</v></c></row></sheetData>";
        String strings = "<?xml version=\"1.0\" encoding=\"%s\"?><sst xmlns=\"" + RawXlsx.MAIN + "\"><si><t>%s</t></si></sst>";
        byte[] utf16 = ("\uFEFF" + String.format(strings, "UTF-16", "一、本年新收")).getBytes(StandardCharsets.UTF_16LE);
        byte[] latin1 = String.format(strings, "ISO-8859-1", "caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        for (Object[] c : new Object[][] {{utf16, "一、本年新收"}, {latin1, "caf\u00e9"}}) {
            Map<String, byte[]> parts = parts(new RawXlsx().sheet("表三", sheet).sharedStrings("<si><t>x</t></si>").toBytes());
            parts.put("xl/sharedStrings.xml", (byte[]) c[0]);
            assertEquals(c[1], read(RawXlsx.zip(parts)).sheets().get(0).cell(0, 0).text());
        }
    }

    @Test
    void malformed_bytes_in_a_part_should_be_refused_without_a_word_on_the_console() throws Exception {
        Map<String, byte[]> parts = parts(new RawXlsx().sheet("表三", "<sheetData/>").toBytes());
        byte[] sheet = parts.get("xl/worksheets/sheet1.xml");
        String xml = new String(sheet, StandardCharsets.UTF_8).replace("<sheetData/>", "<sheetData>\u0001</sheetData>");
        byte[] bad = xml.getBytes(StandardCharsets.UTF_8);
        bad[xml.indexOf('\u0001')] = (byte) 0xE8; // the first byte of a three-byte character, then '<'
        parts.put("xl/worksheets/sheet1.xml", bad);
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertEquals(Reason.CORRUPT, refused(RawXlsx.zip(parts)).reason());
        } finally {
            System.setErr(err);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8), "the JDK parser's [Fatal Error] line");
    }

    private static Map<String, byte[]> parts(byte[] zip) throws java.io.IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    @Test
    void reader_should_refuse_a_zip_that_is_no_workbook_package() throws Exception {
        byte[] plainZip = RawXlsx.zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));
        assertTrue(refused(plainZip).getMessage().contains("[Content_Types].xml"));
        byte[] word = new RawXlsx().sheet("表三", "").part("xl/workbook.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>").toBytes();
        UnreadableException e = refused(word);
        assertEquals(Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().contains("not a workbook"), e.getMessage());
    }
}

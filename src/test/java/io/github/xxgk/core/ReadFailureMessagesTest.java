package io.github.xxgk.core;

import io.github.xxgk.check.Finding;
import io.github.xxgk.fixtures.HostileFiles;
import io.github.xxgk.fixtures.SeedDocuments;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.report.Messages;
import io.github.xxgk.template.FormatDefinitions;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each read failure says what is wrong and what to do for that kind of file, with no library or exception text. */
class ReadFailureMessagesTest {

    private final ReportChecker checker = new ReportChecker(FormatDefinitions.load("2021"));

    private Finding only(Path dir, String name, byte[] content) throws Exception {
        return only(checker, dir, name, content);
    }

    /** The one finding {@code checker} makes of {@code content} written as {@code name}. */
    static Finding only(ReportChecker checker, Path dir, String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        List<Finding> findings = checker.checkFile(file, name).findings();
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    static byte[] ole2(String stream) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static void assertClerkWords(String zh, String en) {
        for (String m : List.of(zh, en)) {
            assertFalse(m.matches("(?s).*(Exception|Error|poi|POI|java\\.|org\\.).*"), "library text in: " + m);
        }
    }

    @Test
    void old_doc_renamed_docx_should_be_named_as_such_not_as_encrypted(@TempDir Path dir) throws Exception {
        Finding f = only(dir, "old.docx", ole2("WordDocument"));
        assertEquals("file-not-a-workbook", f.rule().id());
        String zh = Messages.of("zh").message(f);
        assertTrue(zh.contains(".doc") && zh.contains("Word") && !zh.contains("密码"), zh);
        assertTrue(zh.contains("另存为 .docx"), zh);
    }

    @Test
    void old_xls_renamed_docx_should_say_it_is_a_workbook(@TempDir Path dir) throws Exception {
        Finding f = only(dir, "table.docx", SeedWorkbooks.seed000().toXls());
        assertEquals("file-not-a-workbook", f.rule().id());
        assertTrue(f.args().get("detail").contains(".xls"), f.args().toString());
    }

    @Test
    void old_doc_renamed_xlsx_should_not_be_a_damaged_workbook(@TempDir Path dir) throws Exception {
        Finding f = only(dir, "table.xlsx", ole2("WordDocument"));
        assertEquals("file-not-a-workbook", f.rule().id());
        assertTrue(f.args().get("detail").contains(".doc"), f.args().toString());
    }

    @Test
    void truncated_files_should_get_the_advice_of_their_kind_without_library_text(@TempDir Path dir) throws Exception {
        byte[] xlsx = SeedWorkbooks.seed000().toXlsx();
        byte[] docx = SeedDocuments.docx(HostileFiles.seedText().getBytes(StandardCharsets.UTF_8));
        Finding wb = only(dir, "cut.xlsx", Arrays.copyOf(xlsx, xlsx.length / 2));
        Finding doc = only(dir, "cut.docx", Arrays.copyOf(docx, docx.length / 2));
        Finding csv = only(dir, "cut.csv", "项目,数量\n\"一、本年新收,14\n".getBytes(StandardCharsets.UTF_8));
        for (Finding f : List.of(wb, doc, csv)) {
            assertEquals("file-unreadable", f.rule().id(), f.toString());
            assertClerkWords(Messages.of("zh").message(f), Messages.of("en").message(f));
        }
        assertTrue(Messages.of("zh").message(wb).endsWith("另存为 .xlsx 再报送。"), Messages.of("zh").message(wb));
        assertTrue(Messages.of("zh").message(doc).endsWith("另存为 .docx 再报送。"), Messages.of("zh").message(doc));
        assertFalse(Messages.of("zh").message(csv).contains(".xlsx"), Messages.of("zh").message(csv));
        assertTrue(Messages.of("en").message(csv).contains("CSV"), Messages.of("en").message(csv));
    }

    @Test
    void doctype_in_content_types_should_be_refused_before_poi_parses_it(@TempDir Path dir) throws Exception {
        String body = "<w:p><w:r><w:t>x</w:t></w:r></w:p>";
        byte[] docx = HostileFiles.docx(body);
        byte[] withDoctype = io.github.xxgk.fixtures.RawXlsx.zip(java.util.Map.of(
                "[Content_Types].xml", ("<?xml version=\"1.0\"?><!DOCTYPE Types [<!ENTITY x \"y\">]>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>").getBytes(StandardCharsets.UTF_8),
                "word/document.xml", body.getBytes(StandardCharsets.UTF_8)));
        assertTrue(docx.length > 0);
        Finding f = only(dir, "dtd.docx", withDoctype);
        assertEquals("file-unreadable", f.rule().id());
        assertTrue(f.args().get("detail").contains("declares a DTD"), f.args().toString());
    }
}

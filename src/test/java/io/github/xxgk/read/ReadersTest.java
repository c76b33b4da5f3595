package io.github.xxgk.read;

import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.fixtures.SourceFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReadersTest {

    @Test
    void source_file_should_be_sniffed_from_its_first_bytes_not_its_name() throws Exception {
        assertEquals(Container.ZIP, SourceFiles.write("a.xls", SeedWorkbooks.seed000().toXlsx()).container());
        assertEquals(Container.OLE2, SourceFiles.write("a.xlsx", SeedWorkbooks.seed000().toXls()).container());
        assertEquals(Container.OTHER, SourceFiles.write("a.xlsx", "一、\t14".getBytes(StandardCharsets.UTF_8)).container());
        assertEquals(Container.OTHER, SourceFiles.write("a.xlsx", new byte[] {'P', 'K'}).container());
        SourceFile empty = SourceFiles.write("sub/财政局.XLSX", new byte[0]);
        assertEquals(Container.OTHER, empty.container());
        assertEquals(0, empty.size());
        assertEquals("xlsx", empty.extension());
    }

    @Test
    void registry_should_pick_the_first_reader_that_accepts_by_extension_and_container() throws Exception {
        byte[] xlsx = SeedWorkbooks.seed000().toXlsx();
        byte[] xls = SeedWorkbooks.seed000().toXls();
        byte[] text = "一、\t14".getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.txt", text);
        files.put("a.csv", text);
        files.put("a.HTM", text);
        files.put("a.docx", xlsx);
        files.put("a.xlsx", xlsx);
        files.put("a.xls", xls);
        files.put("renamed.xlsx", xls);
        files.put("text.xlsx", text);
        Map<String, String> chosen = new LinkedHashMap<>();
        for (var e : files.entrySet()) {
            chosen.put(e.getKey(), Readers.standard().readerFor(SourceFiles.write(e.getKey(), e.getValue()))
                    .getClass().getSimpleName());
        }
        assertEquals(Map.of("a.txt", "TextReader", "a.csv", "CsvReader", "a.HTM", "HtmlReader", "a.docx", "DocxReader",
                "a.xlsx", "XlsxReader", "a.xls", "WorkbookReader", "renamed.xlsx", "WorkbookReader",
                "text.xlsx", "WorkbookReader"), chosen);
    }
}

package io.github.xxgk.read.doc;

import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.FindingTuple;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.template.FormatDefinitions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvReaderTest {

    /** Every sheet of a workbook one after the other, as Excel's 「另存为 CSV」 gives them (merged cells empty). */
    private static String csv(byte[] xlsx) throws Exception {
        StringWriter out = new StringWriter();
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); CSVPrinter p = CSVFormat.RFC4180.print(out)) {
            for (Sheet sheet : wb) {
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                        cells.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
                    }
                    p.printRecord(cells);
                }
            }
        }
        return out.toString();
    }

    @Test
    void csv_export_should_give_the_workbook_findings(@TempDir Path dir) throws Exception {
        ReportChecker checker = new ReportChecker(FormatDefinitions.standard());
        byte[] xlsx = SeedWorkbooks.seed004().toXlsx();
        Path file = Files.write(dir.resolve("r.csv"), csv(xlsx).getBytes(java.nio.charset.Charset.forName("GBK")));
        List<String> found = FindingTuple.of(checker.checkFile(file, "r.csv").findings()).stream()
                .map(t -> t.rule() + " | " + t.item() + " | " + t.reported() + " → " + t.expected()).sorted().toList();
        List<String> workbook = FindingTuple.of(checker.checkFile(Files.write(dir.resolve("r.xlsx"), xlsx), "r.xlsx").findings())
                .stream().map(t -> t.rule() + " | " + t.item() + " | " + t.reported() + " → " + t.expected()).sorted().toList();
        assertEquals(8, workbook.size()); // seed 004: 4 labels, 2 sums, the 2-cell suggested correction
        assertEquals(workbook, found);
        assertTrue(FindingTuple.of(checker.checkFile(file, "r.csv").findings()).stream()
                .allMatch(t -> t.location().matches("line \\d+")), "CSV findings are located by line");
    }

    @Test
    void text_reader_should_sniff_gbk(@TempDir Path dir) throws Exception {
        String text = "一、总体情况\n共收到政府信息公开申请3件。\n";
        assertEquals(text, TextReader.decode(text.getBytes(java.nio.charset.Charset.forName("GBK"))));
        assertEquals(text, TextReader.decode(text.getBytes(StandardCharsets.UTF_8)));
    }
}

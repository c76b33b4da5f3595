package io.github.xxgk.core;

import io.github.xxgk.fixtures.AgencyWorkbook;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.read.ReadLimits;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Untrusted files: each bad one is one clear finding on that file, the good ones are still checked, nothing is written. */
class BadFilesTest {

    private static byte[] encrypted(byte[] xlsx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("密码");
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); OutputStream os = enc.getDataStream(fs)) {
                wb.write(os);
            }
            var out = new java.io.ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] unrelated() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("通讯录");
            sheet.createRow(0).createCell(0).setCellValue("姓名");
            sheet.getRow(0).createCell(1).setCellValue("电话");
            sheet.createRow(1).createCell(0).setCellValue("张三");
            sheet.getRow(1).createCell(1).setCellValue(12345);
            var out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A valid workbook whose first sheet's XML ends in 64 MiB of spaces: a zip bomb of a thousand to one. */
    static byte[] zipBomb(byte[] xlsx) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(xlsx)); var zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    zip.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 64; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A valid workbook over the old 20 MiB file limit: a 21 MiB picture beside its tables. */
    private static byte[] withLargePicture(byte[] xlsx) throws Exception {
        byte[] picture = new byte[21 << 20];
        new java.util.Random(1).nextBytes(picture);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            wb.addPicture(picture, Workbook.PICTURE_TYPE_PNG);
            var out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    @Test
    void check_should_turn_each_bad_file_into_one_finding_and_check_the_rest(@TempDir Path dir) throws Exception {
        byte[] good = SeedWorkbooks.seed000().toXlsx();
        Files.write(dir.resolve("a-good.xlsx"), good);
        Files.write(dir.resolve("b-truncated.xlsx"), java.util.Arrays.copyOf(good, good.length / 2));
        Files.write(dir.resolve("c-encrypted.xlsx"), encrypted(good));
        Files.writeString(dir.resolve("d-text.xlsx"), "一、本年新收政府信息公开申请数量\t14\n");
        Files.write(dir.resolve("e-empty.xlsx"), new byte[0]);
        Files.write(dir.resolve("f-unrelated.xlsx"), unrelated());
        Files.write(dir.resolve("g-old.xls"), "not really an xls".getBytes());
        Files.write(dir.resolve("h-zip-bomb.xlsx"), zipBomb(good));
        Files.write(dir.resolve("i-good-copy.xls"), SeedWorkbooks.seed000().toXls());
        Files.write(dir.resolve("j-large-picture.xlsx"), withLargePicture(good));
        try (RandomAccessFile zeros = new RandomAccessFile(dir.resolve("k-zeros.xlsx").toFile(), "rw")) {
            zeros.setLength(21L << 20); // large, and no workbook: its content is what counts
        }
        try (RandomAccessFile text = new RandomAccessFile(dir.resolve("l-long.txt").toFile(), "rw")) {
            text.setLength(ReadLimits.MAX_TEXT_BYTES + 1);
        }
        Map<Path, String> before = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                before.put(p, sha256(p));
            }
        }

        CheckResult result = ReportChecker.run(new CheckRequest(dir, null, null, "2021", 2));

        Map<String, List<String>> rules = new HashMap<>();
        result.files().forEach(f -> rules.put(f.file(), f.findings().stream().map(x -> x.rule().id()).toList()));
        assertEquals(Map.ofEntries(
                Map.entry("a-good.xlsx", List.<String>of()),
                Map.entry("b-truncated.xlsx", List.of("file-unreadable")),
                Map.entry("c-encrypted.xlsx", List.of("file-encrypted")),
                Map.entry("d-text.xlsx", List.of("file-not-a-workbook")),
                Map.entry("e-empty.xlsx", List.of("file-not-a-workbook")),
                Map.entry("f-unrelated.xlsx", List.of("file-no-report-tables")),
                Map.entry("g-old.xls", List.of("file-not-a-workbook")),
                Map.entry("h-zip-bomb.xlsx", List.of("file-too-large")),
                Map.entry("i-good-copy.xls", List.<String>of()),
                Map.entry("j-large-picture.xlsx", List.<String>of()),
                Map.entry("k-zeros.xlsx", List.of("file-not-a-workbook")),
                Map.entry("l-long.txt", List.of("file-too-large"))), rules);
        for (var e : before.entrySet()) {
            assertEquals(e.getValue(), sha256(e.getKey()), "input changed: " + e.getKey());
        }
    }

    @Test
    void check_should_report_each_missing_table(@TempDir Path dir) throws Exception {
        // a workbook with table 三 only: the agency sent one sheet of three
        byte[] all = new AgencyWorkbook().toXlsx();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(all))) {
            wb.removeSheetAt(wb.getSheetIndex("表四"));
            wb.removeSheetAt(wb.getSheetIndex("表二"));
            try (OutputStream out = Files.newOutputStream(dir.resolve("only-3.xlsx"))) {
                wb.write(out);
            }
        }
        CheckResult result = ReportChecker.run(new CheckRequest(dir, null, null, "2021", 1));
        assertEquals(List.of("table-missing@表二 主动公开政府信息情况", "table-missing@表四 政府信息公开行政复议、行政诉讼情况"),
                result.findings().stream().map(f -> f.rule().id() + "@" + f.item()).toList());
    }
}

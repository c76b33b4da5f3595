package io.github.xxgk.core;

import io.github.xxgk.check.Finding;
import io.github.xxgk.fixtures.TablePdf;
import io.github.xxgk.report.Messages;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PDFs that cannot be read as a report: each is one clear finding on its file, and the file is left as it was. */
class BadPdfsTest {

    private static List<Finding> check(Path file) throws Exception {
        byte[] before = Files.readAllBytes(file);
        List<Finding> findings = new ReportChecker(FormatDefinitions.standard())
                .checkFile(file, file.getFileName().toString()).findings();
        assertArrayEquals(before, Files.readAllBytes(file), file + " must not be modified");
        return findings;
    }

    @Test
    void check_should_give_one_finding_for_a_scan_naming_its_pages(@TempDir Path dir) throws Exception {
        TablePdf scan = new TablePdf();
        for (int i = 0; i < 6; i++) {
            scan.page(false).picture(0, 0, 595, 842);
        }
        List<Finding> findings = check(Files.write(dir.resolve("扫描件.pdf"), scan.bytes()));
        assertEquals(1, findings.size());
        assertEquals("file-no-text-layer", findings.get(0).rule().id());
        assertEquals("PDF 第 1–6 页是图片（扫描件，或表格以图片插入），没有可读取的文字，未能检查。"
                + "请报送导出该 PDF 的 Word、WPS 或 Excel 原文件，或从原文件直接另存为 PDF（不要打印后扫描）。",
                Messages.of("zh").message(findings.get(0)));
        assertTrue(Messages.of("en").message(findings.get(0)).startsWith("Page(s) 1–6 of the PDF are pictures"));
    }

    @Test
    void check_should_give_one_finding_for_an_encrypted_a_damaged_and_a_false_pdf(@TempDir Path dir) throws Exception {
        byte[] good = new TablePdf().page(false).text(60, 80, 10, "一、总体情况").bytes();
        Path locked = Files.write(dir.resolve("加密.pdf"), new TablePdf().page(false).text(60, 80, 10, "一、总体情况").bytes("123"));
        Path broken = Files.write(dir.resolve("损坏.pdf"), Arrays.copyOf(good, 300));
        Path fake = Files.write(dir.resolve("说明.pdf"), "这不是PDF".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("file-encrypted"), check(locked).stream().map(f -> f.rule().id()).toList());
        assertEquals(List.of("file-unreadable"), check(broken).stream().map(f -> f.rule().id()).toList());
        assertEquals(List.of("file-not-a-workbook"), check(fake).stream().map(f -> f.rule().id()).toList());
    }
}

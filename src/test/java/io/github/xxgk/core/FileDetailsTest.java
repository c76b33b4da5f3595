package io.github.xxgk.core;

import io.github.xxgk.check.Finding;
import io.github.xxgk.fixtures.HostileFiles;
import io.github.xxgk.fixtures.RawXlsx;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.report.Messages;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of file finding gives its detail in the report's language: the Chinese notice in Chinese, the English
 * one in the English it always had. Real files, read as a run reads them.
 */
class FileDetailsTest {

    private final ReportChecker checker = new ReportChecker(FormatDefinitions.load("2021"));

    private Finding only(Path dir, String name, byte[] content) throws Exception {
        return ReadFailureMessagesTest.only(checker, dir, name, content);
    }

    private static String zh(Finding f) {
        return Messages.of("zh").message(f);
    }

    private static String en(Finding f) {
        return Messages.of("en").message(f);
    }

    @Test
    void zip_bomb_should_give_its_part_and_ratio_in_chinese(@TempDir Path dir) throws Exception {
        Finding f = only(dir, "炸弹.xlsx", BadFilesTest.zipBomb(SeedWorkbooks.seed000().toXlsx()));
        assertEquals("file-too-large", f.rule().id());
        assertTrue(zh(f).matches("文件解压或解析出的内容超过读取上限，未检查（xl/worksheets/sheet1\\.xml 由 \\d+ 字节解压膨胀了 \\d+ 倍，"
                + "超过压缩炸弹的判定值 500 倍）。年度报告统计表通常不超过1MB，请删除无关内容后报送。"), zh(f));
        assertTrue(en(f).matches(".*\\(xl/worksheets/sheet1\\.xml inflates \\d+ bytes \\d+ times, over the 500 times a zip bomb shows\\)\\..*"),
                en(f));
    }

    @Test
    void nested_tables_should_give_the_depth_read_in_chinese(@TempDir Path dir) throws Exception {
        Finding f = only(dir, "nested.docx", HostileFiles.nestedTablesDocx(60));
        assertEquals("file-too-complex", f.rule().id());
        assertEquals("文件的结构超过读取上限，未检查（表格嵌套超过 50 层，这是读取的上限）。年度报告的表格不会这样嵌套，"
                + "请把统计表复制到新文件中重新报送；若文件来历不明，不要打开。", zh(f));
        assertTrue(en(f).contains("(tables nested over 50 levels deep, the most that is read)"), en(f));
    }

    @Test
    void text_named_xlsx_should_say_it_is_no_office_file_in_chinese(@TempDir Path dir) throws Exception {
        Finding f = only(dir, "说明.xlsx", "本单位2024年度无依申请公开。".getBytes(StandardCharsets.UTF_8));
        assertEquals("file-not-a-workbook", f.rule().id());
        assertEquals("文件内容与其扩展名不符，不是可读取的报告文件（不是 Excel 或 Word 文件（是文本或未知格式））。"
                + "请用 Excel 或 WPS 打开后另存为 .xlsx 再报送。", zh(f));
        assertTrue(en(f).contains("(not an Office file (text or unknown))"), en(f));
    }

    @Test
    void old_doc_renamed_docx_should_be_named_in_chinese(@TempDir Path dir) throws Exception {
        Finding f = only(dir, "old.docx", ReadFailureMessagesTest.ole2("WordDocument"));
        assertEquals("file-not-a-workbook", f.rule().id());
        assertEquals("文件内容与其扩展名不符，不是可读取的报告文件（这是改名为 .docx 的旧版 Word 文档（.doc））。"
                + "请用 Word 或 WPS 打开后另存为 .docx 再报送。", zh(f));
        assertTrue(en(f).contains("(an old Word document (.doc) renamed .docx; open it in Word or WPS"), en(f));
    }

    @Test
    void part_with_a_dtd_should_name_the_part_in_chinese(@TempDir Path dir) throws Exception {
        byte[] docx = RawXlsx.zip(Map.of(
                "[Content_Types].xml", ("<?xml version=\"1.0\"?><!DOCTYPE Types [<!ENTITY x \"y\">]>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>").getBytes(StandardCharsets.UTF_8),
                "word/document.xml", "<w:p/>".getBytes(StandardCharsets.UTF_8)));
        Finding f = only(dir, "dtd.docx", docx);
        assertEquals("file-unreadable", f.rule().id());
        assertEquals("文件已损坏或无法打开，未能检查（[Content_Types].xml 声明了文档类型定义，正常的 Excel 或 Word 文件不会有）。"
                + "请用 Word 或 WPS 打开后另存为 .docx 再报送。", zh(f));
        assertTrue(en(f).contains("([Content_Types].xml declares a DTD, which no Office package has)"), en(f));
    }

    @Test
    void malformed_csv_should_be_described_in_chinese(@TempDir Path dir) throws Exception {
        Finding f = only(dir, "cut.csv", "项目,数量\n\"一、本年新收,14\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("file-unreadable", f.rule().id());
        assertEquals("文件已损坏或无法打开，未能检查（逗号分隔的文本格式有错误：有一个双引号没有结束，或结束的双引号后还有文字）。"
                + "请用 Excel 或 WPS 重新导出为 CSV（UTF-8）后报送。", zh(f));
        assertTrue(en(f).contains("(malformed CSV: a quote opened and never closed, or text after a closing quote)"), en(f));
    }

    @Test
    void link_out_of_the_reports_should_be_refused_in_chinese(@TempDir Path dir) throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        SeedWorkbooks.seed000().writeXlsx(outside.resolve("secret.xlsx"));
        Files.createSymbolicLink(reports.resolve("c-outside-link.xlsx"), outside.resolve("secret.xlsx"));
        CheckResult result = ReportChecker.run(new CheckRequest(reports, null, null, "2021", 1));
        Finding f = result.files().get(0).findings().get(0);
        assertEquals("file-refused", f.rule().id());
        assertEquals("该路径不是报告目录中的普通文件，未读取（链接指向报告目录之外的文件）。请把报告文件本身放入报告目录（reports），"
                + "不要放链接、管道或设备文件。", zh(f));
        assertTrue(en(f).contains("(a link to a file outside the reports directory)"), en(f));
    }

    @Test
    void failures_past_every_net_should_give_their_detail_in_chinese() {
        Finding memory = FileFailure.result("大.xlsx", new OutOfMemoryError("Java heap space"), Duration.ZERO).findings().get(0);
        assertEquals("file-too-large", memory.rule().id());
        assertEquals("文件解压或解析出的内容超过读取上限，未检查（读取该文件所需的内存超过本次构建可用的内存，可在 MAVEN_OPTS 中用 -Xmx 设置）。"
                + "年度报告统计表通常不超过1MB，请删除无关内容后报送。", zh(memory));
        assertTrue(en(memory).contains("(reading it needs more memory than the build has; -Xmx in MAVEN_OPTS sets how much)"),
                en(memory));

        Finding deep = FileFailure.result("深.docx", new StackOverflowError(), Duration.ZERO).findings().get(0);
        assertEquals("file-too-complex", deep.rule().id());
        assertTrue(zh(deep).contains("（文件内容的嵌套层数过深，无法读取）"), zh(deep));
        assertTrue(en(deep).contains("(its content nests deeper than it can be read)"), en(deep));

        Finding internal = FileFailure.result("a.xlsx", new IllegalStateException("boom"), Duration.ZERO).findings().get(0);
        assertEquals("internal-error", internal.rule().id());
        assertTrue(zh(internal).startsWith("插件内部错误：CheckRun 核对本文件时出错（供维护者参考的技术信息：IllegalStateException）。"),
                zh(internal));
        assertTrue(en(internal).contains("(IllegalStateException)"), en(internal));
    }
}

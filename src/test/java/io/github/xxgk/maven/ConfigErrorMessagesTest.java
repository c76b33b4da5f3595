package io.github.xxgk.maven;

import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.report.Messages;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A setting that cannot be used is a build error whose detail is in the user's language, as the rest of it. */
class ConfigErrorMessagesTest {

    private static CheckMojo check(Path dir, String locale) throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        SeedWorkbooks.seed000().writeXlsx(reports.resolve("a.xlsx"));
        CheckMojo mojo = new CheckMojo();
        mojo.reportsDirectory = reports.toFile();
        mojo.outputDirectory = dir.resolve("out").toFile();
        mojo.locale = locale;
        mojo.failOn = "ERROR";
        mojo.threads = 1;
        mojo.format = "2021";
        return mojo;
    }

    private static String error(CheckMojo mojo) {
        return assertThrows(MojoExecutionException.class, mojo::execute).getMessage();
    }

    @Test
    void limits_that_are_no_name_value_should_be_said_in_each_language(@TempDir Path dir) throws Exception {
        CheckMojo zh = check(dir.resolve("zh"), "zh");
        zh.limits = "cells=5";
        assertEquals("xxgk.limits「cells=5」无效：「cells=5」不是「名称=值」的形式，名称应为 [partBytes, treePartBytes, "
                + "packageBytes, inflateRatio, textBytes, xlsStreamBytes, gridCells, tableDepth, textChars, pdfBytes, "
                + "pdfPages, pdfOperators, pdfMemoryBytes, heldBytes] 之一（示例：gridCells=4000000,partBytes=256m；"
                + "各项默认值见 docs/security.md）", error(zh));
        CheckMojo en = check(dir.resolve("en"), "en");
        en.limits = "gridCells=many";
        assertEquals("xxgk.limits \"gridCells=many\" is not valid: gridCells must be a whole number (k, m, g for KiB, MiB, "
                + "GiB), not 「many」 (example: gridCells=4000000,partBytes=256m; the defaults are in docs/security.md)",
                error(en));
        CheckMojo zero = check(dir.resolve("zero"), "zh");
        zero.limits = "gridCells=0";
        assertEquals("xxgk.limits「gridCells=0」无效：gridCells 应大于 0，而不是「0」（示例：gridCells=4000000,partBytes=256m；"
                + "各项默认值见 docs/security.md）", error(zero));
    }

    @Test
    void identity_pattern_without_a_field_should_be_said_in_chinese(@TempDir Path dir) throws Exception {
        CheckMojo mojo = check(dir, "zh");
        mojo.identityPattern = "reports.xlsx";
        assertEquals("xxgk.identityPattern「reports.xlsx」无效：模式「reports.xlsx」中既没有 {year} 也没有 {agency}"
                + "（示例：{year}/{agency}.xlsx）", error(mojo));
    }

    @Test
    void unknown_or_missing_format_should_be_said_in_chinese(@TempDir Path dir) throws Exception {
        CheckMojo unknown = check(dir.resolve("a"), "zh");
        unknown.format = "gov-1999";
        assertEquals("xxgk.format：未知的格式「gov-1999」（可用：gov-2019, gov-2021、它们的年份、auto，或以 .json 结尾的格式定义文件）",
                error(unknown));
        CheckMojo missing = check(dir.resolve("b"), "zh");
        Path none = dir.resolve("none.json");
        missing.format = none.toString();
        String said = error(missing);
        assertEquals("xxgk.format：格式定义文件 " + none.toAbsolutePath().normalize() + " 不存在", said);
    }

    @Test
    void output_that_cannot_be_made_should_be_said_in_chinese(@TempDir Path dir) throws Exception {
        CheckMojo mojo = check(dir, "zh");
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        mojo.outputDirectory = file.resolve("out").toFile();
        // the system's reason, as it gives it, is quoted as a value; the sentence around it is Chinese
        String said = error(mojo);
        assertTrue(said.startsWith("xxgk：无法写入 " + file.resolve("out") + "：" + file.resolve("out") + "：系统消息「")
                && said.endsWith("」"), said);
    }

    @Test
    void refusals_of_the_file_system_should_be_named_by_their_kind() {
        Messages zh = Messages.of("zh");
        Messages en = Messages.of("en");
        Map<String, Exception> cases = Map.of(
                "xxgk：无法核对 /r：/r/2024 不存在", new NoSuchFileException("/r/2024"),
                "xxgk：无法核对 /r：没有访问 /r/2024 的权限", new AccessDeniedException("/r/2024"),
                "xxgk：无法核对 /r：/r/2024 不是文件夹", new NotDirectoryException("/r/2024"),
                "xxgk：无法核对 /r：系统消息「disk on fire」", new java.io.IOException("disk on fire"));
        cases.forEach((expected, e) -> assertEquals(expected,
                zh.text("config.cannotCheck", zh.withDetail(IoDetail.of(e).findingArgs(Map.of("dir", "/r"))))));
        assertEquals("xxgk: cannot check /r: /r/2024 does not exist", en.text("config.cannotCheck",
                en.withDetail(IoDetail.of(new NoSuchFileException("/r/2024")).findingArgs(Map.of("dir", "/r")))));
    }

    @Test
    void previous_report_that_cannot_be_read_should_say_why_in_chinese(@TempDir Path dir) throws Exception {
        byte[] good = SeedWorkbooks.seed000().toXlsx();
        Path previous = Files.write(dir.resolve("2023.xlsx"), java.util.Arrays.copyOf(good, good.length / 2));
        TemplateMojo mojo = new TemplateMojo();
        mojo.format = "2021";
        mojo.output = dir.resolve("xxgk/t.xlsx").toFile();
        mojo.previous = previous.toFile();
        mojo.locale = "zh";
        assertEquals("xxgk.previous：上年报告 " + previous + " 不能用于预填（压缩包已损坏：下载或复制没有完成）。",
                assertThrows(MojoExecutionException.class, mojo::execute).getMessage());
        mojo.locale = "en";
        assertTrue(assertThrows(MojoExecutionException.class, mojo::execute).getMessage()
                .contains("(a damaged zip package: a download or copy that did not finish)"));
    }
}

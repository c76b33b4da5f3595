package io.github.xxgk.core;

import io.github.xxgk.check.across.Rollup;
import io.github.xxgk.report.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** xxgk-rollup.csv: a broken line is a configuration error naming file and line; a missing file is no roll-up. */
class RollupFileTest {

    @Test
    void rollup_should_be_none_without_a_file(@TempDir Path dir) throws Exception {
        assertSame(Rollup.NONE, RollupFile.read(dir.resolve("xxgk-rollup.csv")));
        assertSame(Rollup.NONE, RollupFile.read(null));
    }

    @Test
    void rollup_should_name_the_line_of_a_bad_year_or_a_blank_name(@TempDir Path dir) throws Exception {
        Path year = Files.writeString(dir.resolve("a.csv"), "parent,member,from\n县政府,县财政局,2021\n县政府,县教育局,去年\n");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> RollupFile.read(year));
        assertEquals("rollup.year", e.key());
        // a year as reports state it: full-width digits and 「年」 read; 2005, before any report under the regulation, not
        RollupFile.read(Files.writeString(dir.resolve("b.csv"), "parent,member,from,to\n县政府,县财政局,２０２１,2022年\n"));
        assertEquals("rollup.year", assertThrows(ConfigurationException.class, () -> RollupFile.read(
                Files.writeString(dir.resolve("c.csv"), "parent,member,from\n县政府,县财政局,2005\n"))).key());
        assertEquals("3", e.args().get("line"));
        assertEquals("去年", e.args().get("value"));
        Path blank = Files.writeString(dir.resolve("b.csv"), "parent,member\n县政府, \n");
        assertEquals("rollup.name", assertThrows(ConfigurationException.class, () -> RollupFile.read(blank)).key());
        Path header = Files.writeString(dir.resolve("c.csv"), "上级,下级\n县政府,县财政局\n");
        assertEquals("rollup.header", assertThrows(ConfigurationException.class, () -> RollupFile.read(header)).key());
    }

    @Test
    void rollup_should_read_names_without_spaces_and_years_inclusive(@TempDir Path dir) throws Exception {
        Rollup r = RollupFile.read(Files.writeString(dir.resolve("r.csv"),
                "\uFEFFparent,member,from,to\n县 政府,县财政局,2021,2022\n县政府,县教育局,,\n"));
        assertTrue(!r.isEmpty());
        assertEquals(java.util.List.of("县财政局", "县教育局"), r.members("县政府", 2022));
        assertEquals(java.util.List.of("县教育局"), r.members("县政府", 2023));
    }

    @Test
    void identity_pattern_without_a_field_should_be_a_configuration_error() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> CheckRun.resolver("reports/*.xlsx"));
        assertEquals("identityPattern", e.key());
        assertEquals("reports/*.xlsx", e.args().get("value"));
    }

    @Test
    void a_short_line_should_name_the_file_the_line_and_the_missing_column(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("xxgk-rollup.csv"), "parent,member,from\n县政府,县财政局,2021\n县政府\n");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> RollupFile.read(file));
        assertEquals("csv.shortRow", e.key());
        assertEquals(Map.of("file", file.toString(), "line", "3", "count", "1", "column", "member",
                "header", "parent,member,from"), e.args());
        assertEquals("文件 " + file + " 第 3 行只有 1 个值，缺少「member」：每一行都应与表头 parent,member,from 逐列对应；"
                + "值中有英文逗号时，整个值要用英文双引号括起来。", Messages.of("zh").text("config." + e.key(), e.args()));
        assertTrue(Messages.of("en").text("config." + e.key(), e.args())
                .startsWith("The file " + file + ", line 3, ends before the column member (values on the line: 1)."));
    }

    @Test
    void a_header_with_empty_names_should_be_read_as_excel_writes_it(@TempDir Path dir) throws Exception {
        // Excel writes one empty name a column for the extra cells some row has
        Rollup r = RollupFile.read(Files.writeString(dir.resolve("xxgk-rollup.csv"),
                "parent,member,,\n县政府,县财政局,,\n县政府,县教育局,已合并,2023年\n"));
        assertEquals(java.util.List.of("县财政局", "县教育局"), r.members("县政府", 2022));
    }

    @Test
    void a_column_named_twice_should_name_the_file_and_the_column(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("xxgk-rollup.csv"), "parent,member,from,member\n县政府,县财政局,2021,县教育局\n");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> RollupFile.read(file));
        assertEquals("csv.duplicateColumn", e.key());
        assertEquals(Map.of("file", file.toString(), "column", "member"), e.args());
        assertEquals("文件 " + file + " 的表头中「member」出现了不止一次：每一列的名称只能写一次，请删去或改名多出的一列。",
                Messages.of("zh").text("config." + e.key(), e.args()));
        assertEquals("The header of the file " + file + " names the column member more than once: each column is named"
                + " once; remove or rename the extra one.", Messages.of("en").text("config." + e.key(), e.args()));
    }

    @Test
    void a_quote_not_closed_should_name_the_line_it_opens_on(@TempDir Path dir) throws Exception {
        Path open = Files.writeString(dir.resolve("a.csv"), "parent,member\n县政府,县财政局\n\"县政府,县教育局\n县政府,县卫健委\n");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> RollupFile.read(open));
        assertEquals("csv.quote", e.key());
        assertEquals(Map.of("file", open.toString(), "line", "3"), e.args());
        assertTrue(Messages.of("zh").text("config.csv.quote", e.args()).startsWith("文件 " + open + " 第 3 行起有一个用英文双引号括起的值没有正确结束"));
        Path stray = Files.writeString(dir.resolve("b.csv"), "parent,member\n\"县政府\"办公室,县财政局\n");
        e = assertThrows(ConfigurationException.class, () -> RollupFile.read(stray));
        assertEquals("csv.quote|2", e.key() + "|" + e.args().get("line"));
    }

    @Test
    void lines_should_be_counted_as_an_editor_shows_them(@TempDir Path dir) throws Exception {
        // a blank line is skipped, a quoted name over two lines is one entry: the bad year is on line 5
        Path file = Files.writeString(dir.resolve("a.csv"),
                "parent,member,from\n\n\"县政府\",\"县财\n政局\",2021\n县政府,县教育局,去年\n");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> RollupFile.read(file));
        assertEquals("rollup.year|5", e.key() + "|" + e.args().get("line"));
    }

    @Test
    void a_file_not_in_utf8_should_say_so(@TempDir Path dir) throws Exception {
        Path gbk = Files.write(dir.resolve("a.csv"), "parent,member\n县政府,县财政局\n".getBytes(Charset.forName("GBK")));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> RollupFile.read(gbk));
        assertEquals("csv.encoding", e.key());
        assertEquals(Map.of("file", gbk.toString()), e.args());
    }
}

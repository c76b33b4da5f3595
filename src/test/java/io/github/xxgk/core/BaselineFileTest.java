package io.github.xxgk.core;

import io.github.xxgk.report.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** xxgk-baseline.csv as an office edits it: what makes it unreadable is a configuration error naming file and line. */
class BaselineFileTest {

    private static final String HEADER = "fingerprint,file,location,rule,reported,expected,reason,until\n";
    private static final String ENTRY = "3f9a,erdao/2022.xlsx,表三 第1行,sum-row-total,165,164,已发布，无法更改,2099-12-31\n";

    @TempDir
    Path dir;

    @Test
    void a_short_line_should_name_the_file_the_line_and_the_missing_column() throws Exception {
        Path file = Files.writeString(dir.resolve("xxgk-baseline.csv"), HEADER + ENTRY + "3f9b,erdao/2022.xlsx,表三 第2行\n");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Baseline.read(file));
        assertEquals("csv.shortRow", e.key());
        assertEquals(Map.of("file", file.toString(), "line", "3", "count", "3", "column", "rule",
                "header", HEADER.strip()), e.args());
        assertTrue(Messages.of("zh").text("config.csv.shortRow", e.args()).startsWith("文件 " + file + " 第 3 行只有 3 个值，缺少「rule」"));
    }

    @Test
    void a_quote_not_closed_should_name_the_line_it_opens_on() throws Exception {
        Path file = Files.writeString(dir.resolve("xxgk-baseline.csv"),
                HEADER + ENTRY + "3f9b,erdao/2022.xlsx,表三 第2行,sum-row-total,1,2,\"已发布，无法更改,\n" + ENTRY.replace("3f9a", "3f9c"));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Baseline.read(file));
        assertEquals("csv.quote", e.key());
        assertEquals(Map.of("file", file.toString(), "line", "3"), e.args());
    }

    @Test
    void a_header_without_the_columns_should_name_them() throws Exception {
        Path file = Files.writeString(dir.resolve("xxgk-baseline.csv"), "fingerprint,file\n3f9a,erdao/2022.xlsx\n");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Baseline.read(file));
        assertEquals("baseline.header", e.key());
        assertEquals("基线文件 " + file + " 的表头应包含 fingerprint,file,location,rule,reported,expected（即 xxgk:baseline 所写文件的第一行）。",
                Messages.of("zh").text("config.baseline.header", e.args()));
    }

    @Test
    void a_header_with_empty_names_should_be_read_and_a_column_named_twice_refused() throws Exception {
        Path excel = Files.writeString(dir.resolve("xxgk-baseline.csv"), HEADER.strip() + ",,\n" + ENTRY.strip() + ",,备注\n");
        assertEquals(List.of("3f9a"), Baseline.read(excel).entries().stream().map(Baseline.Entry::fingerprint).toList());

        Path twice = Files.writeString(dir.resolve("twice.csv"), HEADER.strip() + ",rule\n" + ENTRY.strip() + ",sum-col-total\n");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Baseline.read(twice));
        assertEquals("csv.duplicateColumn", e.key());
        assertEquals(Map.of("file", twice.toString(), "column", "rule"), e.args());
    }

    @Test
    void a_line_without_until_and_a_blank_line_should_be_read() throws Exception {
        Path file = Files.writeString(dir.resolve("xxgk-baseline.csv"),
                "\uFEFF" + HEADER + "\n3f9a,erdao/2022.xlsx,表三 第1行,sum-row-total,165,164,已发布\n" + ENTRY.replace("3f9a", "3f9c"));
        List<Baseline.Entry> entries = Baseline.read(file).entries();
        assertEquals(List.of(new Baseline.Entry("3f9a", "erdao/2022.xlsx", "表三 第1行", "sum-row-total", "165", "164",
                "已发布", null), new Baseline.Entry("3f9c", "erdao/2022.xlsx", "表三 第1行", "sum-row-total", "165", "164",
                "已发布，无法更改", LocalDate.of(2099, 12, 31))), entries);
    }

    @Test
    void a_check_should_stop_on_the_broken_baseline_with_its_line() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path file = Files.writeString(dir.resolve("xxgk-baseline.csv"), HEADER + "3f9a\n");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ReportChecker.run(new CheckRequest(reports, null, null, "2021", 1, file)));
        assertEquals("csv.shortRow|2|file", e.key() + "|" + e.args().get("line") + "|" + e.args().get("column"));
    }
}

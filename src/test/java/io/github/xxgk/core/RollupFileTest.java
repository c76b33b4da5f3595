package io.github.xxgk.core;

import io.github.xxgk.check.across.Rollup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

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
}

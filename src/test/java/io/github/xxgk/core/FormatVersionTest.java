package io.github.xxgk.core;

import io.github.xxgk.check.Finding;
import io.github.xxgk.fixtures.DefinitionFill;
import io.github.xxgk.fixtures.FormatReports;
import io.github.xxgk.template.FormatChoice;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.FormatDefinitions;
import io.github.xxgk.template.MixedFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each report is checked against the format of its year (2019 and 2020: 国办公开办函〔2019〕60号; from 2021:
 * 〔2021〕30号) unless one is set; a report in the wrong version is one finding naming both versions, a table in
 * the other version one finding on that table, and the arithmetic is checked as the version the table is in.
 */
class FormatVersionTest {

    static final FormatDefinition V2019 = FormatDefinitions.load("2019");
    static final FormatDefinition V2021 = FormatDefinitions.load("2021");
    static final ReportChecker BY_YEAR = new ReportChecker(FormatChoice.of("auto"));

    @TempDir
    Path dir;

    @Test
    void choice_should_follow_the_year_unless_a_format_is_set() {
        FormatChoice auto = FormatChoice.of("auto");
        assertEquals("gov-2019", auto.forYear(2019).id());
        assertEquals("gov-2019", auto.forYear(2020).id());
        assertEquals("gov-2021", auto.forYear(2021).id());
        assertEquals("gov-2021", auto.forYear(2025).id());
        assertEquals("gov-2021", auto.byDefault().id());
        assertEquals("gov-2021", FormatChoice.of("2021").forYear(2020).id());
        assertEquals("gov-2019", FormatChoice.of("gov-2019").forYear(2024).id());
        assertEquals(List.of("gov-2021"), auto.alternatives(V2019).stream().map(FormatDefinition::id).toList());
    }

    @Test
    void check_should_find_nothing_in_a_consistent_2020_report_in_the_2019_format() throws Exception {
        FileResult r = check(V2019, DefinitionFill.consistent(V2019, new Random(1)), "2020");
        assertEquals(List.of(), r.findings());
        assertEquals("gov-2019", r.report().format().id());
    }

    @Test
    void check_should_sum_the_single_other_row_of_the_2019_table_three() throws Exception {
        Map<String, Integer> v = DefinitionFill.consistent(V2019, new Random(2));
        v.merge("t3:other|natural", 1, Integer::sum);
        FileResult r = check(V2019, v, "2020");
        assertEquals(Set.of("sum-results-total@results-total|natural", "sum-row-total@other|total",
                        "suggested-correction@other|natural"),
                Set.copyOf(r.findings().stream().map(f -> f.rule().id() + "@" + f.rowId() + "|" + f.columnId()).toList()));
    }

    @Test
    void check_should_report_a_report_in_the_wrong_version_once() throws Exception {
        FileResult in2021 = check(V2021, DefinitionFill.consistent(V2021, new Random(3)), "2020");
        assertEquals(List.of("format-version-mismatch"), rules(in2021));
        Finding f = in2021.findings().get(0);
        assertEquals(Map.of("year", "2020", "should", "2019年版格式（国办公开办函〔2019〕60号）",
                "filled", "2021年版格式（国办公开办函〔2021〕30号）"), f.args());
        FileResult in2019 = check(V2019, DefinitionFill.consistent(V2019, new Random(4)), "2022");
        assertEquals(List.of("format-version-mismatch"), rules(in2019));
        assertEquals("gov-2019", in2019.report().format().id(), "the tables are checked as the version they are in");
    }

    @Test
    void check_should_report_the_2019_table_two_in_a_2022_report_as_one_finding() throws Exception {
        FormatDefinition mixed = MixedFormat.of(V2021, V2019, Set.of("t2"));
        FileResult r = check(mixed, DefinitionFill.consistent(mixed, new Random(5)), "2022");
        assertEquals(List.of("table-format-version"), rules(r));
        assertEquals("t2", r.findings().get(0).tableId());
        assertEquals("gov-2019", r.findings().get(0).reported());
        assertEquals("gov-2021", r.findings().get(0).expected());
    }

    @Test
    void check_should_report_the_single_other_row_in_a_2021_table_three_and_still_check_its_sums() throws Exception {
        FormatDefinition mixed = MixedFormat.of(V2021, V2019, Set.of("t3"));
        Map<String, Integer> v = DefinitionFill.consistent(mixed, new Random(6));
        assertEquals(List.of("table-format-version"), rules(check(mixed, v, "2021")));
        Map<String, Integer> wrong = new HashMap<>(v);
        wrong.merge("t3:results-total|business", 2, Integer::sum);
        FileResult r = check(mixed, wrong, "2021");
        assertEquals(List.of("table-format-version", "sum-results-total", "suggested-correction", "sum-row-total",
                "balance-identity"), rules(r));
        assertEquals("results-total|business", r.findings().get(1).rowId() + "|" + r.findings().get(1).columnId());
        assertEquals("results-total|business", r.findings().get(2).rowId() + "|" + r.findings().get(2).columnId(),
                "R3 over the single （六） row pins the changed total");
    }

    @Test
    void check_should_use_the_format_set_whatever_the_year() throws Exception {
        byte[] xlsx = FormatReports.workbook(V2021, DefinitionFill.consistent(V2021, new Random(7)), "2020");
        Path file = Files.write(dir.resolve("r.xlsx"), xlsx);
        assertEquals(List.of(), new ReportChecker(FormatChoice.of("2021")).checkFile(file, "r.xlsx").findings());
    }

    @Test
    void check_should_read_the_year_from_the_title_of_a_text_report() throws Exception {
        byte[] xlsx = FormatReports.workbook(V2019, DefinitionFill.consistent(V2019, new Random(8)), "");
        Path file = Files.write(dir.resolve("r.txt"), FormatReports.text(xlsx, V2019, "某局2020年政府信息公开工作年度报告"));
        FileResult r = BY_YEAR.checkFile(file, "r.txt");
        assertEquals("gov-2019", r.report().format().id());
        assertEquals(2020, r.report().use().year());
    }

    @Test
    void seeds_should_give_the_same_findings_by_year_as_against_the_2021_format() throws Exception {
        ReportChecker fixed = new ReportChecker(V2021);
        try (var files = Files.list(io.github.xxgk.fixtures.Seeds.directory())) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = seed.getFileName().toString();
                FileResult byYear = BY_YEAR.checkFile(seed, name);
                assertEquals(fixed.checkFile(seed, name).findings(), byYear.findings(), name);
                assertEquals("gov-2021", byYear.report().format().id(), name);
                assertTrue(byYear.report().use().year() >= 2021, name + " is a report of " + byYear.report().use().year());
            }
        }
        for (var seed : io.github.xxgk.fixtures.SeedWorkbooks.all().entrySet()) {
            Path file = seed.getValue().writeXlsx(dir.resolve(seed.getKey() + ".xlsx"));
            assertEquals(fixed.checkFile(file, "s.xlsx").findings(), BY_YEAR.checkFile(file, "s.xlsx").findings(), seed.getKey());
        }
    }

    private FileResult check(FormatDefinition d, Map<String, Integer> values, String year) throws Exception {
        Path file = Files.write(dir.resolve("r.xlsx"), FormatReports.workbook(d, values, year));
        return BY_YEAR.checkFile(file, "r.xlsx");
    }

    private static List<String> rules(FileResult r) {
        return r.findings().stream().map(f -> f.rule().id()).toList();
    }
}

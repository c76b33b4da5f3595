package io.github.xxgk.check;

import io.github.xxgk.core.FileResult;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.AgencyWorkbook;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A consistent report gives no findings; adding 1 to any one of the 175 cells of table 三 or the 15 of table 四
 * breaks exactly the relations that cell takes part in, each reported at its total cell. The expected relations
 * are written out here by hand from the table's meaning, independently of the format definition's relations.
 */
class PerturbationTest {

    static final String[] COLS = {"natural", "business", "research", "public-welfare", "legal-service", "other-org", "total"};
    static final String[] RESULT_ROWS = {"open", "partial", "withheld-secret", "withheld-prohibited", "withheld-security",
            "withheld-third-party", "withheld-internal", "withheld-process", "withheld-enforcement", "withheld-inquiry",
            "unable-not-held", "unable-to-create", "unable-unclear", "unhandled-petition", "unhandled-repeat",
            "unhandled-publication", "unhandled-excessive", "unhandled-confirm", "other-no-correction", "other-no-fee",
            "other-other"};
    static final Set<String> BALANCE_ROWS = Set.of("new", "carried", "results-total", "carried-next");
    static final String[][] T4_GROUPS = {{"review"}, {"direct"}, {"after-review"}};
    static final String[] T4_PARTS = {"upheld", "corrected", "other", "pending", "total"};

    static Map<String, Integer> consistent;

    @BeforeAll
    static void consistentReport() {
        Random random = new Random(2021);
        Map<String, Integer> v = new HashMap<>();
        for (int c = 0; c < 6; c++) {
            int results = 0;
            for (String r : RESULT_ROWS) {
                int x = random.nextInt(4) == 0 ? random.nextInt(30) : 0;
                v.put("t3:" + r + "|" + COLS[c], x);
                results += x;
            }
            int carried = random.nextInt(3);
            int next = random.nextInt(3);
            v.put("t3:results-total|" + COLS[c], results);
            v.put("t3:carried|" + COLS[c], carried);
            v.put("t3:carried-next|" + COLS[c], next);
            v.put("t3:new|" + COLS[c], results + next - carried);
        }
        for (String r : concat(RESULT_ROWS, "new", "carried", "results-total", "carried-next")) {
            int sum = 0;
            for (int c = 0; c < 6; c++) {
                sum += v.get("t3:" + r + "|" + COLS[c]);
            }
            v.put("t3:" + r + "|total", sum);
        }
        for (String[] g : T4_GROUPS) {
            int sum = 0;
            for (int i = 0; i < 4; i++) {
                int x = random.nextInt(5);
                v.put("t4:cases|" + g[0] + "-" + T4_PARTS[i], x);
                sum += x;
            }
            v.put("t4:cases|" + g[0] + "-total", sum);
        }
        v.values().forEach(x -> assertTrue(x >= 0, "the generated report must be valid"));
        consistent = v;
    }

    private static AgencyWorkbook workbook(String bump) {
        AgencyWorkbook wb = new AgencyWorkbook();
        consistent.forEach((key, value) -> {
            String table = key.substring(0, 2);
            String row = key.substring(3, key.indexOf('|'));
            String col = key.substring(key.indexOf('|') + 1);
            wb.set(table, row, col, key.equals(bump) ? value + 1 : value);
        });
        return wb;
    }

    @Test
    void check_should_report_nothing_for_a_consistent_report(@TempDir Path dir) {
        FileResult r = check(dir, null);
        assertEquals(List.of(), r.findings());
    }

    @Test
    void check_should_find_every_single_cell_change_at_that_cells_relations(@TempDir Path dir) {
        int cells = 0;
        for (String key : new TreeSet<>(consistent.keySet())) {
            FileResult r = check(dir, key);
            Set<String> found = new TreeSet<>();
            for (Finding f : r.findings()) {
                found.add(f.rule().id() + "@" + f.rowId() + "|" + f.columnId());
            }
            assertEquals(expectedFor(key), found, "after adding 1 to " + key);
            cells++;
        }
        assertEquals(175 + 15, cells);
    }

    /** The relations a table cell takes part in, each named by its rule and the cell that carries the total. */
    static Set<String> expectedFor(String key) {
        Set<String> expected = new TreeSet<>();
        String row = key.substring(3, key.indexOf('|'));
        String col = key.substring(key.indexOf('|') + 1);
        if (key.startsWith("t4:")) {
            String group = col.substring(0, col.lastIndexOf('-'));
            expected.add("sum-litigation-total@cases|" + group + "-total");
            return expected;
        }
        expected.add("sum-row-total@" + row + "|total");
        if (List.of(RESULT_ROWS).contains(row) || row.equals("results-total")) {
            expected.add("sum-results-total@results-total|" + col);
        }
        if (BALANCE_ROWS.contains(row)) {
            expected.add("balance-identity@carried-next|" + col);
        }
        return expected;
    }

    private static FileResult check(Path dir, String bump) {
        Path file = workbook(bump).writeXlsx(dir.resolve("report.xlsx"));
        return new ReportChecker(FormatDefinitions.standard()).checkFile(file, "report.xlsx");
    }

    private static List<String> concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all;
    }
}

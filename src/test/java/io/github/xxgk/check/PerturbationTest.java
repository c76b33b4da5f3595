package io.github.xxgk.check;

import io.github.xxgk.core.FileResult;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.GeneratedReport;
import io.github.xxgk.table.BoundCell;
import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.table.GridCell;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A consistent report gives no findings. Every single-cell change (+1, −1, ×10, a digit swap) of any of the 175
 * cells of table 三 or the 15 of table 四 breaks exactly the relations that cell takes part in — written out here by
 * hand from the tables' meaning, independently of the format definition — and the smallest correction names that
 * cell with its old value: as the unique suggestion in table 三, among the candidates in table 四, where a group's
 * total and its parts share one equation and cannot be told apart. Every two-cell change is corrected by at most two
 * cells, the changed ones whenever the correction is unique.
 */
class PerturbationTest {

    static final String[] RESULT_ROWS = GeneratedReport.RESULT_ROWS;
    static final Set<String> BALANCE_ROWS = Set.of("new", "carried", "results-total", "carried-next");
    static final Map<String, IntUnaryOperator> CHANGES = Map.of("+1", x -> x + 1, "-1", x -> x - 1, "×10", x -> x * 10,
            "digit swap", PerturbationTest::swapLastDigits);

    static Map<String, Integer> consistent;
    static BoundReport bound;

    @BeforeAll
    static void consistentReport(@TempDir Path dir) {
        consistent = GeneratedReport.consistent(new Random(2021));
        consistent.values().forEach(x -> assertTrue(x >= 0, "the generated report must be valid"));
        Path file = GeneratedReport.workbook(consistent).writeXlsx(dir.resolve("r.xlsx"));
        FileResult r = new ReportChecker(FormatDefinitions.standard()).checkFile(file, "r.xlsx");
        assertEquals(List.of(), r.findings(), "the consistent report gives no findings");
        bound = r.report();
    }

    @Test
    void check_should_find_every_single_cell_change_and_name_the_changed_cell(@TempDir Path dir) {
        int cases = 0;
        for (String key : new TreeSet<>(consistent.keySet())) {
            for (Map.Entry<String, IntUnaryOperator> change : CHANGES.entrySet()) {
                int before = consistent.get(key);
                int after = change.getValue().applyAsInt(before);
                if (after == before) {
                    continue; // ×10 of 0, a one-digit swap: nothing changed
                }
                String what = change.getKey() + " on " + key + " (" + before + " → " + after + ")";
                List<Finding> found = relations(Map.of(key, after));
                Set<String> failing = new TreeSet<>();
                found.stream().filter(f -> f.relationId() != null && f.rule() != Rule.RELATION_NOT_ASSESSABLE)
                        .forEach(f -> failing.add(f.rule().id() + "@" + f.rowId() + "|" + f.columnId()));
                assertEquals(expectedFor(key), failing, what);
                List<Finding> suggested = found.stream().filter(f -> f.rule() == Rule.SUGGESTED_CORRECTION).toList();
                List<Finding> candidates = found.stream().filter(f -> f.rule() == Rule.CORRECTION_CANDIDATE).toList();
                String cell = row(key) + "|" + col(key);
                if (key.startsWith("t3:")) {
                    assertEquals(List.of(cell + " " + after + " → " + before), describe(suggested), what);
                    assertEquals(List.of(), candidates, what);
                } else if (!suggested.isEmpty()) { // the other cells of the group cannot absorb the change (0s)
                    assertEquals(List.of(cell + " " + after + " → " + before), describe(suggested), what);
                } else {
                    assertTrue(describe(candidates).contains(cell + " " + after + " → " + before), what + ": " + describe(candidates));
                    assertTrue(Integer.parseInt(candidates.get(0).args().get("alternatives")) > 1, what);
                }
                cases++;
            }
        }
        assertTrue(cases >= 2 * 190, "only " + cases + " changes were tried"); // +1 and −1 change every cell
    }

    @Test
    void check_should_correct_every_two_cell_change_with_at_most_two_cells() {
        List<String> keys = new ArrayList<>(new TreeSet<>(consistent.keySet()));
        int unique = 0;
        int pairs = 0;
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                String a = keys.get(i);
                String b = keys.get(j);
                if (!a.substring(0, 2).equals(b.substring(0, 2))) {
                    continue; // tables do not share equations: each change is a single-cell change of its table
                }
                String what = "+1 on " + a + " and " + b;
                List<Finding> found = relations(Map.of(a, consistent.get(a) + 1, b, consistent.get(b) + 1));
                List<Finding> suggested = found.stream().filter(f -> f.rule() == Rule.SUGGESTED_CORRECTION).toList();
                List<Finding> candidates = found.stream().filter(f -> f.rule() == Rule.CORRECTION_CANDIDATE).toList();
                boolean sameGroup = a.startsWith("t4:") && group(a).equals(group(b));
                if (found.isEmpty()) { // a part and its total, both one more: the table is consistent again
                    assertTrue(sameGroup && (col(a).endsWith("-total") || col(b).endsWith("-total")), what);
                    pairs++;
                    continue;
                }
                assertTrue(found.stream().noneMatch(f -> f.rule() == Rule.CORRECTION_NOT_FOUND), what);
                Finding any = suggested.isEmpty() ? candidates.get(0) : suggested.get(0);
                assertTrue(Integer.parseInt(any.args().get("count")) <= 2, what);
                if (!suggested.isEmpty() && !sameGroup) {
                    assertEquals(List.of(row(a) + "|" + col(a), row(b) + "|" + col(b)),
                            suggested.stream().map(f -> f.rowId() + "|" + f.columnId()).sorted().toList(), what);
                    unique++;
                }
                pairs++;
            }
        }
        assertEquals(175 * 174 / 2 + 15 * 14 / 2, pairs);
        assertTrue(unique > pairs / 2, "unique corrections for only " + unique + " of " + pairs + " pairs");
    }

    /** The relation findings of the consistent report with some cells changed. */
    private static List<Finding> relations(Map<String, Integer> changed) {
        Findings findings = new Findings("r.xlsx");
        new RelationCheck().check(withValues(bound, changed), findings);
        return findings.list();
    }

    /** The bound report with the given cells (「t3:row|column」) holding other numbers: as if read so. */
    static BoundReport withValues(BoundReport bound, Map<String, Integer> changed) {
        Map<String, BoundTable> tables = new HashMap<>(bound.tables());
        changed.forEach((key, value) -> {
            BoundTable t = tables.get(key.substring(0, 2));
            Map<String, BoundCell> cells = new HashMap<>(t.cells());
            BoundCell old = cells.get(BoundTable.key(row(key), col(key)));
            GridCell g = old.cell();
            cells.put(BoundTable.key(row(key), col(key)), new BoundCell(old.rowId(), old.columnId(),
                    new GridCell(g.ref(), g.origin(), new CellValue.Number(BigDecimal.valueOf(value), Integer.toString(value)))));
            tables.put(t.tableId(), new BoundTable(t.template(), t.sheet(), t.anchor(), cells, t.labels(), t.missingRows(),
                    t.missingColumns(), t.extras()));
        });
        return new BoundReport(bound.format(), tables, bound.cover(), bound.grid());
    }

    private static List<String> describe(List<Finding> corrections) {
        return corrections.stream().map(f -> f.rowId() + "|" + f.columnId() + " " + f.reported() + " → " + f.expected())
                .toList();
    }

    /** The relations a table cell takes part in, each named by its rule and the cell that carries the total. */
    static Set<String> expectedFor(String key) {
        Set<String> expected = new TreeSet<>();
        String row = row(key);
        String col = col(key);
        if (key.startsWith("t4:")) {
            expected.add("sum-litigation-total@cases|" + group(key) + "-total");
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

    private static String row(String key) {
        return GeneratedReport.row(key);
    }

    private static String col(String key) {
        return GeneratedReport.column(key);
    }

    private static String group(String key) {
        return col(key).substring(0, col(key).lastIndexOf('-'));
    }

    /** 12 → 21; a one-digit number stays as it is. */
    private static int swapLastDigits(int x) {
        if (x < 10) {
            return x;
        }
        int last = x % 10;
        int tens = x / 10 % 10;
        return x - last - tens * 10 + last * 10 + tens;
    }
}

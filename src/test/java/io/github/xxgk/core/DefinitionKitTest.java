package io.github.xxgk.core;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Findings;
import io.github.xxgk.check.RelationCheck;
import io.github.xxgk.check.Rule;
import io.github.xxgk.fixtures.DefinitionFill;
import io.github.xxgk.fixtures.FormatReports;
import io.github.xxgk.fixtures.SpannedDocuments;
import io.github.xxgk.table.BoundCell;
import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.table.GridCell;
import io.github.xxgk.template.Equation;
import io.github.xxgk.template.EquationModel;
import io.github.xxgk.template.FormatChoice;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.FormatDefinitions;
import io.github.xxgk.template.TableTemplate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One kit for every definition the plugin ships or loads — the 2019 and 2021 formats and a province's variant — all
 * derived from the definition itself: generate its template, fill it consistently (from its own equations), check
 * it (no findings, every cell bound); change any one cell that an equation names and exactly the equations that
 * cell takes part in fail, each at its target; render the same workbook as HTML, Word and text and bind the same
 * values and find the same findings.
 */
class DefinitionKitTest {

    /** A definition, how it is chosen, and a report year it is for. */
    record Kit(String name, FormatDefinition definition, ReportChecker checker, String year) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Kit> definitions() {
        FormatDefinition variant = FormatDefinitions.load("src/test/resources/formats/province-2020.json");
        ReportChecker byYear = new ReportChecker(FormatChoice.of("auto"));
        return Stream.of(new Kit("gov-2019 by year", FormatDefinitions.load("2019"), byYear, "2020"),
                new Kit("gov-2021 by year", FormatDefinitions.load("2021"), byYear, "2023"),
                new Kit("province-2020 variant", variant, new ReportChecker(variant), "2020"));
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("definitions")
    void template_filled_consistently_should_give_no_findings_and_bind_every_cell(Kit kit) throws Exception {
        FormatDefinition d = kit.definition();
        FileResult r = checkXlsx(kit, DefinitionFill.consistent(d, new Random(14)));
        assertEquals(List.of(), r.findings(), kit.name());
        assertEquals(d.id(), r.report().format().id());
        for (TableTemplate t : d.tables()) {
            assertEquals(t.cells().size(), r.report().table(t.id()).orElseThrow().cells().size(), t.id());
        }
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void every_single_cell_change_should_fail_exactly_the_equations_of_that_cell(Kit kit) throws Exception {
        FormatDefinition d = kit.definition();
        Map<String, Integer> consistent = DefinitionFill.consistent(d, new Random(15));
        BoundReport bound = checkXlsx(kit, consistent).report();
        Map<String, Set<String>> equationsOf = new TreeMap<>();
        for (Equation e : EquationModel.of(d).equations()) {
            String target = e.relation().id() + "@" + e.target().rowId() + "|" + e.target().columnId();
            e.operands().forEach(o -> equationsOf.computeIfAbsent(DefinitionFill.key(e.tableId(), o.rowId(), o.columnId()),
                    k -> new TreeSet<>()).add(target));
        }
        assertTrue(equationsOf.size() > 20, kit.name() + ": only " + equationsOf.size() + " cells in equations");
        for (Map.Entry<String, Set<String>> cell : equationsOf.entrySet()) {
            for (int delta : new int[] {1, -1, 7}) {
                Set<String> failing = new TreeSet<>();
                relations(bound, cell.getKey(), consistent.get(cell.getKey()) + delta).stream()
                        .filter(f -> f.relationId() != null && f.rule() != Rule.RELATION_NOT_ASSESSABLE)
                        .forEach(f -> failing.add(f.relationId() + "@" + f.rowId() + "|" + f.columnId()));
                assertEquals(cell.getValue(), failing, kit.name() + ": " + delta + " on " + cell.getKey());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void the_same_report_as_html_word_and_text_should_bind_and_check_alike(Kit kit) throws Exception {
        FormatDefinition d = kit.definition();
        Map<String, Integer> values = DefinitionFill.consistent(d, new Random(16));
        Equation first = EquationModel.of(d).equations().get(0);
        String changed = DefinitionFill.key(first.tableId(), first.target().rowId(), first.target().columnId());
        values.merge(changed, 3, Integer::sum); // one broken total, so there is something to find
        byte[] xlsx = FormatReports.workbook(d, values, kit.year());
        FileResult workbook = check(kit, "r.xlsx", xlsx);
        assertTrue(workbook.findings().stream().anyMatch(f -> f.relationId() != null), kit.name() + ": " + workbook.findings());
        Map<String, String> cells = cells(workbook.report());
        List<String> findings = what(workbook.findings());
        String title = "某局" + kit.year() + "年政府信息公开工作年度报告";
        byte[] shown = FormatReports.published(xlsx);
        Map<String, byte[]> renderings = new TreeMap<>(Map.of("r.html", SpannedDocuments.html(shown),
                "r.docx", SpannedDocuments.docx(shown, false), "r.txt", FormatReports.text(xlsx, d, title)));
        for (Map.Entry<String, byte[]> rendering : renderings.entrySet()) {
            FileResult r = check(kit, rendering.getKey(), rendering.getValue());
            assertEquals(d.id(), r.report().format().id(), rendering.getKey());
            assertEquals(Map.of(), differences(cells, cells(r.report())), kit.name() + " " + rendering.getKey());
            assertEquals(findings, what(r.findings()), kit.name() + " " + rendering.getKey());
        }
    }

    private FileResult checkXlsx(Kit kit, Map<String, Integer> values) throws Exception {
        return check(kit, "r.xlsx", FormatReports.workbook(kit.definition(), values, kit.year()));
    }

    private FileResult check(Kit kit, String name, byte[] content) throws Exception {
        return kit.checker().checkFile(Files.write(dir.resolve(name), content), name);
    }

    /** The cells whose values differ: workbook value → other value ("—" where not bound). */
    private static Map<String, String> differences(Map<String, String> expected, Map<String, String> actual) {
        Map<String, String> diff = new TreeMap<>();
        Set<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String k : keys) {
            if (!expected.getOrDefault(k, "—").equals(actual.getOrDefault(k, "—"))) {
                diff.put(k, expected.getOrDefault(k, "—") + " → " + actual.getOrDefault(k, "—"));
            }
        }
        return diff;
    }

    /** Every bound cell's value, by table, row and column. */
    private static Map<String, String> cells(BoundReport report) {
        Map<String, String> cells = new TreeMap<>();
        report.tables().values().forEach(t -> t.cells().values().forEach(c ->
                cells.put(DefinitionFill.key(t.tableId(), c.rowId(), c.columnId()), c.value() instanceof CellValue.Number n
                        ? n.value().stripTrailingZeros().toPlainString() : c.value().display())));
        return cells;
    }

    /** The findings on the tables, without their places (a line in a text, a cell in a workbook). */
    private static List<String> what(List<Finding> findings) {
        return findings.stream().filter(f -> !f.rule().id().startsWith("document-"))
                .map(f -> f.rule().id() + " " + f.rowId() + "|" + f.columnId() + " " + f.reported() + " → " + f.expected())
                .sorted().toList();
    }

    /** The relation findings of the bound report with one cell set to {@code value}. */
    private static List<Finding> relations(BoundReport bound, String key, int value) {
        Map<String, BoundTable> tables = new HashMap<>(bound.tables());
        String tableId = key.substring(0, key.indexOf(':'));
        String row = key.substring(key.indexOf(':') + 1, key.indexOf('|'));
        String column = key.substring(key.indexOf('|') + 1);
        BoundTable t = tables.get(tableId);
        Map<String, BoundCell> cells = new HashMap<>(t.cells());
        BoundCell old = cells.get(BoundTable.key(row, column));
        GridCell g = old.cell();
        cells.put(BoundTable.key(row, column), new BoundCell(row, column, new GridCell(g.ref(), g.origin(),
                new CellValue.Number(BigDecimal.valueOf(value), Integer.toString(value)))));
        tables.put(tableId, new BoundTable(t.template(), t.sheet(), t.anchor(), cells, t.labels(), t.missingRows(),
                t.missingColumns(), t.extras()));
        Findings findings = new Findings("r.xlsx");
        new RelationCheck().check(new BoundReport(bound.format(), tables, bound.cover(), bound.grid(), bound.use()), findings);
        return findings.list();
    }
}

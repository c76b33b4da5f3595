package io.github.xxgk.check;

import io.github.xxgk.check.solve.CorrectionSearch;
import io.github.xxgk.fixtures.GeneratedReport;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.fixtures.Seeds;
import io.github.xxgk.fixtures.SourceFiles;
import io.github.xxgk.read.doc.TextReader;
import io.github.xxgk.read.poi.WorkbookReader;
import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.Grid;
import io.github.xxgk.table.bind.ReportBinder;
import io.github.xxgk.template.Equation;
import io.github.xxgk.template.EquationModel;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The minimal-correction search gives what it gave before it was made faster: over a fixed corpus — the seed
 * workbooks and texts, 400 generated reports with one to three cells changed (up, down, ×10, to 0) and 300 small
 * synthetic systems (counts and amounts, up to five changed cells, two to six cells searched) — every relation
 * finding of every report (hashed, in the order made: the order of the alternatives shows in the findings) and
 * every search result (status, corrections in order, next size) equal those recorded in
 * {@code correction-corpus.txt}, which the search as it was before the speed-up (commit 1d176eb) wrote.
 * To record the file again after a deliberate change of results: {@code -Dxxgk.corpus.record=<path>}.
 */
class CorrectionCorpusTest {

    private static final String CORPUS = "/io/github/xxgk/check/correction-corpus.txt";
    private static final long BUDGET = 60_000_000_000L; // no search of the corpus comes near it: results never time out

    @Test
    void search_should_give_the_recorded_results_over_the_corpus() throws Exception {
        Map<String, String> actual = new LinkedHashMap<>();
        Map<String, String> details = new LinkedHashMap<>();
        reports(actual, details);
        synthetic(actual);
        List<String> lines = actual.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList();
        String record = System.getProperty("xxgk.corpus.record");
        if (record != null) {
            Files.write(Path.of(record), lines, StandardCharsets.UTF_8);
            fail("recorded " + lines.size() + " results in " + record + ": not a check");
        }
        Map<String, String> expected = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream(CORPUS)) {
            assertNotNull(in, CORPUS);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int space = line.indexOf(' ');
                expected.put(line.substring(0, space), line.substring(space + 1));
            }
        }
        assertEquals(expected.keySet(), actual.keySet(), "the corpus is the one recorded");
        for (String name : expected.keySet()) {
            assertEquals(expected.get(name), actual.get(name), () -> name + ", findings now:\n" + details.get(name));
        }
    }

    /** Each report: a hash of its relation findings, their number, and each searched table's result in short. */
    private static void reports(Map<String, String> out, Map<String, String> details) throws Exception {
        FormatDefinition format = FormatDefinitions.standard();
        EquationModel model = EquationModel.of(format);
        ReportBinder binder = new ReportBinder();
        WorkbookReader xlsx = new WorkbookReader();
        Map<String, Grid> grids = new LinkedHashMap<>();
        for (Map.Entry<String, io.github.xxgk.fixtures.AgencyWorkbook> seed : SeedWorkbooks.all().entrySet()) {
            grids.put("seed-" + seed.getKey(), SourceFiles.read(xlsx, seed.getKey() + ".xlsx", seed.getValue().toXlsx()));
        }
        try (Stream<Path> files = Files.list(Seeds.directory())) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                grids.put("text-" + name.substring(0, 3), SourceFiles.read(new TextReader(), name, Files.readAllBytes(p)));
            }
        }
        Map<String, BoundReport> reports = new LinkedHashMap<>();
        grids.forEach((name, grid) -> reports.put(name, binder.bind(grid, format)));
        Random random = new Random(20211);
        BoundReport layout = binder.bind(SourceFiles.read(xlsx, "r.xlsx",
                GeneratedReport.workbook(GeneratedReport.consistent(random)).toXlsx()), format);
        for (int i = 0; i < 400; i++) {
            Map<String, Integer> values = GeneratedReport.consistent(random);
            List<String> keys = values.keySet().stream().sorted().toList();
            for (int k = 0; k <= i % 3; k++) {
                String key = keys.get(random.nextInt(keys.size()));
                int x = values.get(key);
                int y = switch (random.nextInt(4)) {
                    case 0 -> x + 1 + random.nextInt(5);
                    case 1 -> Math.max(0, x - 1 - random.nextInt(5));
                    case 2 -> x * 10;
                    default -> 0;
                };
                values.put(key, y == x ? x + 1 : y); // a change that changes nothing would test nothing
            }
            reports.put("report-" + i, PerturbationTest.withValues(layout, values)); // as if read: writing is slow
        }
        for (Map.Entry<String, BoundReport> g : reports.entrySet()) {
            BoundReport report = g.getValue();
            Findings findings = new Findings("f");
            new RelationCheck().check(report, findings);
            String text = findings.list().stream().map(CorrectionCorpusTest::line).collect(Collectors.joining("\n"));
            List<String> searched = new ArrayList<>();
            for (var t : format.tables()) {
                report.table(t.id()).ifPresent(table -> searched.add(search(table, model, format.amountScale())));
            }
            out.put(g.getKey(), hash(text) + " " + findings.list().size() + " " + String.join(" ", searched));
            details.put(g.getKey(), text);
        }
    }

    private static String line(Finding f) {
        return f.rule() + " " + f.severity() + " " + f.location() + " " + f.tableId() + " " + f.rowId() + " "
                + f.columnId() + " " + f.item() + " " + f.reported() + " " + f.expected() + " " + f.relationId() + " "
                + f.terms() + " " + new TreeMap<>(f.args());
    }

    /** 「t3=FOUND/1x2/3」: status, alternatives × cells, next size; 「t3=-」 for a table that needs no search. */
    private static String search(BoundTable table, EquationModel model, int amountScale) {
        List<EvaluatedEquation> evaluated = new ArrayList<>();
        for (Equation e : model.ofTable(table.tableId())) {
            EvaluatedEquation.of(table, e).ifPresent(evaluated::add);
        }
        if (evaluated.stream().noneMatch(e -> e.assessable() && !e.holds())) {
            return table.tableId() + "=-";
        }
        TableCorrection c = TableCorrection.of(table.template(), evaluated, amountScale);
        return table.tableId() + "=" + c.status() + "/" + c.alternatives().size() + "x"
                + (c.alternatives().isEmpty() ? 0 : c.alternatives().get(0).size()) + "/" + c.nextSize();
    }

    private static String hash(String text) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 8);
    }

    /**
     * Small tables of parts with row totals, column totals and a grand total, some with a balance equation
     * (a = b + c − d) and a doubled weight, as counts or as amounts with decimals; one to five cells changed, searched for corrections of up to two, four or six cells.
     */
    private static void synthetic(Map<String, String> out) {
        Random random = new Random(30);
        for (int i = 0; i < 300; i++) {
            int rows = 2 + random.nextInt(4);
            int cols = 2 + random.nextInt(4);
            boolean amounts = random.nextInt(3) == 0;
            long[][] v = new long[rows + 1][cols + 1]; // at scale 2 for amounts
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    v[r][c] = random.nextInt(3) == 0 ? 0 : random.nextInt(amounts ? 5000 : 30);
                    v[r][cols] += v[r][c];
                    v[rows][c] += v[r][c];
                    v[rows][cols] += v[r][c];
                }
            }
            int n = (rows + 1) * (cols + 1);
            List<CorrectionSearch.Equation> eqs = new ArrayList<>();
            for (int r = 0; r <= rows; r++) {
                int row = r;
                eqs.add(sum(r * (cols + 1) + cols, cols, c -> row * (cols + 1) + c));
            }
            for (int c = 0; c < cols; c++) {
                int col = c;
                eqs.add(sum(rows * (cols + 1) + c, rows, r -> r * (cols + 1) + col));
            }
            List<Long> values = new ArrayList<>();
            for (long[] row : v) {
                for (long x : row) {
                    values.add(x);
                }
            }
            if (random.nextBoolean()) { // a balance a = b + c − d over new cells, b the grand total doubled
                long c = random.nextInt(amounts ? 900 : 9);
                long d = random.nextInt((int) Math.min(2 * v[rows][cols] + c, Integer.MAX_VALUE - 1) + 1);
                values.add(2 * v[rows][cols] + c - d);
                values.add(c);
                values.add(d);
                eqs.add(new CorrectionSearch.Equation(new int[]{n, n - 1, n + 1, n + 2}, new int[]{1, -2, -1, 1}));
            }
            int changes = 1 + random.nextInt(5);
            for (int k = 0; k < changes; k++) {
                int at = random.nextInt(values.size());
                long x = values.get(at);
                values.set(at, switch (random.nextInt(4)) {
                    case 0 -> x + 1 + random.nextInt(amounts ? 500 : 5);
                    case 1 -> Math.max(0, x - 1 - random.nextInt(5));
                    case 2 -> x * 10;
                    default -> 0L;
                });
            }
            List<CorrectionSearch.Variable> vars = values.stream()
                    .map(x -> new CorrectionSearch.Variable(BigDecimal.valueOf(x, amounts ? 2 : 0), !amounts)).toList();
            int maxCells = i % 5 == 0 ? 2 : i % 5 == 1 ? 4 : 6;
            CorrectionSearch.Result r = CorrectionSearch.solve(vars, eqs, amounts ? 4 : 0, maxCells, BUDGET);
            out.put("system-" + i, r.status() + " " + r.nextSize() + " " + r.corrections().stream()
                    .map(c -> c.changes().stream().map(x -> x.var() + ":" + x.from().toPlainString() + ">"
                            + x.to().toPlainString()).collect(Collectors.joining(",")))
                    .collect(Collectors.joining(";")));
        }
    }

    /** total − Σ parts = 0. */
    private static CorrectionSearch.Equation sum(int total, int parts, java.util.function.IntUnaryOperator part) {
        int[] vars = new int[parts + 1];
        int[] weights = new int[parts + 1];
        vars[0] = total;
        weights[0] = 1;
        for (int p = 0; p < parts; p++) {
            vars[p + 1] = part.applyAsInt(p);
            weights[p + 1] = -1;
        }
        return new CorrectionSearch.Equation(vars, weights);
    }
}

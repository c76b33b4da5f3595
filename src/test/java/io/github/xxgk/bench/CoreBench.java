package io.github.xxgk.bench;

import io.github.xxgk.check.Check;
import io.github.xxgk.check.DocumentCheck;
import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Findings;
import io.github.xxgk.check.LabelCheck;
import io.github.xxgk.check.NarrativeCheck;
import io.github.xxgk.check.RelationCheck;
import io.github.xxgk.check.StructureCheck;
import io.github.xxgk.check.ValueCheck;
import io.github.xxgk.fixtures.AgencyWorkbook;
import io.github.xxgk.fixtures.GeneratedReport;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.fixtures.Seeds;
import io.github.xxgk.fixtures.SourceFiles;
import io.github.xxgk.read.doc.TextReader;
import io.github.xxgk.read.poi.WorkbookReader;
import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.Grid;
import io.github.xxgk.table.bind.ReportBinder;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.FormatDefinitions;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * What binding and each check cost per report, reading excluded: the fixtures are read into grids once, then
 * {@code ReportBinder.bind} and every check are timed on their own, after a warm-up, as the median of several
 * runs (CPU time of the measuring thread). Groups: the five seed workbooks with their layout variants, generated reports (consistent and with one to
 * three changed cells), the five seed texts. Also prints a fingerprint of all findings, to compare before and after
 * a change. Run: {@code mvn -q test-compile}, then
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.github.xxgk.bench.CoreBench [runs]}.
 */
public final class CoreBench {

    private static final List<Check> CHECKS = List.of(new StructureCheck(), new LabelCheck(), new ValueCheck(),
            new RelationCheck(), new DocumentCheck(), new NarrativeCheck());
    /** Each measured run takes about this long per step and group. */
    private static final long RUN_NANOS = 150_000_000L;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private CoreBench() {
    }

    /**
     * {@code [runs]} times every step; {@code profile [seconds]} only runs bind and all checks over every fixture, for
     * a profiler to see each step in proportion to what it costs.
     */
    public static void main(String[] args) throws Exception {
        FormatDefinition format = FormatDefinitions.standard();
        Map<String, List<Grid>> groups = fixtures();
        ReportBinder binder = new ReportBinder();
        if (args.length > 0 && args[0].equals("profile")) {
            pipeline(groups, binder, format, args.length > 1 ? Long.parseLong(args[1]) : 20);
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        warmUp(groups, binder, format);
        System.out.printf("xxgk core bench: ms per report, median of %d runs (reading excluded)%n", runs);
        System.out.printf("%-26s %8s %8s", "group (reports)", "bind", "replay");
        CHECKS.forEach(c -> System.out.printf(" %10s", c.getClass().getSimpleName().replace("Check", "")));
        System.out.printf(" %8s%n", "total");
        for (Map.Entry<String, List<Grid>> group : groups.entrySet()) {
            List<Grid> grids = group.getValue();
            List<BoundReport> reports = grids.stream().map(g -> binder.bind(g, format)).toList();
            List<Consumer<Integer>> steps = new ArrayList<>();
            steps.add(i -> binder.bindTables(grids.get(i), format)); // afresh: as for a layout not seen before
            steps.add(i -> binder.bind(grids.get(i), format)); // the layout seen: replayed (documents: afresh)
            for (Check check : CHECKS) {
                steps.add(i -> check.check(reports.get(i), new Findings("f")));
            }
            System.out.printf("%-26s", group.getKey() + " (" + grids.size() + ")");
            double total = 0;
            for (Consumer<Integer> step : steps) {
                double ms = measure(step, grids.size(), runs);
                total += steps.indexOf(step) == 0 ? 0 : ms; // the total of a layout seen before
                System.out.printf(steps.indexOf(step) <= 1 ? " %8.4f" : " %10.4f", ms);
            }
            System.out.printf(" %8.4f%n", total);
        }
        System.out.println("findings fingerprint: " + fingerprint(groups, binder, format));
    }

    /** Every step over every fixture for a few seconds, so that the first group is not timed while the JIT works. */
    private static void warmUp(Map<String, List<Grid>> groups, ReportBinder binder, FormatDefinition format) {
        pipeline(groups, binder, format, 3);
    }

    private static void pipeline(Map<String, List<Grid>> groups, ReportBinder binder, FormatDefinition format,
                                 long seconds) {
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < seconds * 1_000_000_000L) {
            for (List<Grid> grids : groups.values()) {
                for (Grid grid : grids) {
                    BoundReport report = binder.bind(grid, format);
                    CHECKS.forEach(c -> c.check(report, new Findings("f")));
                }
            }
        }
    }

    /**
     * Median over runs of the time per report of one step, after one warm-up run: the CPU time of this thread, since
     * the machine is shared (garbage collection and the JIT run in other threads and are not counted).
     */
    private static double measure(Consumer<Integer> step, int reports, int runs) {
        double[] perReport = new double[runs];
        for (int run = -1; run < runs; run++) {
            long t0 = CPU.getCurrentThreadCpuTime();
            long n = 0;
            do {
                for (int i = 0; i < reports; i++) {
                    step.accept(i);
                }
                n += reports;
            } while (CPU.getCurrentThreadCpuTime() - t0 < RUN_NANOS);
            if (run >= 0) {
                perReport[run] = (CPU.getCurrentThreadCpuTime() - t0) / 1e6 / n;
            }
        }
        Arrays.sort(perReport);
        return perReport[runs / 2];
    }

    private static Map<String, List<Grid>> fixtures() throws Exception {
        WorkbookReader xlsx = new WorkbookReader();
        Map<String, List<Grid>> groups = new LinkedHashMap<>();
        List<Grid> seeds = new ArrayList<>();
        List<Grid> layouts = new ArrayList<>();
        List<UnaryOperator<AgencyWorkbook>> variants = List.of(wb -> wb.oneSheet(true), wb -> wb.titleRows(0),
                wb -> wb.titleRows(3), wb -> wb.startCol(2), wb -> wb.lineBreaks(true),
                wb -> wb.oneSheet(true).titleRows(2).startCol(3).lineBreaks(true));
        for (String name : SeedWorkbooks.all().keySet()) {
            seeds.add(SourceFiles.read(xlsx, name + ".xlsx", SeedWorkbooks.all().get(name).toXlsx()));
            for (UnaryOperator<AgencyWorkbook> variant : variants) {
                layouts.add(SourceFiles.read(xlsx, name + ".xlsx", variant.apply(SeedWorkbooks.all().get(name)).toXlsx()));
            }
        }
        groups.put("seed workbooks", seeds);
        groups.put("layout variants", layouts);
        Random random = new Random(7);
        List<Grid> consistent = new ArrayList<>();
        List<Grid> perturbed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Map<String, Integer> values = GeneratedReport.consistent(random);
            consistent.add(SourceFiles.read(xlsx, "c.xlsx", GeneratedReport.workbook(values).toXlsx()));
            List<String> keys = values.keySet().stream().sorted().toList();
            for (int k = 0; k <= random.nextInt(3); k++) {
                values.merge(keys.get(random.nextInt(keys.size())), 1 + random.nextInt(5), Integer::sum);
            }
            perturbed.add(SourceFiles.read(xlsx, "p.xlsx", GeneratedReport.workbook(values).toXlsx()));
        }
        groups.put("generated consistent", consistent);
        groups.put("generated perturbed", perturbed);
        List<Grid> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Seeds.directory())) {
            for (Path p : files.sorted().toList()) {
                texts.add(SourceFiles.read(new TextReader(), p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        groups.put("seed texts", texts);
        return groups;
    }

    /** Every finding and binding of every fixture as text (unordered parts sorted), hashed. */
    private static String fingerprint(Map<String, List<Grid>> groups, ReportBinder binder, FormatDefinition format) {
        StringBuilder all = new StringBuilder();
        int count = 0;
        for (List<Grid> grids : groups.values()) {
            for (Grid grid : grids) {
                BoundReport report = binder.bind(grid, format);
                Findings findings = new Findings("f");
                CHECKS.forEach(c -> c.check(report, findings));
                List<String> lines = new ArrayList<>(); // sorted: checks iterate unordered sets and maps
                for (Finding f : findings.list()) {
                    lines.add(f.rule() + " " + f.severity() + " " + f.location() + " " + f.tableId() + " " + f.rowId()
                            + " " + f.columnId() + " " + f.item() + " " + f.reported() + " " + f.expected() + " "
                            + f.relationId() + " " + f.terms() + " " + new TreeMap<>(f.args()));
                }
                lines.stream().sorted().forEach(l -> all.append(l).append('\n'));
                count += lines.size();
                report.tables().values().stream().sorted(java.util.Comparator.comparing(t -> t.tableId())).forEach(t -> {
                    all.append(t.tableId()).append(t.sheet()).append(t.anchor()).append(new TreeMap<>(t.cells()))
                            .append(t.labels()).append(new java.util.TreeSet<>(t.missingRows()))
                            .append(new java.util.TreeSet<>(t.missingColumns())).append(t.extras()).append('\n');
                });
                all.append(new TreeMap<>(report.cover())).append('\n');
            }
        }
        try {
            Files.writeString(Path.of("target/core-bench-findings.txt"), all); // to diff when the fingerprint changes
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return count + " findings, " + Integer.toHexString(all.toString().hashCode())
                + " (all in target/core-bench-findings.txt)";
    }
}

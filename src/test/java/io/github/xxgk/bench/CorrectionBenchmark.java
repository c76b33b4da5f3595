package io.github.xxgk.bench;

import io.github.xxgk.check.Findings;
import io.github.xxgk.check.RelationCheck;
import io.github.xxgk.check.Rule;
import io.github.xxgk.fixtures.GeneratedReport;
import io.github.xxgk.fixtures.Seeds;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.fixtures.SourceFiles;
import io.github.xxgk.read.SourceFile;
import io.github.xxgk.read.SourceReader;
import io.github.xxgk.read.doc.TextReader;
import io.github.xxgk.read.poi.WorkbookReader;
import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.Grid;
import io.github.xxgk.table.bind.ReportBinder;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static io.github.xxgk.bench.Stats.max;
import static io.github.xxgk.bench.Stats.median;

/**
 * Prints what the relation check with its minimal-correction search costs per report, beside what reading the same
 * report costs: median and worst over every fixture — the five seed workbooks, the five seed texts, and 300
 * generated reports with one to three random cells changed. Run with
 * {@code mvn test -Dinvoker.skip -Dgroups=benchmark -Dxxgk.excludedGroups=none -Dtest=CorrectionBenchmark}.
 */
@Tag("benchmark")
class CorrectionBenchmark {

    private static final int REPEAT = 15;

    private record Fixture(SourceFile file, SourceReader reader) {
        Fixture(String name, byte[] bytes, SourceReader reader) {
            this(SourceFiles.write(name, bytes), reader);
        }

        String name() {
            return file.name();
        }
    }

    @Test
    void benchmark_correction_search_against_reading() throws Exception {
        FormatDefinition format = FormatDefinitions.standard();
        List<Fixture> fixtures = new ArrayList<>();
        SeedWorkbooks.all().forEach((name, wb) -> fixtures.add(new Fixture(name + ".xlsx", wb.toXlsx(), new WorkbookReader())));
        try (Stream<Path> seeds = Files.list(Seeds.directory())) {
            for (Path p : seeds.sorted().toList()) {
                fixtures.add(new Fixture(p.getFileName().toString(), Files.readAllBytes(p), new TextReader()));
            }
        }
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            Map<String, Integer> values = GeneratedReport.consistent(random);
            List<String> keys = values.keySet().stream().sorted().toList();
            for (int k = 0; k <= random.nextInt(3); k++) {
                values.merge(keys.get(random.nextInt(keys.size())), 1 + random.nextInt(5), Integer::sum);
            }
            fixtures.add(new Fixture("generated-" + i + ".xlsx", GeneratedReport.workbook(values).toXlsx(), new WorkbookReader()));
        }
        ReportBinder binder = new ReportBinder();
        RelationCheck relations = new RelationCheck();
        double[] read = new double[fixtures.size()];
        double[] solve = new double[fixtures.size()];
        int unique = 0;
        int ambiguous = 0;
        for (int pass = 0; pass < 2; pass++) { // the first pass warms up the JIT
            for (int i = 0; i < fixtures.size(); i++) {
                Fixture f = fixtures.get(i);
                double[] r = new double[REPEAT];
                double[] s = new double[REPEAT];
                Findings last = null;
                for (int n = 0; n < REPEAT; n++) {
                    long t0 = System.nanoTime();
                    Grid grid = f.reader().read(f.file());
                    BoundReport report = binder.bind(grid, format);
                    long t1 = System.nanoTime();
                    last = new Findings(f.name());
                    relations.check(report, last);
                    long t2 = System.nanoTime();
                    r[n] = (t1 - t0) / 1e6;
                    s[n] = (t2 - t1) / 1e6;
                }
                read[i] = median(r);
                solve[i] = median(s);
                if (pass == 1) {
                    unique += last.list().stream().anyMatch(x -> x.rule() == Rule.SUGGESTED_CORRECTION) ? 1 : 0;
                    ambiguous += last.list().stream().anyMatch(x -> x.rule() == Rule.CORRECTION_CANDIDATE) ? 1 : 0;
                }
            }
        }
        int worst = 0;
        for (int i = 1; i < solve.length; i++) {
            worst = solve[i] > solve[worst] ? i : worst;
        }
        System.out.printf("xxgk correction benchmark: %d reports (%d with a unique correction, %d ambiguous)%n",
                fixtures.size(), unique, ambiguous);
        System.out.printf("  read + bind:             median %.2f ms, worst %.2f ms per report%n", median(read), max(read));
        System.out.printf("  relations + correction:  median %.2f ms, worst %.2f ms per report (worst: %s)%n",
                median(solve), solve[worst], fixtures.get(worst).name());
    }
}

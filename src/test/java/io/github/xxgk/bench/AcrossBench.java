package io.github.xxgk.bench;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.across.AcrossReports;
import io.github.xxgk.check.across.ReportValues;
import io.github.xxgk.check.across.Rollup;
import io.github.xxgk.fixtures.GeneratedReport;
import io.github.xxgk.identity.IdentityResolver;
import io.github.xxgk.identity.ReportIdentity;
import io.github.xxgk.read.Readers;
import io.github.xxgk.read.SourceFile;
import io.github.xxgk.table.BoundCell;
import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.table.GridCell;
import io.github.xxgk.table.bind.ReportBinder;
import io.github.xxgk.template.FormatDefinitions;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Random;

/**
 * What the run-wide phase adds to a run of N reports: per report, resolving its identity and keeping its values
 * (ReportValues.of, done on the checking threads while the bound tables are at hand), the heap those values hold for
 * the rest of the run, and the phase itself (AcrossReports.check: identities, carry-over, continuity, copies,
 * roll-ups) once every file is checked. The reports are N / 5 agencies × 5 years of generated consistent reports
 * (carry-over chained from year to year but for one agency in 50, one report in 100 a copy of last year's, one agency
 * in 20 a roll-up holding the sums of the next 4), bound from one real workbook whose cells get each report's numbers. Medians of
 * [runs]. Run: {@code mvn -q test-compile}, then
 * {@code java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) io.github.xxgk.bench.AcrossBench [N] [runs]}.
 */
public final class AcrossBench {

    private AcrossBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path file = Files.createTempFile("across-bench", ".xlsx");
        GeneratedReport.workbook(GeneratedReport.consistent(new Random(1))).writeXlsx(file);
        var grid = Readers.standard().read(SourceFile.of(file, "bench.xlsx"));
        BoundReport template = new ReportBinder().bind(grid, FormatDefinitions.standard());
        Files.delete(file);
        // a workbook without cover or title: the identity resolver searches every sheet's first rows in vain
        long[] title = new long[runs];
        for (int r = 0; r < runs + 1; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 10_000; i++) {
                if (IdentityResolver.NONE.resolve("bench.xlsx", template.cover(), grid).isPresent()) {
                    throw new IllegalStateException("no identity expected");
                }
            }
            if (r > 0) {
                title[r - 1] = System.nanoTime() - t0;
            }
        }
        int agencies = Math.max(1, n / 5);
        List<Rollup.Membership> memberships = new ArrayList<>();
        for (int a = 0; a < agencies; a += 20) {
            for (int m = 1; m <= 4 && a + m < agencies; m++) {
                memberships.add(new Rollup.Membership("agency-" + a, "agency-" + (a + m), null, null));
            }
        }
        Rollup rollup = new Rollup(memberships);
        System.out.printf("xxgk across bench: %,d reports (%,d agencies × 5 years), %d roll-up parents, median of %d runs%n",
                n, agencies, (memberships.size() + 3) / 4, runs);
        long[] keep = new long[runs];
        long[] phase = new long[runs];
        long heap = 0;
        int findings = 0;
        Map<String, Integer> byRule = new java.util.TreeMap<>();
        for (int r = 0; r < runs + 1; r++) { // the first run warms up
            long before = usedAfterGc();
            long kept = 0;
            List<ReportValues> values = new ArrayList<>(n);
            Random random = new Random(11); // the same reports every run
            List<List<Map<String, Integer>>> following = new ArrayList<>(); // the next 4 agencies' years, for a parent
            for (int a = agencies - 1; a >= 0; a--) {
                Map<String, Integer> last = null;
                List<Map<String, Integer>> years = new ArrayList<>();
                for (int y = 0; y < 5 && values.size() < n; y++) {
                    Map<String, Integer> v = GeneratedReport.consistent(random);
                    if (last != null && a % 50 != 0) {
                        chain(v, last);
                    }
                    if (last != null && random.nextInt(100) == 0) {
                        v = new HashMap<>(last);
                    }
                    if (a % 20 == 0 && !following.isEmpty()) { // a roll-up: the sum of its members
                        Map<String, Integer> sum = new HashMap<>();
                        for (List<Map<String, Integer>> member : following) {
                            if (y < member.size()) {
                                member.get(y).forEach((k, x) -> sum.merge(k, x, Integer::sum));
                            }
                        }
                        v = sum;
                    }
                    years.add(v);
                    BoundReport report = withValues(template, v); // what a checking thread has at hand
                    int i = values.size();
                    long t0 = System.nanoTime();
                    ReportIdentity id = IdentityResolver.NONE.resolve("agency/" + i + ".xlsx", report.cover(), null)
                            .orElse(new ReportIdentity("agency-" + a, 2020 + y, ReportIdentity.Source.PATH));
                    values.add(ReportValues.of("agency/" + i + ".xlsx", i, id, report, Set.of()));
                    kept += System.nanoTime() - t0;
                    last = v;
                }
                following.add(0, years);
                if (following.size() > 4) {
                    following.remove(4);
                }
            }
            long held = usedAfterGc() - before;
            long t2 = System.nanoTime();
            Map<Integer, List<Finding>> found = AcrossReports.check(values, rollup);
            long t3 = System.nanoTime();
            findings = found.values().stream().mapToInt(List::size).sum();
            byRule.clear();
            found.values().forEach(l -> l.forEach(f -> byRule.merge(f.rule().id(), 1, Integer::sum)));
            if (r > 0) {
                keep[r - 1] = kept;
                phase[r - 1] = t3 - t2;
                heap = Math.max(heap, held);
            }
        }
        System.out.printf("keeping values (identity + numbers, per report, on the checking threads): %.1f µs, %.0f ms in all%n",
                median(keep) / 1e3 / n, median(keep) / 1e6);
        System.out.printf("searching a workbook's first rows for a title (none there): %.1f µs per report%n",
                median(title) / 1e3 / 10_000);
        System.out.printf("heap held by the values of all reports: %.1f MiB (%.0f bytes per report)%n", heap / 1048576.0,
                (double) heap / n);
        System.out.printf("run-wide phase (after every file): %.0f ms, %,d findings %s%n", median(phase) / 1e6, findings, byRule);
    }

    /** Last year's 结转下年度 becomes this year's 上年结转, 新收 adjusted so that 一 + 二 = 三 + 四 still holds. */
    private static void chain(Map<String, Integer> v, Map<String, Integer> last) {
        for (String c : GeneratedReport.COLS) {
            int carried = last.get("t3:carried-next|" + c);
            int delta = carried - v.get("t3:carried|" + c);
            v.put("t3:carried|" + c, carried);
            v.put("t3:new|" + c, v.get("t3:new|" + c) - delta);
        }
    }

    private static BoundReport withValues(BoundReport template, Map<String, Integer> v) {
        Map<String, BoundTable> tables = new HashMap<>();
        for (BoundTable t : template.tables().values()) {
            Map<String, BoundCell> cells = new HashMap<>();
            t.cells().forEach((key, c) -> {
                Integer x = v.getOrDefault(t.tableId() + ":" + key, 0);
                cells.put(key, new BoundCell(c.rowId(), c.columnId(), new GridCell(c.ref(), c.cell().origin(),
                        new CellValue.Number(BigDecimal.valueOf(x), x.toString()))));
            });
            tables.put(t.tableId(), new BoundTable(t.template(), t.sheet(), t.anchor(), cells, t.labels(),
                    t.missingRows(), t.missingColumns(), t.extras()));
        }
        return new BoundReport(template.format(), tables, Map.of(), null);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    private static double median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}

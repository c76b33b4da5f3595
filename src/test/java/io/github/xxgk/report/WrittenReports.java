package io.github.xxgk.report;

import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckRequest;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.FileResult;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.AgencyWorkbook;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.table.BoundReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Test helper: workbooks written under dir/reports, checked, and their reports written to dir/out. */
final class WrittenReports {

    private WrittenReports() {
    }

    /** a.xlsx clean (seed 000), b.xlsx two errors and two warnings (seed 002), c.xlsx two warnings (seed 001). */
    static Map<String, AgencyWorkbook> threeFiles() {
        Map<String, AgencyWorkbook> files = new TreeMap<>();
        files.put("a.xlsx", SeedWorkbooks.seed000());
        files.put("b.xlsx", SeedWorkbooks.seed002());
        files.put("c.xlsx", SeedWorkbooks.seed001());
        return files;
    }

    /**
     * Seed 004 (a unique 2-cell correction in table 三) with a 万元 amount of five decimals in table 二 and a wrong
     * 总计 in table 四 (its group total and parts share one equation: five candidates).
     */
    static AgencyWorkbook wrongInTablesTwoAndFour() {
        return SeedWorkbooks.seed004().set("t2", "fees", "fee-amount", new java.math.BigDecimal("1190.12345"))
                .set("t4", "cases", "review-total", 3);
    }

    static CheckResult check(Path dir, Map<String, AgencyWorkbook> workbooks) throws IOException {
        workbooks.forEach((name, wb) -> wb.writeXlsx(dir.resolve("reports").resolve(name)));
        return ReportChecker.run(new CheckRequest(dir.resolve("reports"), null, null, "2021", 1));
    }

    /** The same result with the given cover fields on every bound file. */
    static CheckResult withCover(CheckResult result, Map<String, String> cover) {
        return new CheckResult(result.files().stream().map(f -> f.report() == null ? f : new FileResult(f.file(),
                new BoundReport(f.report().format(), f.report().tables(), cover, f.report().grid()),
                f.findings(), f.baselined())).toList());
    }

    static Path write(Path dir, CheckResult result, String locale, ReportFormat... formats) throws IOException {
        Path out = dir.resolve("out");
        Reports.write(result, new ReportContext(Messages.of(locale), Severity.ERROR, dir.resolve("reports")), out,
                Set.of(formats));
        return out;
    }
}

package io.github.xxgk.report;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Fingerprint;
import io.github.xxgk.check.Rule;
import io.github.xxgk.core.Baseline;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.FileResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes xxgk-baseline.csv: every current finding, with reason and until left for the office to fill in. UTF-8 with
 * a byte-order mark, so that Excel and WPS open it with readable Chinese.
 */
public final class BaselineWriter {

    private BaselineWriter() {
    }

    /** Writes the baseline; entries already in {@code previous} keep their reason and until. */
    public static int write(CheckResult result, Path file, Baseline previous) throws IOException {
        Map<String, Baseline.Entry> kept = new HashMap<>();
        if (previous != null) {
            previous.entries().forEach(e -> kept.put(e.fingerprint(), e));
        }
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        int n = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(Baseline.HEADER).get()
                     .print(out.append(CsvReportWriter.BOM))) {
            for (FileResult f : result.files()) {
                List<Finding> all = new ArrayList<>(f.findings());
                all.addAll(f.baselined());
                for (Finding x : all) {
                    if (x.rule() == Rule.BASELINE_STALE || x.rule() == Rule.BASELINE_EXPIRED) {
                        continue;
                    }
                    String fp = Fingerprint.of(x);
                    Baseline.Entry old = kept.get(fp);
                    csv.printRecord(fp, CsvReportWriter.safe(x.file()), Messages.location(x), x.rule().id(),
                            CsvReportWriter.safe(x.reported()), CsvReportWriter.safe(x.expected()),
                            old == null ? "" : CsvReportWriter.safe(old.reason()),
                            old == null || old.until() == null ? "" : old.until().toString());
                    n++;
                }
            }
        }
        return n;
    }
}

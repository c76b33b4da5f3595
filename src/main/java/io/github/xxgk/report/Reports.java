package io.github.xxgk.report;

import io.github.xxgk.core.CheckResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/**
 * Writes the chosen formats for a finished result (findings.csv always). A run that checks many files writes through
 * a {@link ReportRun} instead, as its files are checked; this is the same for a result already at hand.
 */
public final class Reports {

    private Reports() {
    }

    public static Map<ReportFormat, Path> write(CheckResult result, ReportContext context, Path outputDirectory,
                                                Collection<ReportFormat> formats) throws IOException {
        try (ReportRun run = ReportRun.open(outputDirectory, context, formats)) {
            for (int i = 0; i < result.files().size(); i++) {
                run.accept(i, result.files().get(i));
            }
            return run.finish(result);
        }
    }
}

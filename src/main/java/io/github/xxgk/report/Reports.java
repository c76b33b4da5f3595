package io.github.xxgk.report;

import io.github.xxgk.core.CheckResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the chosen formats into the output directory; findings.csv is always written. Each report appears
 * complete or not at all, and what an earlier run wrote there and this one does not is removed
 * ({@link OutputDirectory}).
 */
public final class Reports {

    private Reports() {
    }

    public static Map<ReportFormat, Path> write(CheckResult result, ReportContext context, Path outputDirectory,
                                                Collection<ReportFormat> formats) throws IOException {
        OutputDirectory out = OutputDirectory.open(outputDirectory);
        EnumSet<ReportFormat> chosen = EnumSet.of(ReportFormat.CSV);
        chosen.addAll(formats);
        Map<ReportFormat, Path> written = new LinkedHashMap<>();
        try {
            for (ReportFormat format : chosen) {
                format.writer().write(result, context, out.staged(format.fileName()));
                written.put(format, out.published(format.fileName()));
            }
            out.commit();
        } finally {
            out.discard();
        }
        return written;
    }
}

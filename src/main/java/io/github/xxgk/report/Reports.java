package io.github.xxgk.report;

import io.github.xxgk.core.CheckResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes the chosen formats into the output directory; findings.csv is always written. */
public final class Reports {

    private Reports() {
    }

    public static Map<ReportFormat, Path> write(CheckResult result, ReportContext context, Path outputDirectory,
                                                Collection<ReportFormat> formats) throws IOException {
        Files.createDirectories(outputDirectory);
        EnumSet<ReportFormat> chosen = EnumSet.of(ReportFormat.CSV);
        chosen.addAll(formats);
        Map<ReportFormat, Path> written = new LinkedHashMap<>();
        for (ReportFormat format : chosen) {
            Path file = outputDirectory.resolve(format.fileName());
            format.writer().write(result, context, file);
            written.put(format, file);
        }
        return written;
    }
}

package io.github.xxgk.maven;

import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.report.ReportFormat;
import io.github.xxgk.report.ReportText;
import io.github.xxgk.report.Reports;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks the annual report workbooks under {@code reportsDirectory} against the format and gates the build. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractCheckingMojo {

    private static final int CONSOLE_LINES = 50;

    /** Lowest severity that fails the build: ERROR, WARNING, INFO or NONE. */
    @Parameter(property = "xxgk.failOn", defaultValue = "ERROR")
    String failOn;

    /** How many failing findings the build tolerates. */
    @Parameter(property = "xxgk.maxAllowedFindings", defaultValue = "0")
    int maxAllowedFindings;

    /** Where the reports go. */
    @Parameter(property = "xxgk.outputDirectory", defaultValue = "${project.build.directory}/xxgk")
    File outputDirectory;

    /** Outputs besides findings.csv: MARKDOWN, HTML, JSON, SARIF, JUNIT, ANNOTATED, or ALL. */
    @Parameter(property = "xxgk.formats", defaultValue = "MARKDOWN,HTML,ANNOTATED")
    List<String> formats;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Severity threshold = threshold();
        List<ReportFormat> chosen = reportFormats();
        long t0 = System.nanoTime();
        CheckResult result = check();
        long t1 = System.nanoTime();
        Map<ReportFormat, Path> written;
        try {
            written = Reports.write(result, context(threshold), outputDirectory.toPath(), chosen);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("xxgk:check could not write its reports: " + e.getMessage(), e);
        }
        getLog().info(String.format("xxgk: checked %d files in %d ms, wrote %s in %d ms", result.files().size(),
                (t1 - t0) / 1_000_000, written.keySet(), (System.nanoTime() - t1) / 1_000_000));
        Path main = written.getOrDefault(ReportFormat.HTML, written.get(ReportFormat.CSV));
        ReportText.console(result, messages(), CONSOLE_LINES, main.toString(), threshold).forEach(this::log);
        long failing = result.failing(threshold);
        if (failing > maxAllowedFindings) {
            throw new MojoFailureException(ReportText.summary(result, messages()) + " " + main);
        }
    }

    private void log(ReportText.ConsoleLine line) {
        switch (line.level()) {
            case ERROR -> getLog().error(line.text());
            case WARNING -> getLog().warn(line.text());
            default -> getLog().info(line.text());
        }
    }

    private Severity threshold() throws MojoExecutionException {
        String v = failOn == null ? "ERROR" : failOn.trim().toUpperCase(Locale.ROOT);
        if (v.equals("NONE")) {
            return null;
        }
        try {
            return Severity.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("xxgk.failOn must be ERROR, WARNING, INFO or NONE, not '" + failOn + "'");
        }
    }

    private List<ReportFormat> reportFormats() throws MojoExecutionException {
        if (formats == null || formats.stream().anyMatch(f -> f.trim().equalsIgnoreCase("ALL"))) {
            return List.of(ReportFormat.values());
        }
        try {
            return formats.stream().map(f -> ReportFormat.valueOf(f.trim().toUpperCase(Locale.ROOT))).toList();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("xxgk.formats: unknown format in " + formats + " (known: "
                    + List.of(ReportFormat.values()) + ", ALL)");
        }
    }
}

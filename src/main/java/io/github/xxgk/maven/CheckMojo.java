package io.github.xxgk.maven;

import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckRequest;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.report.Messages;
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
public class CheckMojo extends AbstractXxgkMojo {

    private static final int CONSOLE_LINES = 50;

    /** Where the report workbooks are. */
    @Parameter(property = "xxgk.reports", defaultValue = "${project.basedir}/reports")
    File reportsDirectory;

    /** Files to check, relative to reportsDirectory (default: all .xlsx, .xlsm and .xls). */
    @Parameter
    List<String> includes;

    /** Files to leave out (default: Excel lock files ~$*, hidden folders). */
    @Parameter
    List<String> excludes;

    /** Lowest severity that fails the build: ERROR, WARNING or NONE. */
    @Parameter(property = "xxgk.failOn", defaultValue = "ERROR")
    String failOn;

    /** Where findings.csv, report.md and report.html go. */
    @Parameter(property = "xxgk.outputDirectory", defaultValue = "${project.build.directory}/xxgk")
    File outputDirectory;

    /** Language of messages and reports: zh or en. */
    @Parameter(property = "xxgk.locale", defaultValue = "zh")
    String locale;

    /** Report formats besides findings.csv: CSV, MARKDOWN, HTML, or ALL. */
    @Parameter(property = "xxgk.formats", defaultValue = "MARKDOWN,HTML")
    List<String> formats;

    /** Format version of the tables. */
    @Parameter(property = "xxgk.format", defaultValue = "2021")
    String format;

    /** Files checked in parallel (0: one per processor). */
    @Parameter(property = "xxgk.threads", defaultValue = "0")
    int threads;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Severity threshold = threshold();
        List<ReportFormat> chosen = reportFormats();
        if (!Messages.supported(locale)) {
            throw new MojoExecutionException("xxgk.locale must be zh or en, not '" + locale + "'");
        }
        if (!reportsDirectory.isDirectory()) {
            throw new MojoExecutionException("reports directory does not exist: " + reportsDirectory
                    + " (set xxgk.reports)");
        }
        CheckResult result;
        Map<ReportFormat, Path> written;
        Messages messages = Messages.of(locale);
        try {
            int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
            result = ReportChecker.run(new CheckRequest(reportsDirectory.toPath(), includes, excludes, format, n));
            written = Reports.write(result, messages, outputDirectory.toPath(), chosen);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("xxgk:check could not run: " + e.getMessage(), e);
        }
        Path main = written.getOrDefault(ReportFormat.HTML, written.get(ReportFormat.CSV));
        ReportText.console(result, messages, CONSOLE_LINES, main.toString(), threshold).forEach(this::log);
        if (result.failing(threshold) > 0) {
            throw new MojoFailureException(ReportText.summary(result, messages) + " " + main);
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
            throw new MojoExecutionException("xxgk.formats: unknown format in " + formats + " (known: CSV, MARKDOWN, HTML, ALL)");
        }
    }
}

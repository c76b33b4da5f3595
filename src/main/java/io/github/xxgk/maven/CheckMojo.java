package io.github.xxgk.maven;

import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.Gate;
import io.github.xxgk.report.ReportFormat;
import io.github.xxgk.report.ReportText;
import io.github.xxgk.report.ReportRun;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks the annual reports under {@code reportsDirectory} against the format and gates the build. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractCheckingMojo {

    private static final int CONSOLE_LINES = 50;

    /** Lowest severity that fails the build: ERROR, WARNING, INFO or NONE. */
    @Parameter(property = "xxgk.failOn", defaultValue = "ERROR")
    String failOn;

    /** How many findings at or above failOn the build tolerates. */
    @Parameter(property = "xxgk.maxAllowedFindings", defaultValue = "0")
    int maxAllowedFindings;

    /** Lowest severity that is a failed testcase in junit.xml, whatever failOn says: ERROR, WARNING, INFO or NONE. */
    @Parameter(property = "xxgk.junitFailOn", defaultValue = "ERROR")
    String junitFailOn;

    /** Where the reports go (default: target/xxgk, or ./target/xxgk without a pom). */
    @Parameter(property = "xxgk.outputDirectory")
    File outputDirectory;

    /** Outputs besides findings.csv: MARKDOWN, HTML, JSON, SARIF, JUNIT, ANNOTATED, or ALL. */
    @Parameter(property = "xxgk.formats", defaultValue = "MARKDOWN,HTML,ANNOTATED")
    List<String> formats;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Severity threshold = severity("failOn", failOn);
        Gate gate = new Gate(threshold, maxAllowedFindings);
        Severity junitThreshold = severity("junitFailOn", junitFailOn);
        List<ReportFormat> chosen = reportFormats();
        if (!ready()) {
            return;
        }
        long t0 = System.nanoTime();
        Path out = resolve(outputDirectory, buildDirectory().resolve("xxgk"));
        CheckResult result;
        Map<ReportFormat, Path> written;
        long t1;
        try (ReportRun reports = ReportRun.open(out, context(threshold, junitThreshold), chosen)) {
            result = check(true, reports); // each file's annotated copy and report sections are written as it is checked
            t1 = System.nanoTime();
            written = reports.finish(result);
        } catch (IOException | UncheckedIOException e) {
            throw configError("cannotWrite", IoDetail.of(e).findingArgs(Map.of("dir", out.toString())));
        }
        getLog().info(messages().text("mojo.timing", Map.of("files", Integer.toString(result.checkedFiles()),
                "check", Long.toString((t1 - t0) / 1_000_000), "formats", written.keySet().toString(),
                "write", Long.toString((System.nanoTime() - t1) / 1_000_000))));
        checkedNothing(result);
        Gate.Verdict verdict = gate.verdict(result);
        Path main = written.getOrDefault(ReportFormat.HTML, written.get(ReportFormat.CSV));
        ReportText.console(result, messages(), CONSOLE_LINES, main.toString(), verdict.fails()).forEach(this::log);
        if (verdict.fails()) {
            throw new MojoFailureException(ReportText.gateFailure(result, gate, verdict, messages()) + " "
                    + messages().text("ui.report.path", Map.of("path", main.toString())));
        }
    }

    private void log(ReportText.ConsoleLine line) {
        switch (line.level()) {
            case ERROR -> getLog().error(line.text());
            case WARNING -> getLog().warn(line.text());
            default -> getLog().info(line.text());
        }
    }

    private Severity severity(String name, String value) throws MojoExecutionException {
        String v = value == null ? "ERROR" : value.trim().toUpperCase(Locale.ROOT);
        if (v.equals("NONE")) {
            return null;
        }
        try {
            return Severity.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw configError("severity", Map.of("name", name, "value", String.valueOf(value)));
        }
    }

    private List<ReportFormat> reportFormats() throws MojoExecutionException {
        if (formats == null || formats.stream().anyMatch(f -> f.trim().equalsIgnoreCase("ALL"))) {
            return List.of(ReportFormat.values());
        }
        try {
            return formats.stream().map(f -> ReportFormat.valueOf(f.trim().toUpperCase(Locale.ROOT))).toList();
        } catch (IllegalArgumentException e) {
            throw configError("formats", Map.of("value", formats.toString(),
                    "known", List.of(ReportFormat.values()) + ", ALL"));
        }
    }
}

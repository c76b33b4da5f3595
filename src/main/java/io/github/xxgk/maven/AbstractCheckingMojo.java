package io.github.xxgk.maven;

import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckRequest;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.ConfigurationException;
import io.github.xxgk.core.CheckRun;
import io.github.xxgk.core.FileSink;
import io.github.xxgk.read.ReadLimits;
import io.github.xxgk.report.ReportContext;
import io.github.xxgk.sandbox.InvalidSettingException;
import io.github.xxgk.template.FormatChoice;
import io.github.xxgk.template.InvalidDefinitionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What the goals that check reports share: which files, which format, which baseline, how to run. */
abstract class AbstractCheckingMojo extends AbstractXxgkMojo {

    /** Where the reports are (default: reports/ in the project's directory, or in the current one without a pom). */
    @Parameter(property = "xxgk.reports")
    File reportsDirectory;

    /**
     * Files to check, relative to reportsDirectory, in any letter case (default: .xlsx .xlsm .xls .docx .html .htm
     * .txt .csv .pdf). As a user property: comma-separated.
     */
    @Parameter(property = "xxgk.includes")
    List<String> includes;

    /** Files to leave out (default: Excel lock files ~$*, hidden folders). As a user property: comma-separated. */
    @Parameter(property = "xxgk.excludes")
    List<String> excludes;

    /**
     * Format of the tables: auto (by each report's year: 2019 and 2020 reports in the 2019 format, 国办公开办函〔2019〕60号;
     * from 2021 on the 2021 format, 国办公开办函〔2021〕30号; the 2021 format when the year is not known), 2019, 2021, or a
     * definition file (ending in .json, relative to the project's directory) that extends a built-in one.
     */
    @Parameter(property = "xxgk.format", defaultValue = "auto")
    String format;

    /** Files checked in parallel (0: one per processor). */
    @Parameter(property = "xxgk.threads", defaultValue = "0")
    int threads;

    /**
     * Seconds one file may take, reading, binding and every check together (0: no limit). A file past it gets a
     * file-time-limit finding and the other files are checked as usual; see docs/security.md.
     */
    @Parameter(property = "xxgk.fileTimeLimit", defaultValue = "60")
    int fileTimeLimit;

    /**
     * Other limits of what is read of one file, as name=value pairs separated by commas (k, m, g for KiB, MiB, GiB),
     * e.g. gridCells=4000000,partBytes=256m. Names: partBytes, treePartBytes, packageBytes, inflateRatio, textBytes,
     * xlsStreamBytes, gridCells, tableDepth, textChars, pdfBytes, pdfPages, pdfOperators, pdfMemoryBytes, heldBytes; the
     * defaults and what each bounds are in docs/security.md.
     */
    @Parameter(property = "xxgk.limits")
    String limits;

    /** Accepted findings of already published reports, see xxgk:baseline (default: xxgk-baseline.csv in the project directory). */
    @Parameter(property = "xxgk.baseline")
    File baseline;

    /**
     * Where a report's agency and year may be read from its path when its cover and title do not say, relative to
     * reportsDirectory: {@code {year}} and {@code {agency}} stand for them, {@code *} and {@code **} as in includes
     * (example: {@code {agency}/{year}.xlsx}). Default: none.
     */
    @Parameter(property = "xxgk.identityPattern")
    String identityPattern;

    /** Which reports aggregate which (parent,member,from,to); default: xxgk-rollup.csv in the project directory, if present. */
    @Parameter(property = "xxgk.rollup")
    File rollup;

    /** Fail the build when no report file was found to check (default: a warning). */
    @Parameter(property = "xxgk.failIfNoReports", defaultValue = "false")
    boolean failIfNoReports;

    /** The format setting with a definition file resolved against the project's directory. */
    String formatSetting() {
        return FormatSetting.resolve(format, baseDirectory());
    }

    Path reports() {
        return resolve(reportsDirectory, baseDirectory().resolve("reports"));
    }

    Path baselineFile() {
        return resolve(baseline, baseDirectory().resolve("xxgk-baseline.csv"));
    }

    /**
     * Validates the settings and says whether there is anything to check here: not for a module of a multi-module
     * build without a reports directory (one INFO line), nor without a reports directory at all (a warning, or a
     * failure with failIfNoReports).
     */
    boolean ready() throws MojoExecutionException, MojoFailureException {
        if (threads < 0) {
            throw configError("threads", Map.of("value", Integer.toString(threads)));
        }
        readLimits();
        if (fileTimeLimit < 0) {
            throw configError("fileTimeLimit", Map.of("value", Integer.toString(fileTimeLimit)));
        }
        try {
            FormatChoice.of(formatSetting()); // a broken or unknown definition stops the run before anything is written
        } catch (InvalidDefinitionException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw configError("format", InvalidSettingException.of(e).findingArgs(Map.of()));
        }
        Path dir = reports();
        if (Files.isDirectory(dir)) {
            return true;
        }
        if (multiModule()) {
            getLog().info(messages().text("mojo.module.noReports", Map.of("dir", dir.toString())));
        } else {
            noReports(messages().text("mojo.noReportsDirectory", Map.of("dir", dir.toString())));
        }
        return false;
    }

    /** Checks the reports (after {@link #ready()}), each file's full result going to {@code sink} as it is checked. */
    CheckResult check(boolean applyBaseline, FileSink sink) throws MojoExecutionException {
        Path dir = reports();
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        try {
            return CheckRun.run(new CheckRequest(dir, includes, excludes, formatSetting(), n,
                    applyBaseline ? baselineFile() : null, identityPattern,
                    resolve(rollup, baseDirectory().resolve("xxgk-rollup.csv")), Duration.ofSeconds(fileTimeLimit), readLimits()), sink,
                    new ProgressLog(getLog(), messages()));
        } catch (ConfigurationException e) {
            throw configError(e.key(), e.args());
        } catch (InvalidDefinitionException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw configError("cannotCheck", IoDetail.of(e).findingArgs(Map.of("dir", dir.toString())));
        }
    }

    /** Nothing was checked: a warning, or with failIfNoReports a failed build. */
    void noReports(String why) throws MojoFailureException {
        String text = why + " " + messages().text(failIfNoReports ? "mojo.noReports.fail" : "mojo.noReports.hint");
        if (failIfNoReports) {
            throw new MojoFailureException(text);
        }
        getLog().warn(text);
    }

    /** The read limits the run sets; a setting that is not name=value of a known limit is a configuration error. */
    ReadLimits readLimits() throws MojoExecutionException {
        try {
            return ReadLimits.parse(limits);
        } catch (IllegalArgumentException e) {
            throw configError("limits", InvalidSettingException.of(e).findingArgs(Map.of("value", String.valueOf(limits))));
        }
    }

    void checkedNothing(CheckResult result) throws MojoFailureException {
        if (result.checkedFiles() == 0) {
            List<String> patterns = new CheckRequest(reports(), includes, excludes, format, 1).includes();
            noReports(messages().text("mojo.noReports", Map.of("dir", reports().toString(),
                    "includes", String.join(", ", patterns))));
        }
    }

    ReportContext context(Severity failOn, Severity junitFailOn) {
        return new ReportContext(messages(), failOn, reports(), baseDirectory(), junitFailOn);
    }
}

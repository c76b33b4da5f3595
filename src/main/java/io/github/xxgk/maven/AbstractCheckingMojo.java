package io.github.xxgk.maven;

import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckRequest;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.report.Messages;
import io.github.xxgk.report.ReportContext;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.util.List;

/** What the goals that check reports share: which files, which format, which baseline, how to run. */
abstract class AbstractCheckingMojo extends AbstractXxgkMojo {

    /** Where the report workbooks are. */
    @Parameter(property = "xxgk.reports", defaultValue = "${project.basedir}/reports")
    File reportsDirectory;

    /** Files to check, relative to reportsDirectory (default: .xlsx .xlsm .xls .docx .html .htm .txt .csv). */
    @Parameter
    List<String> includes;

    /** Files to leave out (default: Excel lock files ~$*, hidden folders). */
    @Parameter
    List<String> excludes;

    /** Language of messages and reports: zh or en. */
    @Parameter(property = "xxgk.locale", defaultValue = "zh")
    String locale;

    /** Format version of the tables. */
    @Parameter(property = "xxgk.format", defaultValue = "2021")
    String format;

    /** Files checked in parallel (0: one per processor). */
    @Parameter(property = "xxgk.threads", defaultValue = "0")
    int threads;

    /** Accepted findings of already published reports (see xxgk:baseline). */
    @Parameter(property = "xxgk.baseline", defaultValue = "${project.basedir}/xxgk-baseline.csv")
    File baseline;

    /** The workspace root that SARIF paths are relative to. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    CheckResult check() throws MojoExecutionException {
        if (!Messages.supported(locale)) {
            throw new MojoExecutionException("xxgk.locale must be zh or en, not '" + locale + "'");
        }
        if (!reportsDirectory.isDirectory()) {
            throw new MojoExecutionException("reports directory does not exist: " + reportsDirectory + " (set xxgk.reports)");
        }
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        try {
            return ReportChecker.run(new CheckRequest(reportsDirectory.toPath(), includes, excludes, format, n,
                    baseline == null ? null : baseline.toPath()));
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("xxgk: cannot check " + reportsDirectory + ": " + e.getMessage(), e);
        }
    }

    Messages messages() {
        return Messages.of(locale);
    }

    ReportContext context(Severity failOn) {
        return new ReportContext(messages(), failOn, reportsDirectory.toPath(), basedir == null ? null : basedir.toPath());
    }
}

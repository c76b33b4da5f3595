package io.github.xxgk.report;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckResult;

import java.nio.file.Path;

/**
 * What every writer needs besides the result: the language, the gate threshold, where the inputs are, the
 * workspace root that paths for CI tools are relative to (the Maven project base directory, the Jenkins workspace;
 * null: the reports directory itself), and the lowest severity junit.xml shows as a failed testcase (its status
 * follows a finding's severity, not the gate, so that Jenkins' junit step marks the build even when the Maven gate
 * is off).
 */
public record ReportContext(Messages messages, Severity failOn, Path reportsDirectory, Path workspaceRoot,
                            Severity junitFailOn) {

    public ReportContext {
        workspaceRoot = workspaceRoot == null ? reportsDirectory : workspaceRoot;
    }

    public ReportContext(Messages messages, Severity failOn, Path reportsDirectory) {
        this(messages, failOn, reportsDirectory, null, Severity.ERROR);
    }

    public ReportContext(Messages messages, Severity failOn, Path reportsDirectory, Path workspaceRoot) {
        this(messages, failOn, reportsDirectory, workspaceRoot, Severity.ERROR);
    }

    /** The context for the outputs of one file, written on one thread: each message rendered once for all of them. */
    public ReportContext forFile() {
        return new ReportContext(messages.remembering(), failOn, reportsDirectory, workspaceRoot, junitFailOn);
    }

    public boolean fails(Finding f) {
        return CheckResult.fails(f, failOn);
    }

    /** A failed testcase in junit.xml. */
    public boolean failsTest(Finding f) {
        return CheckResult.fails(f, junitFailOn);
    }
}

package io.github.xxgk.report;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckResult;

import java.nio.file.Path;

/**
 * What every writer needs besides the result: the language, the gate threshold, where the inputs are and the
 * workspace root that paths for CI tools are relative to (the Maven project base directory, the Jenkins workspace;
 * null: the reports directory itself).
 */
public record ReportContext(Messages messages, Severity failOn, Path reportsDirectory, Path workspaceRoot) {

    public ReportContext {
        workspaceRoot = workspaceRoot == null ? reportsDirectory : workspaceRoot;
    }

    public ReportContext(Messages messages, Severity failOn, Path reportsDirectory) {
        this(messages, failOn, reportsDirectory, null);
    }

    public boolean fails(Finding f) {
        return CheckResult.fails(f, failOn);
    }
}

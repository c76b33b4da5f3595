package io.github.xxgk.report;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckResult;

import java.nio.file.Path;

/**
 * What every writer needs besides the result: the language, the gate threshold, where the inputs are, and the
 * lowest severity junit.xml shows as a failed testcase (its status follows a finding's severity, not the gate,
 * so that Jenkins' junit step marks the build even when the Maven gate is off).
 */
public record ReportContext(Messages messages, Severity failOn, Path reportsDirectory, Severity junitFailOn) {

    public ReportContext(Messages messages, Severity failOn, Path reportsDirectory) {
        this(messages, failOn, reportsDirectory, Severity.ERROR);
    }

    public boolean fails(Finding f) {
        return CheckResult.fails(f, failOn);
    }

    /** A failed testcase in junit.xml. */
    public boolean failsTest(Finding f) {
        return CheckResult.fails(f, junitFailOn);
    }
}

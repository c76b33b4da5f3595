package io.github.xxgk.report;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckResult;

import java.nio.file.Path;

/** What every writer needs besides the result: the language, the gate threshold and where the inputs are. */
public record ReportContext(Messages messages, Severity failOn, Path reportsDirectory) {

    public boolean fails(Finding f) {
        return CheckResult.fails(f, failOn);
    }
}

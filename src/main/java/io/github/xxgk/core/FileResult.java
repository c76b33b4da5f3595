package io.github.xxgk.core;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Severity;
import io.github.xxgk.table.BoundReport;

import java.util.List;

/** The outcome for one file: its path relative to the reports directory, what was bound, and the findings. */
public record FileResult(String file, BoundReport report, List<Finding> findings) {

    public FileResult {
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}

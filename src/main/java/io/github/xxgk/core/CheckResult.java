package io.github.xxgk.core;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Severity;

import io.github.xxgk.identity.ReportIdentity;

import java.util.List;
import java.util.Map;

/**
 * Every checked file, sorted by path, with its findings in a stable order; {@code checkedFiles} counts the report
 * files that were checked (a baseline's own findings come as one more entry of {@code files}); {@code identities}
 * the agency and year of each file whose identity was established (by file name).
 */
public record CheckResult(List<FileResult> files, int checkedFiles, Map<String, ReportIdentity> identities) {

    public CheckResult {
        files = List.copyOf(files);
        identities = Map.copyOf(identities);
    }

    public CheckResult(List<FileResult> files, int checkedFiles) {
        this(files, checkedFiles, Map.of());
    }

    public CheckResult(List<FileResult> files) {
        this(files, files.size());
    }

    public List<Finding> findings() {
        return files.stream().flatMap(f -> f.findings().stream()).toList();
    }

    public long baselined() {
        return files.stream().mapToLong(f -> f.baselined().size()).sum();
    }

    public long count(Severity severity) {
        return files.stream().mapToLong(f -> f.count(severity)).sum();
    }

    /** Findings at or above the threshold; {@code null} means none fail. */
    public long failing(Severity threshold) {
        return findings().stream().filter(f -> fails(f, threshold)).count();
    }

    /** The gate's one rule: a (not baselined) finding fails when its severity reaches {@code failOn}. */
    public static boolean fails(Finding f, Severity threshold) {
        return threshold != null && f.severity().atLeast(threshold);
    }
}

package io.github.xxgk.core;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Severity;
import io.github.xxgk.table.BoundReport;

import java.util.List;

/**
 * The outcome for one file: its path relative to the reports directory, what was bound, the findings, and the
 * findings a baseline accepts (reported, never failing).
 */
public record FileResult(String file, BoundReport report, List<Finding> findings, List<Finding> baselined) {

    public FileResult {
        findings = List.copyOf(findings);
        baselined = List.copyOf(baselined);
    }

    public FileResult(String file, BoundReport report, List<Finding> findings) {
        this(file, report, findings, List.of());
    }

    /**
     * Whether no copy of the file may be made: a finding says it holds content that must never reach the clerk who
     * opens a copy ({@link io.github.xxgk.check.Rule#withholdsCopy}), accepted in the baseline or not (the baseline
     * does not take the macros out of the file).
     */
    private boolean copyWithheld() {
        return java.util.stream.Stream.concat(findings.stream(), baselined.stream()).anyMatch(x -> x.rule().withholdsCopy());
    }

    /**
     * Whether the clerk gets an annotated copy of the file: it was read as a report, it has findings to mark, and
     * nothing in it withholds a copy ({@link #copyWithheld}). Which files a copy can be written of is the writer's.
     */
    public boolean getsCopy() {
        return report != null && !findings.isEmpty() && !copyWithheld();
    }

    /** The same result with more findings after its own (those writing the file's outputs made). */
    public FileResult with(List<Finding> found) {
        List<Finding> more = new java.util.ArrayList<>(findings);
        more.addAll(found);
        return new FileResult(file, report, more, baselined);
    }

    /** The result without what only the file's own outputs need (the grid, the bound tables, the file's bytes). */
    public FileResult compact() {
        return report == null ? this : new FileResult(file, report.compact(), findings, baselined);
    }

    /** The result without the file's bytes (an annotated copy's source): once the file's outputs are written. */
    public FileResult released() {
        return report == null || report.sourceBytes() == null ? this
                : new FileResult(file, report.withSourceBytes(null), findings, baselined);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}

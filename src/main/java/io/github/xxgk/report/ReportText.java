package io.github.xxgk.report;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Rule;
import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.FileResult;
import io.github.xxgk.core.Gate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The sentences every output shares: run summary, file summary, and the capped console listing. */
public final class ReportText {

    private ReportText() {
    }

    public static String summary(CheckResult r, Messages m) {
        return m.text("ui.summary", Map.of("files", Integer.toString(r.checkedFiles()),
                "errors", Long.toString(r.count(Severity.ERROR)), "warnings", Long.toString(r.count(Severity.WARNING)),
                "infos", Long.toString(r.count(Severity.INFO)))) + baselined(r.baselined(), m);
    }

    private static String baselined(long count, Messages m) {
        return count == 0 ? "" : m.text("ui.baselined", Map.of("count", Long.toString(count)));
    }

    public static String fileSummary(FileResult f, Messages m) {
        String file = f.file() + agency(f);
        if (f.findings().isEmpty()) {
            return m.text("ui.file.clean", Map.of("file", file)) + baselined(f.baselined().size(), m);
        }
        return m.text("ui.file.summary", Map.of("file", file, "errors", Long.toString(f.count(Severity.ERROR)),
                "warnings", Long.toString(f.count(Severity.WARNING)), "infos", Long.toString(f.count(Severity.INFO))))
                + baselined(f.baselined().size(), m);
    }

    /** 「（某某局，2024年度）」 from the cover sheet, when the file has one. */
    private static String agency(FileResult f) {
        if (f.report() == null || f.report().cover().isEmpty()) {
            return "";
        }
        var format = f.report().format();
        String name = f.report().cover().getOrDefault(format.coverLabel("agency"), "");
        String year = f.report().cover().getOrDefault(format.coverLabel("year"), "");
        String both = name + (name.isEmpty() || year.isEmpty() ? "" : "，") + (year.isEmpty() ? "" : year + "年度");
        return both.isEmpty() ? "" : "（" + both + "）";
    }

    /** Why the gate failed: 「错误 5 项，达到 failOn=ERROR」 or 「… 31 项，超过 maxAllowedFindings=30」. */
    public static String gateFailure(CheckResult r, Gate gate, Gate.Verdict verdict, Messages m) {
        Map<String, String> args = Map.of("count", Long.toString(verdict.failing()),
                "failOn", gate.failOn() == null ? "NONE" : gate.failOn().name(),
                "max", Integer.toString(gate.maxAllowed()));
        return summary(r, m) + " " + m.text(gate.maxAllowed() == 0 ? "ui.gate.failOn" : "ui.gate.maxAllowed", args);
    }

    /** A console line and the log level it is printed at. */
    public record ConsoleLine(Severity level, String text) {
    }

    /**
     * Console lines: the summary, then findings (errors first) up to {@code maxLines}, then where the rest is.
     * The summary is at ERROR level only when the build fails ({@code failing}).
     */
    public static List<ConsoleLine> console(CheckResult r, Messages m, int maxLines, String reportPath,
                                            boolean failing) {
        Severity summaryLevel = failing ? Severity.ERROR : Severity.INFO;
        List<ConsoleLine> lines = new ArrayList<>();
        lines.add(new ConsoleLine(summaryLevel, summary(r, m)));
        List<Finding> sorted = new ArrayList<>(r.findings());
        sorted.sort(Comparator.comparingInt(ReportText::consoleRank));
        Set<String> candidateSets = new HashSet<>();
        int room = Math.max(0, maxLines - 2);
        int count = 0; // the lines there would be; only those shown are written out
        for (Finding f : sorted) {
            if (f.rule() == Rule.CORRECTION_CANDIDATE && !candidateSets.add(f.file() + "|" + f.tableId())) {
                continue;
            }
            if (count++ >= room) {
                continue;
            }
            if (f.rule() == Rule.CORRECTION_CANDIDATE) {
                lines.add(candidates(r, f, m));
            } else {
                String where = Messages.location(f);
                lines.add(new ConsoleLine(f.severity(), "[" + m.severity(f.severity()) + "] " + f.file()
                        + (where.isEmpty() ? "" : " " + where) + " " + m.message(f) + " (" + f.rule().id() + ")"));
            }
        }
        if (count > room) {
            lines.add(new ConsoleLine(summaryLevel,
                    m.text("ui.more", Map.of("count", Integer.toString(count - room), "path", reportPath))));
        } else {
            lines.add(new ConsoleLine(summaryLevel, m.text("ui.report.path", Map.of("path", reportPath))));
        }
        return lines;
    }

    /** Errors first, then what to change (right after the errors it corrects), then warnings and notes. */
    private static int consoleRank(Finding f) {
        return switch (f.rule()) {
            case SUGGESTED_CORRECTION, CORRECTION_CANDIDATE, CORRECTION_NOT_FOUND -> 1;
            default -> f.severity() == Severity.ERROR ? 0 : f.severity() == Severity.WARNING ? 2 : 3;
        };
    }

    /** The candidates of one table's ambiguous correction as one line: the set described, the cells counted. */
    private static ConsoleLine candidates(CheckResult r, Finding first, Messages m) {
        FileResult file = r.files().stream().filter(f -> f.file().equals(first.file())).findFirst().orElseThrow();
        return new ConsoleLine(first.severity(), "[" + m.severity(first.severity()) + "] " + first.file() + " "
                + FindingRow.candidates(file, first, m) + " (" + first.rule().id() + ")");
    }
}

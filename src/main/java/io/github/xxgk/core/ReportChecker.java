package io.github.xxgk.core;

import io.github.xxgk.check.Check;
import io.github.xxgk.check.DocumentCheck;
import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Findings;
import io.github.xxgk.check.LabelCheck;
import io.github.xxgk.check.NarrativeCheck;
import io.github.xxgk.check.RelationCheck;
import io.github.xxgk.check.Rule;
import io.github.xxgk.check.StructureCheck;
import io.github.xxgk.check.ValueCheck;
import io.github.xxgk.check.VersionCheck;
import io.github.xxgk.read.ActiveContent;
import io.github.xxgk.read.Digest;
import io.github.xxgk.read.ReadLimits;
import io.github.xxgk.read.Readers;
import io.github.xxgk.read.SourceFile;
import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.sandbox.Deadline;
import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.Grid;
import io.github.xxgk.table.bind.FormatBinder;
import io.github.xxgk.template.FormatChoice;
import io.github.xxgk.template.FormatDefinition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The core: read each file, bind it to the format, run every check, collect the findings. One bad file is a
 * finding on that file; the others are still checked. Files are only read, never written.
 */
public final class ReportChecker {

    private static final List<Check> CHECKS = List.of(new VersionCheck(), new StructureCheck(), new LabelCheck(), new ValueCheck(),
            new RelationCheck(), new DocumentCheck(), new NarrativeCheck());

    private final FormatChoice choice;
    /**
     * Files an annotated copy is made of: a package is held (read once, checked and copied from the same bytes);
     * one that is not held is fingerprinted before it is read.
     */
    private static final java.util.Set<String> ANNOTATED_KINDS = java.util.Set.of("xlsx", "xlsm", "xls");

    private final List<Check> checks;
    private final FormatBinder binder;
    private Readers readers = Readers.standard();
    private Duration timeLimit = DEFAULT_TIME_LIMIT;
    private ReadLimits limits = ReadLimits.DEFAULT;

    /** The wall time one file may take by default (read, bind, check): a report takes milliseconds. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    /** Checks every report against {@code format} (and says where a table was filled in another version). */
    public ReportChecker(FormatDefinition format) {
        this(FormatChoice.fixed(format), CHECKS);
    }

    /** Checks each report against the format the choice gives for its year. */
    public ReportChecker(FormatChoice choice) {
        this(choice, CHECKS);
    }

    /** With other checks than the standard ones (tests inject a check with a defect). */
    ReportChecker(FormatDefinition format, List<Check> checks) {
        this(FormatChoice.fixed(format), checks);
    }

    private ReportChecker(FormatChoice choice, List<Check> checks) {
        this.choice = choice;
        this.checks = List.copyOf(checks);
        this.binder = new FormatBinder(choice);
    }

    /**
     * Checks every file the request names and applies its baseline (an unreadable baseline is an IOException),
     * keeping every file's bound tables: for tests and small runs. The goal streams through {@link CheckRun}.
     */
    public static CheckResult run(CheckRequest request) throws IOException {
        return CheckRun.run(request, FileSink.NONE, Progress.NONE, false);
    }

    /** Checks the files (relative to root) on {@code threads} threads, without a baseline; results in file order. */
    public CheckResult checkAll(Path root, List<Path> relativeFiles, int threads) {
        try {
            return new CheckRun(this, null, FileSink.NONE, Progress.NONE, false).checkAll(root, relativeFiles, threads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks one file within its sandbox; never throws. What the file contains is a finding on it; a limit the file
     * takes a step past (its time, nesting depth, the run's memory, Errors included) is a finding naming the limit,
     * ending the file's check with what was found so far; a binder or check that throws otherwise is a defect of the
     * plugin, reported as {@code internal-error} while the other checks still run.
     */
    public FileResult checkFile(Path path, String name) {
        Deadline.start(timeLimit);
        ReadLimits.use(limits);
        try {
            return checkWithin(path, name);
        } finally {
            Deadline.clear();
            ReadLimits.use(null);
        }
    }

    private FileResult checkWithin(Path path, String name) {
        Findings findings = new Findings(name);
        String[] sha256 = new String[1];
        byte[][] bytes = new byte[1][];
        Grid grid = read(path, name, findings, sha256, bytes);
        if (grid == null) {
            return new FileResult(name, null, findings.list());
        }
        BoundReport report;
        try {
            report = binder.bind(grid, name).withSource(sha256[0]).withSourceBytes(bytes[0]);
        } catch (Throwable e) {
            failed(findings, binder, e);
            return new FileResult(name, null, findings.list());
        }
        for (Check check : checks) {
            try {
                check.check(report, findings);
            } catch (Throwable e) {
                if (failed(findings, check, e)) {
                    break; // past a limit of the file: the remaining checks would only hit it again
                }
            }
        }
        return new FileResult(name, report, sorted(findings.list()));
    }

    /** A step threw: the finding for the limit it hit (true), or an internal error (false). */
    private boolean failed(Findings findings, Object step, Throwable e) {
        if (FileFailure.limitFinding(e, timeLimit, findings)) {
            return true;
        }
        internalError(findings, step, e);
        return false;
    }

    /**
     * The file's grid, or null with the finding that says why it cannot be read; a workbook's active content
     * (macros, external links, DDE) are warnings. A workbook held in memory gives its bytes to {@code bytes[0]};
     * another workbook its SHA-256 to {@code sha256[0]}, taken before it is read.
     */
    private Grid read(Path path, String name, Findings findings, String[] sha256, byte[][] bytes) {
        try {
            boolean annotated = ANNOTATED_KINDS.contains(SourceFile.extension(name));
            SourceFile source = SourceFile.of(path, name, annotated);
            bytes[0] = source.bytes();
            if (annotated && bytes[0] == null) {
                sha256[0] = Digest.sha256(path);
            }
            Grid grid = readers.read(source);
            for (ActiveContent.Kind kind : ActiveContent.of(source)) {
                findings.onFile(switch (kind) {
                    case MACROS -> Rule.WORKBOOK_MACROS;
                    case EXTERNAL_LINKS -> Rule.WORKBOOK_EXTERNAL_LINKS;
                    case DDE -> Rule.WORKBOOK_DDE;
                    case NOT_SCANNED -> Rule.WORKBOOK_NOT_SCANNED;
                }, Map.of());
            }
            return grid;
        } catch (UnreadableException e) {
            Rule rule = switch (e.reason()) {
                case ENCRYPTED -> Rule.FILE_ENCRYPTED;
                case NOT_A_WORKBOOK, EMPTY -> Rule.FILE_NOT_A_WORKBOOK;
                case TOO_LARGE -> Rule.FILE_TOO_LARGE;
                case CORRUPT -> Rule.FILE_UNREADABLE;
                case NO_TEXT_LAYER -> Rule.FILE_NO_TEXT_LAYER;
            };
            if (!FileFailure.limitFinding(e, timeLimit, findings)) {
                findings.onFile(rule, e.detail().findingArgs(Map.of("fileKind", fileKind(name))));
            }
        } catch (Throwable e) {
            if (!FileFailure.limitFinding(e, timeLimit, findings)) {
                findings.onFile(Rule.FILE_UNREADABLE, Detail.of("content.unreadable", "its content could not be read")
                        .findingArgs(Map.of("fileKind", fileKind(name))));
            }
        }
        return null;
    }

    /** What kind of file a name is, for the advice of a read failure: workbook, docx, html, text or csv. */
    static String fileKind(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return switch (ext) {
            case "docx" -> "docx";
            case "html", "htm" -> "html";
            case "txt", "text" -> "text";
            case "csv" -> "csv";
            case "pdf" -> "pdf";
            default -> "workbook";
        };
    }

    /**
     * Names the step, the exception and the first place in the plugin's own code it passed through (not the JDK
     * method that threw), for the clerk to pass on to the maintainers.
     */
    private static void internalError(Findings findings, Object step, Throwable e) {
        String at = java.util.Arrays.stream(e.getStackTrace()).filter(f -> f.getClassName().startsWith("io.github.xxgk."))
                .findFirst().map(f -> ", at " + f).orElse("");
        String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + at;
        findings.onFile(Rule.INTERNAL_ERROR, Detail.of("internal", detail, "text", detail)
                .findingArgs(Map.of("check", step.getClass().getSimpleName())));
    }

    /** The same checker reading with other readers: the differential test reads workbooks with POI's usermodel. */
    ReportChecker readingWith(Readers other) {
        ReportChecker copy = copy();
        copy.readers = other;
        return copy;
    }

    /** The same checker giving each file {@code limit} of wall time (zero: no limit). */
    public ReportChecker withTimeLimit(Duration limit) {
        ReportChecker copy = copy();
        copy.timeLimit = limit;
        return copy;
    }

    /** The same checker reading each file within {@code other} limits (null: the defaults). */
    public ReportChecker withLimits(ReadLimits other) {
        ReportChecker copy = copy();
        copy.limits = other == null ? ReadLimits.DEFAULT : other;
        return copy;
    }

    private ReportChecker copy() {
        ReportChecker copy = new ReportChecker(choice, checks);
        copy.readers = readers;
        copy.timeLimit = timeLimit;
        copy.limits = limits;
        return copy;
    }

    public Duration timeLimit() {
        return timeLimit;
    }

    /** Tables in format order, then by cell (row, column), then rule: the order a clerk reads the report in. */
    private List<Finding> sorted(List<Finding> findings) {
        List<String> tableOrder = choice.byDefault().tables().stream().map(t -> t.id()).toList();
        Comparator<Finding> byTable = Comparator.comparingInt(f -> f.tableId() == null ? -1 : tableOrder.indexOf(f.tableId()));
        Comparator<Finding> byCell = Comparator.comparing(f -> f.location() == null ? "" : f.location().sheet());
        byCell = byCell.thenComparingInt(f -> f.location() == null ? -1 : f.location().row())
                .thenComparingInt(f -> f.location() == null ? -1 : f.location().col());
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(byTable.thenComparing(byCell).thenComparing(f -> f.rule().ordinal()));
        return copy;
    }
}

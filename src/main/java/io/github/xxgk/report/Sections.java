package io.github.xxgk.report;

import io.github.xxgk.core.FileResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * Per-file parts of a report, rendered while the file's tables are bound and kept on disk beside the staged report
 * (in {@value OutputDirectory#PARTS}, never published) until the report is assembled: memory holds no file's tables
 * after it is checked. A section is taken from its part when there is one, else rendered from the result at hand.
 */
final class Sections {

    /** Sections a report shows in full; the files beyond are in the overview and in findings.csv. */
    static final int MAX_SHOWN = 500;

    interface Renderer {
        void section(StringBuilder out, Overview.Entry entry, Messages m);
    }

    private Sections() {
    }

    /**
     * The parts one report spools. A file with findings is rendered only while it can still be among the first
     * {@link #MAX_SHOWN} files with findings: once that many files before it have findings, its section would never
     * be shown (findings added later by the run-wide phase only add files), so it is not rendered at all.
     */
    static final class Spool {
        /** The smallest indices of files with findings seen so far, at most {@link #MAX_SHOWN}. */
        private final TreeSet<Integer> first = new TreeSet<>();

        void spool(int index, FileResult full, ReportContext context, Path report, Renderer renderer) throws IOException {
            if (full.findings().isEmpty() || across(new Overview.Entry(index + 1, full)) > 0 || !mayShow(index)) {
                return; // nothing to show, a result the run-wide phase has already seen (rendered when assembled),
                        // or a file past the sections shown
            }
            StringBuilder out = new StringBuilder();
            renderer.section(out, new Overview.Entry(index + 1, full), context.messages());
            Path part = part(report, index + 1);
            Files.createDirectories(part.getParent());
            Files.writeString(part, out, StandardCharsets.UTF_8);
        }

        private synchronized boolean mayShow(int index) {
            if (first.size() >= MAX_SHOWN && index > first.last()) {
                return false;
            }
            first.add(index);
            if (first.size() > MAX_SHOWN) {
                first.pollLast();
            }
            return true;
        }
    }

    /** The sections of the first {@link #MAX_SHOWN} files with findings; returns how many files were left out. */
    static int appendShown(StringBuilder out, Overview overview, Messages m, Path report, Renderer renderer)
            throws IOException {
        return appendShown(out, overview, m, report, renderer, (o, e, msg) -> { }, o -> { });
    }

    /** Where a report's text goes as it is written: the writer empties the buffer into its file. */
    interface Flush {
        void flush(StringBuilder out) throws IOException;
    }

    /**
     * The same; {@code acrossNote} is added after a section written while its file was checked when the run-wide
     * phase later found more on that file (those findings are in the report's table of findings across reports);
     * {@code flush} takes the text after each section.
     */
    static int appendShown(StringBuilder out, Overview overview, Messages m, Path report, Renderer renderer,
                           Renderer acrossNote, Flush flush) throws IOException {
        List<Overview.Entry> all = overview.withFindings();
        for (Overview.Entry e : all.subList(0, Math.min(MAX_SHOWN, all.size()))) {
            append(out, e, m, report, renderer, acrossNote);
            flush.flush(out); // 500 sections need not be in memory at once
        }
        return Math.max(0, all.size() - MAX_SHOWN);
    }

    /** How many of the file's findings the run-wide phase added. */
    static long across(Overview.Entry entry) {
        return entry.file().findings().stream().filter(io.github.xxgk.check.Elsewhere::across).count();
    }

    private static void append(StringBuilder out, Overview.Entry entry, Messages m, Path report, Renderer renderer,
                               Renderer acrossNote) throws IOException {
        Path part = part(report, entry.number());
        if (Files.isRegularFile(part)) {
            out.append(Files.readString(part, StandardCharsets.UTF_8));
            if (across(entry) > 0) {
                acrossNote.section(out, entry, m);
            }
        } else {
            renderer.section(out, entry, m);
        }
    }

    private static Path part(Path report, int number) {
        return report.resolveSibling(OutputDirectory.PARTS).resolve(report.getFileName() + "." + number);
    }
}

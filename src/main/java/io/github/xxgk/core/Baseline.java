package io.github.xxgk.core;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Fingerprint;
import io.github.xxgk.check.Rule;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accepted findings of reports that are already published and cannot change (xxgk-baseline.csv). A check with a
 * baseline fails only on findings not in it; entries that match nothing any more are reported, and entries whose
 * {@code until} date has passed fail the build.
 */
public final class Baseline {

    public static final String FILE_NAME = "xxgk-baseline.csv";
    public static final String[] HEADER = {"fingerprint", "file", "location", "rule", "reported", "expected", "reason", "until"};
    /** The columns every entry has; reason and until may be left off the end of a line. */
    private static final List<String> REQUIRED = List.of(HEADER).subList(0, 6);

    public record Entry(String fingerprint, String file, String location, String rule, String reported, String expected,
                        String reason, LocalDate until) {
    }

    private final Path source;
    private final Map<String, Entry> entries;

    private Baseline(Path source, Map<String, Entry> entries) {
        this.source = source;
        this.entries = entries;
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * Reads a baseline to check against: every entry must say why it is accepted. A malformed file (see
     * {@link CsvFile}) or an entry without a reason is a {@link ConfigurationException} naming the file and line.
     */
    public static Baseline read(Path file) throws IOException {
        return read(file, true);
    }

    /** Reads a baseline; {@code requireReasons} false for the baseline goal, which rewrites it for filling in. */
    public static Baseline read(Path file, boolean requireReasons) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        CsvFile.read(file, REQUIRED, false, "baseline.header", r -> {
            Map<String, String> where = r.where(file);
            LocalDate until = null;
            String u = r.get("until").strip();
            if (!u.isEmpty()) {
                try {
                    until = LocalDate.parse(u);
                } catch (DateTimeParseException e) {
                    Map<String, String> args = new HashMap<>(where);
                    args.put("value", u);
                    throw new ConfigurationException("baseline.until", args);
                }
            }
            if (requireReasons && r.get("reason").isBlank()) {
                throw new ConfigurationException("baseline.reason", where);
            }
            entries.put(r.get("fingerprint"), new Entry(r.get("fingerprint"), r.get("file"), r.get("location"),
                    r.get("rule"), r.get("reported"), r.get("expected"), r.get("reason"), until));
        });
        return new Baseline(file, entries);
    }

    /** Splits findings into new and baselined; adds findings for stale and expired entries on the baseline file. */
    public CheckResult apply(CheckResult result, LocalDate today) {
        Matches matches = matches();
        List<FileResult> files = new ArrayList<>(result.files().stream().map(matches::split).toList());
        FileResult own = matches.ownFindings(today);
        if (own != null) {
            files.add(own);
        }
        return new CheckResult(files, result.checkedFiles(), result.identities());
    }

    /** Applies the baseline file by file, from any thread, remembering which entries matched. */
    public Matches matches() {
        return new Matches();
    }

    public final class Matches {

        private final Set<String> matched = ConcurrentHashMap.newKeySet();

        private Matches() {
        }

        /** The file's findings split into new and baselined. */
        public FileResult split(FileResult f) {
            List<Finding> active = new ArrayList<>();
            List<Finding> accepted = new ArrayList<>(f.baselined());
            for (Finding x : f.findings()) {
                Entry e = entries.get(Fingerprint.of(x));
                if (e == null) {
                    active.add(x);
                } else {
                    matched.add(e.fingerprint());
                    accepted.add(x);
                }
            }
            return new FileResult(f.file(), f.report(), active, accepted);
        }

        /** The baseline file's own findings once every file is split: stale and expired entries, or null. */
        public FileResult ownFindings(LocalDate today) {
            List<Finding> own = new ArrayList<>();
            String name = source.getFileName().toString();
            for (Entry e : entries.values()) {
                if (e.until() != null && e.until().isBefore(today)) {
                    own.add(entryFinding(Rule.BASELINE_EXPIRED, name, e));
                } else if (!matched.contains(e.fingerprint())) {
                    own.add(entryFinding(Rule.BASELINE_STALE, name, e));
                }
            }
            return own.isEmpty() ? null : new FileResult(name, null, own);
        }
    }

    private static Finding entryFinding(Rule rule, String baselineFile, Entry e) {
        return new Finding(rule, rule.severity(), baselineFile, null, null, null, null, e.file() + " " + e.location(),
                e.reported(), e.expected(), null, List.of(), Map.of("fingerprint", e.fingerprint(), "file", e.file(),
                "location", e.location(), "rule", e.rule(), "until", e.until() == null ? "" : e.until().toString()));
    }
}

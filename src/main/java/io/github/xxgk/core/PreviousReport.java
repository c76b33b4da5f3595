package io.github.xxgk.core;

import io.github.xxgk.generate.Prefill;
import io.github.xxgk.identity.IdentityResolver;
import io.github.xxgk.identity.ReportIdentity;
import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.template.FormatDefinition;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads last year's report of an agency for xxgk:template: what this year's template can be pre-filled with. */
public final class PreviousReport {

    private PreviousReport() {
    }

    /**
     * The pre-fill from last year's report; a file that cannot be read or bound, or whose agency and year cannot be
     * established (the cover, the title), is a {@link ConfigurationException}: a template is never pre-filled by guess.
     */
    public static Prefill prefill(Path file, FormatDefinition format) {
        String name = file.getFileName().toString();
        FileResult r = new ReportChecker(format).checkFile(file, name);
        Set<String> tables = Prefill.sourceTables(format); // none: only the cover is taken
        if (r.report() == null || !tables.isEmpty() && tables.stream().noneMatch(t -> r.report().table(t).isPresent())) {
            throw new ConfigurationException("previous.unreadable", why(r, file, format, tables));
        }
        ReportIdentity identity = IdentityResolver.NONE.resolve(name, r.report().format(), r.report().cover(), r.report().grid())
                .orElseThrow(() -> new ConfigurationException("previous.identity", Map.of("file", file.toString())));
        return Prefill.fromPrevious(format, r.report(), identity, name);
    }

    /**
     * The file and why it gives nothing: its first finding's detail (a file that cannot be read says why, in the
     * user's language), else that it holds none of the tables the pre-fill takes (named by their titles).
     */
    private static Map<String, String> why(FileResult r, Path file, FormatDefinition format, Set<String> tables) {
        Detail detail = r.findings().isEmpty() ? null : Detail.from(r.findings().get(0).args()).orElse(null);
        if (detail == null) {
            String titles = tables.stream().sorted().map(t -> format.table(t).title()).collect(Collectors.joining("、"));
            detail = Detail.of("previous.noTables", "it holds none of " + titles, "tables", titles);
        }
        return detail.findingArgs(Map.of("file", file.toString()));
    }
}

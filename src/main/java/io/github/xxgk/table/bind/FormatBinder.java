package io.github.xxgk.table.bind;

import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.FormatUse;
import io.github.xxgk.table.Grid;
import io.github.xxgk.template.FormatChoice;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.MixedFormat;
import io.github.xxgk.template.TableTemplate;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds a report to the format it should use — by its year, or as configured — and finds the tables that were
 * filled in another version instead: a table that does not fit its expected template is bound to the other
 * version's template too, and where that fits strictly better the table is checked as that version (its labels,
 * its arithmetic: R3 over the single 「（六）其他处理」 row of the 2019 table 三). A report whose every differing table
 * is in the other version is checked as that version throughout. A table printed as its template is bound once.
 */
public final class FormatBinder {

    private final FormatChoice choice;
    private final ReportBinder binder = new ReportBinder();

    /**
     * The other version cut down to the tables to try, one instance per version and tables: the binder keeps the
     * bindings of a layout per format instance (see LayoutCache).
     */
    private final Map<FormatKey<Set<String>>, FormatDefinition> probes = new ConcurrentHashMap<>();

    public FormatBinder(FormatChoice choice) {
        this.choice = choice;
    }

    private FormatDefinition probe(FormatDefinition other, Set<String> candidates) {
        return probes.computeIfAbsent(new FormatKey<>(other, Set.copyOf(candidates)), k -> {
            List<TableTemplate> tables = other.tables().stream().filter(t -> candidates.contains(t.id())).toList();
            return new FormatDefinition(other.id(), other.name(), other.source(), other.version(), other.amountScale(),
                    other.parts(), other.cover(), tables, List.of(), List.of(), List.of());
        });
    }

    public BoundReport bind(Grid grid, String fileName) {
        // the layout key and the cover are worked out once, for the year and every version the tables are bound to
        String layout = ReportBinder.layout(grid);
        FormatDefinition byDefault = choice.byDefault();
        Map<String, String> defaultCover = ReportBinder.cover(grid, byDefault);
        OptionalInt year = ReportYear.of(grid, fileName, byDefault, defaultCover);
        FormatDefinition expected = year.isPresent() ? choice.forYear(year.getAsInt()) : byDefault;
        Integer y = year.isPresent() ? year.getAsInt() : null;
        Map<String, String> cover = expected.cover().equals(byDefault.cover()) ? defaultCover : ReportBinder.cover(grid, expected);
        BoundReport report = new BoundReport(expected, binder.tables(grid, expected, layout), cover, grid);
        for (FormatDefinition other : choice.alternatives(expected)) {
            BoundReport mixed = compare(grid, layout, report, expected, other, y);
            if (mixed != null) {
                return mixed;
            }
        }
        return new BoundReport(report.format(), report.tables(), report.cover(), grid, FormatUse.as(expected, y));
    }

    /** The report with the tables that fit {@code other} better bound to it; null when there are none. */
    private BoundReport compare(Grid grid, String layout, BoundReport report, FormatDefinition expected,
                                FormatDefinition other, Integer year) {
        Set<String> differing = new LinkedHashSet<>();
        Map<String, Integer> candidates = new LinkedHashMap<>(); // a table that may fit the other version, its misfit
        for (TableTemplate t : expected.tables()) {
            boolean inOther = other.tables().stream().anyMatch(o -> o.id().equals(t.id()));
            if (!inOther || other.table(t.id()).equals(t)) {
                continue;
            }
            differing.add(t.id());
            BoundTable bound = report.tables().get(t.id());
            int misfit = bound == null ? Integer.MAX_VALUE : TableFit.misfit(bound, grid);
            if (misfit > 0) {
                candidates.put(t.id(), misfit);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Map<String, BoundTable> alternative = binder.tables(grid, probe(other, candidates.keySet()), layout);
        Set<String> better = new LinkedHashSet<>();
        candidates.forEach((id, own) -> {
            BoundTable alt = alternative.get(id);
            if (alt != null && (own == Integer.MAX_VALUE || TableFit.misfit(alt, grid) < own)) {
                better.add(id);
            }
        });
        if (better.isEmpty()) {
            return null;
        }
        Map<String, BoundTable> bound = new LinkedHashMap<>(report.tables());
        better.forEach(id -> bound.put(id, alternative.get(id)));
        boolean whole = better.equals(differing);
        FormatDefinition checkedAs = whole ? other : MixedFormat.of(expected, other, better);
        return new BoundReport(checkedAs, bound, report.cover(), grid,
                new FormatUse(expected, year, other, List.copyOf(better), whole));
    }
}

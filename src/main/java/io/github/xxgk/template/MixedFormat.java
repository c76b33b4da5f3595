package io.github.xxgk.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A report expected in one format with some tables filled in another (the 2019 table 二 in a 2022 report): the
 * expected definition with those tables, their relations (within the year and across years) and narrative claims
 * taken from the other. Each mix is
 * built once, so the equation model's cache does not grow with the number of files.
 */
public final class MixedFormat {

    private static final Map<String, FormatDefinition> CACHE = new ConcurrentHashMap<>();

    private MixedFormat() {
    }

    public static FormatDefinition of(FormatDefinition expected, FormatDefinition other, Set<String> tableIds) {
        String key = expected.id() + "|" + other.id() + "|" + String.join(",", new java.util.TreeSet<>(tableIds));
        return CACHE.computeIfAbsent(key, k -> mix(expected, other, tableIds));
    }

    private static FormatDefinition mix(FormatDefinition expected, FormatDefinition other, Set<String> tableIds) {
        List<TableTemplate> tables = expected.tables().stream()
                .map(t -> tableIds.contains(t.id()) ? other.table(t.id()) : t).toList();
        List<Relation> relations = new ArrayList<>();
        expected.relations().stream().filter(r -> !tableIds.contains(r.table())).forEach(relations::add);
        other.relations().stream().filter(r -> tableIds.contains(r.table())).forEach(relations::add);
        List<NarrativeClaim> narrative = new ArrayList<>();
        expected.narrative().stream().filter(c -> !tableIds.contains(c.table())).forEach(narrative::add);
        other.narrative().stream().filter(c -> tableIds.contains(c.table())).forEach(narrative::add);
        List<YearRelation> acrossYears = new ArrayList<>();
        expected.acrossYears().stream().filter(r -> !tableIds.contains(r.table())).forEach(acrossYears::add);
        other.acrossYears().stream().filter(r -> tableIds.contains(r.table())).forEach(acrossYears::add);
        return new FormatDefinition(expected.id(), expected.name(), expected.source(), expected.version(),
                expected.amountScale(), expected.parts(), expected.cover(), tables, relations, narrative, acrossYears);
    }
}

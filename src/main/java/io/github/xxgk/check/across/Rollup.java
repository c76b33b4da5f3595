package io.github.xxgk.check.across;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which reports aggregate others (xxgk-rollup.csv in the publishing repository): one line per parent agency and
 * member agency, with the years the membership holds ({@code from}, {@code to}, inclusive; blank: open). Agency names
 * are compared as the identity gives them (spaces removed). Read by core.RollupFile.
 */
public final class Rollup {

    public static final String FILE_NAME = "xxgk-rollup.csv";
    public static final Rollup NONE = new Rollup(List.of());

    public record Membership(String parent, String member, Integer from, Integer to) {
        public boolean covers(int year) {
            return (from == null || year >= from) && (to == null || year <= to);
        }
    }

    private final List<Membership> memberships;

    public Rollup(List<Membership> memberships) {
        this.memberships = List.copyOf(memberships);
    }

    public boolean isEmpty() {
        return memberships.isEmpty();
    }

    /** The member agencies of {@code parent} in {@code year}, in the file's order. */
    public List<String> members(String parent, int year) {
        Set<String> members = new LinkedHashSet<>();
        memberships.stream().filter(m -> m.parent().equals(parent) && m.covers(year)).forEach(m -> members.add(m.member()));
        return List.copyOf(members);
    }

}

package io.github.xxgk.template;

import java.util.List;

/**
 * A sentence of the narrative that states a number the tables hold: {@code pattern} is a regular expression whose
 * group 1 is the stated number; it is compared with the sum of the cells {@code row} × {@code columns} of
 * {@code table}. The patterns start at a noun (行政复议, not an optional verb before it): an optional alternation in
 * front is tried at every character of every sentence.
 */
public record NarrativeClaim(String id, String pattern, String table, String row, List<String> columns) {
    public NarrativeClaim {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}

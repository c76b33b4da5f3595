package io.github.xxgk.template;

import java.util.List;

/**
 * An arithmetic relation between cells of one table: Σ left = Σ right.
 * With {@code each = column} the terms are row ids and the relation holds in every column of the table;
 * with {@code each = row} they are column ids and it holds in every row. {@code target} is the term whose cell
 * carries the finding and whose expected value is solved from the others. {@link FormatDefinitions} validates that
 * every term, the target, the table and the rule exist.
 */
public record Relation(String id, String rule, String table, Each each, List<String> left, List<String> right,
                       String target, String wording, String reference) {

    public enum Each { ROW, COLUMN }

    public Relation {
        left = left == null ? List.of() : List.copyOf(left);
        right = right == null ? List.of() : List.copyOf(right);
    }
}

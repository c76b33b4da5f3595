package io.github.xxgk.template;

import java.util.List;

/**
 * A relation between a report and the same agency's report of the year before: this year's {@code target} equals
 * the signed sum of {@code equals}. As in a {@link Relation}, {@code each = column} makes the terms row ids of
 * {@code table} (the relation holds in every column of their section), {@code each = row} column ids. A term is
 * this year's unless written {@code previous:id}; a leading {@code -} subtracts it:
 * {@code "target": "in-force", "equals": ["previous:in-force", "issued", "-repealed"]} is 现行有效件数 = 上年现行有效件数
 * + 本年制发件数 − 本年废止件数. Each report's cells are looked up in its own format, so a 2021 report can be compared
 * with a 2020 one filled in the 2019 format.
 */
public record YearRelation(String id, String rule, String table, Relation.Each each, String target,
                           List<String> equals, String reference) {

    private static final String PREVIOUS = "previous:";

    public YearRelation {
        equals = equals == null ? List.of() : List.copyOf(equals);
    }

    /** Whether the term is last year's. */
    public static boolean previous(String term) {
        return unsigned(term).startsWith(PREVIOUS);
    }

    /** The row or column id the term names. */
    public static String item(String term) {
        String t = unsigned(term);
        return t.startsWith(PREVIOUS) ? t.substring(PREVIOUS.length()) : t;
    }

    /** +1, or -1 for a term subtracted. */
    public static int sign(String term) {
        return term.startsWith("-") ? -1 : 1;
    }

    /** Whether {@code s} holds every term: as its rows when the relation holds in each column, else as its columns. */
    public boolean holdsIn(SectionSpec s) {
        List<String> ids = each == Relation.Each.COLUMN ? s.rows().stream().map(RowSpec::id).toList()
                : s.columns().stream().map(ColumnSpec::id).toList();
        return ids.contains(target) && equals.stream().map(YearRelation::item).allMatch(ids::contains);
    }

    /** The columns (each column) or rows (each row) of {@code s} the relation holds in. */
    public List<String> scopes(SectionSpec s) {
        return each == Relation.Each.COLUMN ? s.columns().stream().map(ColumnSpec::id).toList()
                : s.rows().stream().map(RowSpec::id).toList();
    }

    /** The row and column of {@code item} (a term's id) in {@code scope}: {row, column}. */
    public String[] cell(String item, String scope) {
        return each == Relation.Each.COLUMN ? new String[] {item, scope} : new String[] {scope, item};
    }

    /** Whether the target is given by last year's report alone: a value this year's template can be pre-filled with. */
    public boolean fromPreviousYear() {
        return !equals.isEmpty() && equals.stream().allMatch(YearRelation::previous);
    }

    private static String unsigned(String term) {
        return term.startsWith("-") ? term.substring(1) : term;
    }
}

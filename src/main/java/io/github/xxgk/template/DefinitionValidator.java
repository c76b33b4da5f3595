package io.github.xxgk.template;

import io.github.xxgk.check.Rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the binders, checks, generator and writers take for granted of a format definition, checked once when it is
 * loaded: ids present and unique, labels not empty, and every group, table, row, column and rule that an entry names
 * exists. Every problem is collected, in the order of the file, each naming its entry
 * ({@code relations[2] "R3" term right[2] "withheld-secrt" is not a row of table t3}).
 */
final class DefinitionValidator {

    private static final String RELATION_RULES = Arrays.stream(Rule.values()).filter(Rule::forRelations)
            .map(Rule::id).collect(Collectors.joining(", "));
    private static final String YEAR_RULES = Arrays.stream(Rule.values()).filter(Rule::forYearRelations)
            .map(Rule::id).collect(Collectors.joining(", "));
    private static final String SHEET_NAME_FORBIDDEN = ":\\/?*[]";
    private static final int SHEET_NAME_MAX = 31;

    private final List<String> problems = new ArrayList<>();

    private DefinitionValidator() {
    }

    /** The problems of {@code definition}; empty when it is sound. */
    static List<String> problems(FormatDefinition definition) {
        DefinitionValidator v = new DefinitionValidator();
        v.definition(definition);
        return List.copyOf(v.problems);
    }

    private void definition(FormatDefinition d) {
        text("", "id", d.id());
        text("", "name", d.name());
        text("", "source", d.source());
        if (d.amountScale() < 0) {
            problem("", "amountScale is " + d.amountScale() + "; it must be 0 or more");
        }
        version(d.version());
        labelled("", "parts", d.parts(), Group::id, Group::label);
        labelled("", "cover", d.cover(), Group::id, Group::label);
        if (d.tables().isEmpty()) {
            problem("", "tables is empty");
        }
        Map<String, String> tableIds = new HashMap<>();
        Map<String, String> sheets = new HashMap<>();
        for (int i = 0; i < d.tables().size(); i++) {
            table(i, d.tables().get(i), tableIds, sheets);
        }
        Map<String, TableTemplate> tables = new LinkedHashMap<>();
        d.tables().stream().filter(t -> t.id() != null).forEach(t -> tables.putIfAbsent(t.id(), t));
        Map<String, String> relationIds = new HashMap<>();
        for (int i = 0; i < d.relations().size(); i++) {
            relation(i, d.relations().get(i), tables, relationIds);
        }
        Map<String, String> claimIds = new HashMap<>();
        for (int i = 0; i < d.narrative().size(); i++) {
            claim(i, d.narrative().get(i), tables, claimIds);
        }
        for (int i = 0; i < d.acrossYears().size(); i++) {
            yearRelation(i, d.acrossYears().get(i), tables, relationIds);
        }
        if (problems.isEmpty()) { // the equations can only be expanded from a definition whose terms all exist
            problems.addAll(RelationBalance.problems(d));
        }
    }

    private void version(FormatVersion v) {
        if (v == null) {
            problem("", "version is missing (its name, and the report years it is for)");
            return;
        }
        text("version", "name", v.name());
        if (v.firstYear() != null && v.lastYear() != null && v.firstYear() > v.lastYear()) {
            problem("version", "firstYear " + v.firstYear() + " is after lastYear " + v.lastYear());
        }
    }

    /** A narrative claim: its pattern compiles with a group for the number, its cells exist. */
    private void claim(int i, NarrativeClaim c, Map<String, TableTemplate> tables, Map<String, String> ids) {
        String at = entry("", "narrative", i, c.id());
        unique(at, c.id(), "narrative[" + i + "]", ids);
        if (text(at, "pattern", c.pattern())) {
            try {
                if (java.util.regex.Pattern.compile(c.pattern()).matcher("").groupCount() < 1) {
                    problem(at, "pattern has no group for the stated number");
                }
            } catch (java.util.regex.PatternSyntaxException e) {
                problem(at, "pattern is not a regular expression: " + e.getDescription());
            }
        }
        TableTemplate t = text(at, "table", c.table()) ? tables.get(c.table()) : null;
        if (c.table() != null && t == null) {
            problem(at, "table \"" + c.table() + "\" is not a table (" + String.join(", ", tables.keySet()) + ")");
        }
        if (t != null && text(at, "row", c.row()) && t.rows().stream().noneMatch(r -> r.id().equals(c.row()))) {
            problem(at, "row \"" + c.row() + "\" is not a row of table " + t.id());
        }
        if (c.columns().isEmpty()) {
            problem(at, "columns is empty");
        }
        for (String column : c.columns()) {
            if (t != null && t.columns().stream().noneMatch(x -> x.id().equals(column))) {
                problem(at, "column \"" + column + "\" is not a column of table " + t.id());
            }
        }
    }

    // ---- tables ----

    private void table(int i, TableTemplate t, Map<String, String> tableIds, Map<String, String> sheets) {
        String at = entry("", "tables", i, t.id());
        unique(at, t.id(), "tables[" + i + "]", tableIds);
        text(at, "number", t.number());
        text(at, "title", t.title());
        if (text(at, "sheetHint", t.sheetHint())) {
            if (t.sheetHint().length() > SHEET_NAME_MAX || t.sheetHint().chars().anyMatch(c -> SHEET_NAME_FORBIDDEN.indexOf(c) >= 0)) {
                problem(at, "sheetHint \"" + t.sheetHint() + "\" is not a sheet name (at most " + SHEET_NAME_MAX
                        + " characters, none of : \\ / ? * [ ])");
            } else if (sheets.containsKey(t.sheetHint())) {
                problem(at, "has the same sheetHint \"" + t.sheetHint() + "\" as " + sheets.get(t.sheetHint()));
            } else {
                sheets.put(t.sheetHint(), "tables[" + i + "]");
            }
        }
        labelled(at, "notes", t.notes(), NoteSpec::id, NoteSpec::label);
        Set<String> rowGroups = labelled(at, "rowGroups", t.rowGroups(), Group::id, Group::label);
        Set<String> columnGroups = labelled(at, "columnGroups", t.columnGroups(), Group::id, Group::label);
        if (t.sections().isEmpty()) {
            problem(at, "sections is empty");
        }
        Map<String, String> sectionIds = new HashMap<>();
        Map<String, String> rowIds = new HashMap<>();
        Map<String, String> columnIds = new HashMap<>();
        boolean singleRow = t.rows().size() == 1;
        for (int j = 0; j < t.sections().size(); j++) {
            SectionSpec s = t.sections().get(j);
            String section = "sections[" + j + "]";
            String sAt = entry(at, "sections", j, s.id());
            unique(sAt, s.id(), section, sectionIds);
            if (s.columns().isEmpty()) {
                problem(sAt, "columns is empty");
            }
            if (s.rows().isEmpty()) {
                problem(sAt, "rows is empty");
            }
            Map<String, String> columnLabels = new HashMap<>();
            for (int k = 0; k < s.columns().size(); k++) {
                ColumnSpec c = s.columns().get(k);
                String cAt = entry(sAt, "columns", k, c.id());
                unique(cAt, c.id(), section + " columns[" + k + "]", columnIds);
                if (text(cAt, "label", c.label())) {
                    distinct(cAt, c.groups(), c.label(), entry("", "columns", k, c.id()), columnLabels);
                }
                references(cAt, c.groups(), columnGroups, "column group of table " + t.id());
                former(cAt, c.formerLabels());
            }
            Map<String, String> rowLabels = new HashMap<>();
            for (int k = 0; k < s.rows().size(); k++) {
                RowSpec r = s.rows().get(k);
                String rAt = entry(sAt, "rows", k, r.id());
                unique(rAt, r.id(), section + " rows[" + k + "]", rowIds);
                if (!r.label().isBlank()) {
                    distinct(rAt, r.groups(), r.label(), entry("", "rows", k, r.id()), rowLabels);
                } else if (!singleRow) {
                    problem(rAt, "label is empty (only the single row of a table may have none)");
                }
                references(rAt, r.groups(), rowGroups, "row group of table " + t.id());
                former(rAt, r.formerLabels());
            }
        }
        if (singleRow && !t.rows().get(0).labelled() && t.columnGroups().isEmpty()) {
            problem(at, "has a row without a label but no columnGroups (such a table is found by its first column group)");
        }
        layout(at, t);
    }

    /** The declared layout fits the sections, rows and header the table has. */
    private void layout(String at, TableTemplate t) {
        if (t.layout() == null) {
            problem(at, "layout is missing (headed, blocks or single_row)");
            return;
        }
        int groupDepth = 1 + t.columns().stream().mapToInt(c -> c.groups().size()).max().orElse(0);
        switch (t.layout()) {
            case BLOCKS -> {
                int widest = t.sections().stream().mapToInt(s -> s.columns().size()).max().orElse(0);
                if (t.blockWidth() < widest) {
                    problem(at, "blockWidth " + t.blockWidth() + " is less than the " + widest
                            + " columns of its widest block");
                }
                for (int j = 0; j < t.sections().size(); j++) {
                    if (t.sections().get(j).title().isBlank()) {
                        problem(entry(at, "sections", j, t.sections().get(j).id()),
                                "title is empty (each block of a table laid out in blocks shows its title)");
                    }
                }
            }
            case HEADED, SINGLE_ROW -> {
                if (t.sections().size() != 1) {
                    problem(at, "layout " + name(t.layout()) + " has " + t.sections().size()
                            + " sections; a table under one header has exactly one");
                }
                if (t.headerDepth() != groupDepth) {
                    problem(at, "headerDepth " + t.headerDepth() + " does not match its column groups (" + groupDepth
                            + " header rows: the deepest column's groups and its own label)");
                }
                boolean one = t.rows().size() == 1 && !t.rows().get(0).labelled();
                if (t.layout() == TableTemplate.Layout.SINGLE_ROW && !one && !t.rows().isEmpty()) {
                    problem(at, "layout single_row needs exactly one row without a label");
                } else if (t.layout() == TableTemplate.Layout.HEADED && one) {
                    problem(at, "layout headed needs a label on its row (a table of one unlabelled row is single_row)");
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private static String name(TableTemplate.Layout layout) {
        return layout.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Entries with an id and a label (parts, notes, groups): ids present and unique, labels not empty. */
    private <T> Set<String> labelled(String parent, String field, List<T> items, Function<T, String> id,
                                     Function<T, String> label) {
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (int k = 0; k < items.size(); k++) {
            T item = items.get(k);
            String at = entry(parent, field, k, id.apply(item));
            unique(at, id.apply(item), field + "[" + k + "]", ids);
            if (text(at, "label", label.apply(item))) {
                String other = labels.putIfAbsent(label.apply(item).strip(), field + "[" + k + "]");
                if (other != null) {
                    problem(at, "has the same label \"" + label.apply(item) + "\" as " + other);
                }
            }
        }
        return ids.keySet();
    }

    /** Two rows (or columns) of a section under the same groups with the same label cannot be told apart. */
    private void distinct(String at, List<String> groups, String label, String name, Map<String, String> seen) {
        String key = String.join("/", groups) + "/" + label.strip();
        String other = seen.putIfAbsent(key, name);
        if (other != null) {
            problem(at, "has the same label \"" + label + "\" under the same groups as " + other);
        }
    }

    private void references(String at, List<String> groups, Set<String> known, String what) {
        for (String g : groups) {
            if (!known.contains(g)) {
                problem(at, "group \"" + g + "\" is not a " + what);
            }
        }
    }

    private void former(String at, List<String> formerLabels) {
        for (int m = 0; m < formerLabels.size(); m++) {
            if (formerLabels.get(m) == null || formerLabels.get(m).isBlank()) {
                problem(at, "formerLabels[" + m + "] is empty");
            }
        }
    }

    // ---- relations ----

    private void relation(int i, Relation r, Map<String, TableTemplate> tables, Map<String, String> relationIds) {
        String at = entry("", "relations", i, r.id());
        unique(at, r.id(), "relations[" + i + "]", relationIds);
        if (text(at, "rule", r.rule()) && Arrays.stream(Rule.values()).noneMatch(x -> x.forRelations() && x.id().equals(r.rule()))) {
            problem(at, "rule \"" + r.rule() + "\" is not a relation rule (" + RELATION_RULES + ")");
        }
        TableTemplate table = table(at, r.table(), tables);
        each(at, r.each());
        if (r.left().isEmpty()) {
            problem(at, "left is empty");
        }
        if (r.right().isEmpty()) {
            problem(at, "right is empty");
        }
        if (table != null && r.each() != null) {
            terms(at, r, table);
        }
        if (text(at, "target", r.target()) && !r.left().contains(r.target()) && !r.right().contains(r.target())) {
            problem(at, "target \"" + r.target() + "\" is not one of its terms");
        }
        text(at, "wording", r.wording());
        text(at, "reference", r.reference());
    }

    /** Each term names a row (for every column) or a column (for every row) of the table, once, all in one section. */
    private void terms(String at, Relation r, TableTemplate t) {
        boolean rows = r.each() == Relation.Each.COLUMN;
        Map<String, String> sectionOf = new HashMap<>();
        for (SectionSpec s : t.sections()) {
            (rows ? s.rows().stream().map(RowSpec::id) : s.columns().stream().map(ColumnSpec::id))
                    .forEach(id -> sectionOf.putIfAbsent(id, s.id()));
        }
        Map<String, String> seen = new HashMap<>();
        Set<String> sections = new LinkedHashSet<>();
        for (String side : List.of("left", "right")) {
            List<String> terms = side.equals("left") ? r.left() : r.right();
            for (int k = 0; k < terms.size(); k++) {
                String term = terms.get(k);
                String name = side + "[" + k + "]";
                String earlier = seen.putIfAbsent(term, name);
                if (earlier != null) {
                    problem(at, "term " + name + " \"" + term + "\" is also " + earlier);
                } else if (!sectionOf.containsKey(term)) {
                    problem(at, "term " + name + " \"" + term + "\" is not a " + (rows ? "row" : "column") + " of table " + t.id());
                } else {
                    sections.add(sectionOf.get(term));
                }
            }
        }
        if (!rows) {
            Set<ValueKind> kinds = new LinkedHashSet<>();
            seen.keySet().forEach(term -> t.columns().stream().filter(c -> c.id().equals(term)).findFirst()
                    .ifPresent(c -> kinds.add(c.kind())));
            if (kinds.size() > 1) {
                problem(at, "adds columns of different kinds (" + kinds + "); a relation sums like with like");
            }
        }
        if (sections.size() > 1) {
            problem(at, "terms lie in several sections of table " + t.id() + " (" + String.join(", ", sections)
                    + "); a relation holds within one section");
        }
    }

    /**
     * A relation with last year's report: a known rule, a table, the target a term of this year's, every term a row
     * (for each column) or column (for each row) of one section of the table.
     */
    private void yearRelation(int i, YearRelation r, Map<String, TableTemplate> tables, Map<String, String> relationIds) {
        String at = entry("", "acrossYears", i, r.id());
        unique(at, r.id(), "acrossYears[" + i + "]", relationIds);
        if (text(at, "rule", r.rule()) && Arrays.stream(Rule.values()).noneMatch(x -> x.forYearRelations() && x.id().equals(r.rule()))) {
            problem(at, "rule \"" + r.rule() + "\" is not a rule across years (" + YEAR_RULES + ")");
        }
        TableTemplate table = table(at, r.table(), tables);
        each(at, r.each());
        if (r.equals().isEmpty()) {
            problem(at, "equals is empty");
        } else if (r.equals().stream().noneMatch(YearRelation::previous)) {
            problem(at, "equals has no term of last year's report (previous:…)");
        }
        boolean target = text(at, "target", r.target());
        if (target && (YearRelation.previous(r.target()) || YearRelation.sign(r.target()) < 0)) {
            problem(at, "target \"" + r.target() + "\" must be this year's cell, unsigned");
        }
        text(at, "reference", r.reference());
        if (table == null || r.each() == null || !target) {
            return;
        }
        boolean rows = r.each() == Relation.Each.COLUMN;
        Set<String> sections = new LinkedHashSet<>();
        List<String> terms = new ArrayList<>(List.of(r.target()));
        terms.addAll(r.equals());
        Map<String, String> seen = new HashMap<>();
        for (int k = 0; k < terms.size(); k++) {
            String item = YearRelation.item(terms.get(k));
            String name = k == 0 ? "target" : "equals[" + (k - 1) + "]";
            String earlier = seen.putIfAbsent((YearRelation.previous(terms.get(k)) ? "previous:" : "") + item, name);
            if (earlier != null) {
                problem(at, name + " \"" + terms.get(k) + "\" is also " + earlier);
            }
            SectionSpec section = table.sections().stream().filter(s -> (rows ? s.rows().stream().map(RowSpec::id)
                    : s.columns().stream().map(ColumnSpec::id)).anyMatch(item::equals)).findFirst().orElse(null);
            if (section == null) {
                problem(at, name + " \"" + item + "\" is not a " + (rows ? "row" : "column") + " of table " + table.id());
            } else {
                sections.add(section.id());
            }
        }
        if (sections.size() > 1) {
            problem(at, "terms lie in several sections of table " + table.id() + " (" + String.join(", ", sections)
                    + "); a relation holds within one section");
        }
    }

    /** The table a relation names, or null (a problem) when it names none or one that does not exist. */
    private TableTemplate table(String at, String tableId, Map<String, TableTemplate> tables) {
        if (!text(at, "table", tableId)) {
            return null;
        }
        TableTemplate table = tables.get(tableId);
        if (table == null) {
            problem(at, "table \"" + tableId + "\" is not a table (" + String.join(", ", tables.keySet()) + ")");
        }
        return table;
    }

    private void each(String at, Relation.Each each) {
        if (each == null) {
            problem(at, "each is missing (column: the terms are rows; row: the terms are columns)");
        }
    }

    // ---- helpers ----

    private void unique(String at, String id, String name, Map<String, String> seen) {
        if (text(at, "id", id)) {
            String other = seen.putIfAbsent(id, name);
            if (other != null) {
                problem(at, "has the same id as " + other);
            }
        }
    }

    private boolean text(String at, String field, String value) {
        return text(at, field, value, "");
    }

    /** Whether {@code value} is there; a problem naming it missing (absent) or empty (blank) otherwise. */
    private boolean text(String at, String field, String value, String why) {
        if (value == null || value.isBlank()) {
            problem(at, field + (value == null ? " is missing" : " is empty") + why);
            return false;
        }
        return true;
    }

    /** {@code tables[1] "t3"}: the field, the index and the id where it has one. */
    private static String entry(String parent, String field, int index, String id) {
        String self = field + "[" + index + "]" + (id == null || id.isBlank() ? "" : " \"" + id + "\"");
        return parent.isEmpty() ? self : parent + " " + self;
    }

    private void problem(String at, String what) {
        problems.add(at.isEmpty() ? what : at + " " + what);
    }
}

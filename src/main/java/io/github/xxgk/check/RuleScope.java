package io.github.xxgk.check;

import io.github.xxgk.template.ColumnSpec;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.Relation;
import io.github.xxgk.template.TableTemplate;
import io.github.xxgk.template.ValueKind;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules that can find something in a table of a workbook, from the definition: a sum rule only where the
 * table has such a relation, 万元 precision only where it has amounts, old-format labels only where it has former
 * labels. Rules of published documents only (cell-missing, narrative) and file rules are not listed.
 */
public final class RuleScope {

    private static final List<Rule> STRUCTURE = List.of(Rule.TABLE_MISSING, Rule.COLUMN_MISSING, Rule.LABEL_MISMATCH,
            Rule.LABEL_WRONG_CATEGORY, Rule.VALUE_BLANK, Rule.VALUE_PLACEHOLDER, Rule.VALUE_NOT_NUMBER, Rule.VALUE_ERROR,
            Rule.VALUE_UNCALCULATED, Rule.VALUE_MERGED, Rule.VALUE_NEGATIVE);

    private RuleScope() {
    }

    /** In the order of {@link Rule}. */
    public static Set<Rule> of(FormatDefinition format, TableTemplate table) {
        Set<Rule> rules = EnumSet.copyOf(STRUCTURE);
        if (table.layout() != TableTemplate.Layout.SINGLE_ROW) {
            rules.add(Rule.ROW_MISSING);
        }
        boolean former = table.rows().stream().anyMatch(r -> !r.formerLabels().isEmpty())
                || table.columns().stream().anyMatch(c -> !c.formerLabels().isEmpty());
        if (former) {
            rules.add(Rule.LABEL_OLD_FORMAT);
        }
        List<ValueKind> kinds = table.columns().stream().map(ColumnSpec::kind).toList();
        if (kinds.stream().anyMatch(ValueKind::whole)) {
            rules.add(Rule.VALUE_FRACTION);
        }
        if (kinds.contains(ValueKind.AMOUNT)) {
            rules.add(Rule.VALUE_PRECISION);
        }
        for (Relation r : format.relations()) {
            if (r.table().equals(table.id())) {
                rules.add(Rule.byId(r.rule()));
                rules.addAll(List.of(Rule.RELATION_NOT_ASSESSABLE, Rule.SUGGESTED_CORRECTION, Rule.CORRECTION_CANDIDATE,
                        Rule.CORRECTION_NOT_FOUND));
            }
        }
        return rules;
    }
}

package io.github.xxgk.check.across;

import io.github.xxgk.check.Rule;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.Relation;
import io.github.xxgk.template.SectionSpec;
import io.github.xxgk.template.TableTemplate;
import io.github.xxgk.template.YearRelation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The equations between a report and last year's report of the same agency: the format definitions'
 * {@code acrossYears} relations ({@link YearRelation}: R6, the carry-over in every applicant column of table 三; R7,
 * 现行有效件数 in every row of 第二十条第（一）项) expanded over the cells of the section that holds their terms, like
 * the {@link io.github.xxgk.template.EquationModel}'s.
 * <p>
 * The two reports may be filled in different formats (2020 in the 2019 one, 2021 in the 2021 one): the equations
 * are those either format defines, and each operand is the cell of its own report's format with the same table,
 * row and column id. An equation with an operand that one of the formats does not have is returned as well, with
 * that operand's cell -1: it cannot be compared, and the caller says so.
 */
final class CrossEquations {

    private CrossEquations() {
    }

    /** The equations between a report in {@code thisYear}'s format and last year's in {@code lastYear}'s. */
    static List<CrossEquation> previousYear(CellIndex thisYear, CellIndex lastYear) {
        Map<String, CrossEquation> all = new LinkedHashMap<>();
        for (CellIndex shapes : thisYear == lastYear ? List.of(thisYear) : List.of(thisYear, lastYear)) {
            FormatDefinition format = shapes.format();
            for (YearRelation r : format.acrossYears()) {
                TableTemplate t = format.tables().stream().filter(x -> x.id().equals(r.table())).findFirst().orElse(null);
                if (t != null) {
                    t.sections().stream().filter(r::holdsIn)
                            .forEach(s -> expand(r, Rule.byId(r.rule()), t, s, thisYear, lastYear, all));
                }
            }
        }
        return List.copyOf(all.values());
    }

    private static void expand(YearRelation r, Rule rule, TableTemplate t, SectionSpec s, CellIndex thisYear,
                               CellIndex lastYear, Map<String, CrossEquation> all) {
        boolean down = r.each() == Relation.Each.COLUMN; // the terms are rows, the equation holds in each column
        String wording = wording(r, t, down);
        for (String scope : r.scopes(s)) {
            List<CrossEquation.Operand> operands = new ArrayList<>();
            operands.add(operand(thisYear, t, CrossEquation.Context.THIS, r.cell(r.target(), scope), 1, true));
            for (String term : r.equals()) {
                boolean previous = YearRelation.previous(term);
                operands.add(operand(previous ? lastYear : thisYear, t, previous ? CrossEquation.Context.PREVIOUS_YEAR
                        : CrossEquation.Context.THIS, r.cell(YearRelation.item(term), scope), -YearRelation.sign(term), false));
            }
            // the same equation in both reports' formats (R6, whatever each calls it): one; two equations of a rule: two
            all.putIfAbsent(rule.id() + "|" + t.id() + "|" + scope + "|" + r.target() + "=" + new TreeSet<>(r.equals()),
                    new CrossEquation(rule, r.id(), wording, scope, operands));
        }
    }

    /** 「现行有效件数（本年）= 现行有效件数（上年）+ 本年制发件数 − 本年废止件数」, from the table's labels. */
    private static String wording(YearRelation r, TableTemplate t, boolean down) {
        StringBuilder s = new StringBuilder(label(t, down, r.target())).append("（本年）= ");
        for (int i = 0; i < r.equals().size(); i++) {
            String term = r.equals().get(i);
            if (i > 0 || YearRelation.sign(term) < 0) {
                String sign = YearRelation.sign(term) < 0 ? "− " : "+ ";
                s.append(s.charAt(s.length() - 1) == '）' || s.charAt(s.length() - 1) == ' ' ? sign : " " + sign);
            }
            s.append(label(t, down, YearRelation.item(term))).append(YearRelation.previous(term) ? "（上年）" : "");
        }
        return s.toString();
    }

    private static String label(TableTemplate t, boolean down, String id) {
        return down ? t.rowLabel(id) : t.columnLabel(id);
    }

    private static CrossEquation.Operand operand(CellIndex index, TableTemplate t, CrossEquation.Context context,
                                                 String[] cell, int weight, boolean target) {
        return new CrossEquation.Operand(context, index.index(t.id(), cell[0], cell[1]), weight, target,
                t.itemLabel(cell[0], cell[1]));
    }
}

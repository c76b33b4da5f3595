package io.github.xxgk.check.across;

import io.github.xxgk.check.Rule;
import io.github.xxgk.template.ColumnSpec;
import io.github.xxgk.template.SectionSpec;
import io.github.xxgk.template.TableTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The equations between a report and last year's report of the same agency, expanded over the format's cells like
 * the {@link io.github.xxgk.template.EquationModel}'s: R6 (二、上年结转 of this year = 四、结转下年度继续办理 of last
 * year, in every applicant column of table 三) and R7 (现行有效件数 = last year's + 本年制发件数 − 本年废止件数, in
 * every row of 第二十条第（一）项). A format without these rows or columns (the 2019 one has other table-二 columns)
 * has no such equation.
 * <p>
 * The two reports may be filled in different formats (2020 in the 2019 one, 2021 in the 2021 one): the equations
 * are those either format defines, and each operand is the cell of its own report's format with the same table,
 * row and column id. An equation with an operand that one of the formats does not have is returned as well, with
 * that operand's cell -1: it cannot be compared, and the caller says so.
 */
final class CrossEquations {

    static final String CARRIED = "carried";
    static final String CARRIED_NEXT = "carried-next";
    static final String ISSUED = "issued";
    static final String REPEALED = "repealed";
    static final String IN_FORCE = "in-force";

    private CrossEquations() {
    }


    /** The equations between a report in {@code thisYear}'s format and last year's in {@code lastYear}'s. */
    static List<CrossEquation> previousYear(CellIndex thisYear, CellIndex lastYear) {
        Map<String, CrossEquation> all = new LinkedHashMap<>();
        for (CellIndex shapes : thisYear == lastYear ? List.of(thisYear) : List.of(thisYear, lastYear)) {
            for (TableTemplate t : shapes.format().tables()) {
                for (SectionSpec s : t.sections()) {
                    expand(t, s, thisYear, lastYear, all);
                }
            }
        }
        return List.copyOf(all.values());
    }

    private static void expand(TableTemplate t, SectionSpec s, CellIndex thisYear, CellIndex lastYear,
                               Map<String, CrossEquation> all) {
        boolean carries = s.rows().stream().anyMatch(r -> r.id().equals(CARRIED))
                && s.rows().stream().anyMatch(r -> r.id().equals(CARRIED_NEXT));
        if (carries) {
            String wording = t.rowLabel(CARRIED) + "（本年）= " + t.rowLabel(CARRIED_NEXT) + "（上年）";
            for (ColumnSpec c : s.columns()) {
                all.putIfAbsent(Rule.CARRY_OVER_MISMATCH.id() + "|" + t.id() + "|" + c.id(),
                        new CrossEquation(Rule.CARRY_OVER_MISMATCH, wording, c.id(), List.of(
                                operand(thisYear, t, CrossEquation.Context.THIS, CARRIED, c.id(), 1, true),
                                operand(lastYear, t, CrossEquation.Context.PREVIOUS_YEAR, CARRIED_NEXT, c.id(), -1,
                                        false))));
            }
        }
        List<String> columns = s.columns().stream().map(ColumnSpec::id).toList();
        if (columns.containsAll(List.of(ISSUED, REPEALED, IN_FORCE))) {
            String wording = t.columnLabel(IN_FORCE) + "（本年）= " + t.columnLabel(IN_FORCE) + "（上年）+ "
                    + t.columnLabel(ISSUED) + " − " + t.columnLabel(REPEALED);
            s.rows().forEach(r -> all.putIfAbsent(Rule.VALID_COUNT_CONTINUITY.id() + "|" + t.id() + "|" + r.id(),
                    new CrossEquation(Rule.VALID_COUNT_CONTINUITY, wording, r.id(), List.of(
                            operand(thisYear, t, CrossEquation.Context.THIS, r.id(), IN_FORCE, 1, true),
                            operand(lastYear, t, CrossEquation.Context.PREVIOUS_YEAR, r.id(), IN_FORCE, -1, false),
                            operand(thisYear, t, CrossEquation.Context.THIS, r.id(), ISSUED, -1, false),
                            operand(thisYear, t, CrossEquation.Context.THIS, r.id(), REPEALED, 1, false)))));
        }
    }

    private static CrossEquation.Operand operand(CellIndex index, TableTemplate t, CrossEquation.Context context,
                                                 String row, String column, int weight, boolean target) {
        return new CrossEquation.Operand(context, index.index(t.id(), row, column), weight, target,
                t.itemLabel(row, column));
    }
}

package io.github.xxgk.check;

import io.github.xxgk.table.BoundCell;
import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.template.Equation;
import io.github.xxgk.template.EquationModel;
import io.github.xxgk.template.Relation;
import io.github.xxgk.template.TableTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The format's arithmetic, from its equation model: every equation of every bound table is evaluated with totals
 * recomputed from their parts, never trusted. An equation with an operand that is not a number is reported as not
 * assessable, never passed. A failing equation is reported at its relation's target with the difference; the cells
 * to change are not guessed per relation but computed once per table as the smallest correction that makes every
 * equation hold ({@link TableCorrection}), and only a cell that correction pins gets an expected value.
 */
public final class RelationCheck implements Check {

    @Override
    public void check(BoundReport report, Findings findings) {
        EquationModel model = EquationModel.of(report.format());
        for (var t : report.format().tables()) {
            report.table(t.id()).ifPresent(table -> check(table, model, report.format().amountScale(), findings));
        }
    }

    private static void check(BoundTable table, EquationModel model, int amountScale, Findings findings) {
        List<EvaluatedEquation> evaluated = new ArrayList<>();
        for (Equation e : model.ofTable(table.tableId())) {
            Optional<EvaluatedEquation> ev = EvaluatedEquation.of(table, e);
            if (ev.isPresent()) {
                evaluated.add(ev.get());
            } else {
                partsMissing(table, e, findings);
            }
        }
        evaluated.stream().filter(e -> !e.assessable()).forEach(e -> notAssessable(table, e, findings));
        List<EvaluatedEquation> failing = evaluated.stream().filter(e -> e.assessable() && !e.holds()).toList();
        if (failing.isEmpty()) {
            return;
        }
        TableCorrection correction = TableCorrection.of(table.template(), evaluated, amountScale);
        failing.forEach(e -> failed(table, e, correction, findings));
        CorrectionFindings.add(table, correction, findings);
    }

    /**
     * An equation with a row or column that was not found (the structure check reports it as missing): where its
     * total is there, the relation is not assessable there, rather than a sum error vanishing without a word.
     */
    private static void partsMissing(BoundTable table, Equation e, Findings findings) {
        Optional<BoundCell> found = table.cell(e.target().rowId(), e.target().columnId());
        if (found.isEmpty()) {
            return; // the total itself is missing: the row-missing or column-missing finding is all there is to say
        }
        TableTemplate t = table.template();
        BoundCell target = found.get();
        Relation relation = e.relation();
        String cells = String.join("、", e.operands().stream()
                .filter(o -> table.cell(o.rowId(), o.columnId()).isEmpty())
                .map(o -> t.itemLabel(o.rowId(), o.columnId())).toList());
        findings.add(new Finding(Rule.RELATION_NOT_ASSESSABLE, Rule.RELATION_NOT_ASSESSABLE.severity(),
                findings.file(), target.ref(), t.id(), target.rowId(), target.columnId(),
                t.itemLabel(target.rowId(), target.columnId()), target.value().display(), "", relation.id(), List.of(),
                Map.of("relation", relation.wording(), "rule", relation.rule(), "cells", cells)));
    }

    private static void notAssessable(BoundTable table, EvaluatedEquation e, Findings findings) {
        TableTemplate t = table.template();
        BoundCell target = e.target();
        Relation relation = e.equation().relation();
        String cells = String.join("、", e.unusable().stream().map(c -> t.itemLabel(c.rowId(), c.columnId())).toList());
        findings.add(new Finding(Rule.RELATION_NOT_ASSESSABLE, Rule.RELATION_NOT_ASSESSABLE.severity(),
                findings.file(), target.ref(), t.id(), target.rowId(), target.columnId(),
                t.itemLabel(target.rowId(), target.columnId()), target.value().display(), "", relation.id(), e.terms(),
                Map.of("relation", relation.wording(), "rule", relation.rule(), "cells", cells)));
    }

    private static void failed(BoundTable table, EvaluatedEquation e, TableCorrection correction, Findings findings) {
        TableTemplate t = table.template();
        BoundCell target = e.target();
        Relation relation = e.equation().relation();
        Rule rule = Rule.byId(relation.rule());
        List<Term> terms = e.terms();
        BigDecimal reported = terms.get(e.equation().operands().indexOf(e.equation().target())).value();
        BigDecimal sum = e.balancingValue();
        BigDecimal pinned = correction.pinned(target.ref());
        findings.add(new Finding(rule, rule.severity(), findings.file(), target.ref(), t.id(), target.rowId(),
                target.columnId(), t.itemLabel(target.rowId(), target.columnId()), reported.toPlainString(),
                pinned == null ? "" : pinned.toPlainString(), relation.id(), terms,
                Map.of("relation", relation.wording(), "reference", relation.reference(), "sum", sum.toPlainString(),
                        "difference", reported.subtract(sum).toPlainString())));
    }
}

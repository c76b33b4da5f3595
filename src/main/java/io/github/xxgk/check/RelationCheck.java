package io.github.xxgk.check;

import io.github.xxgk.table.BoundCell;
import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.template.Relation;
import io.github.xxgk.template.RowSpec;
import io.github.xxgk.template.TableTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The format's arithmetic, read from its definition: for every relation and every row or column it holds in,
 * Σ left = Σ right. Totals are recomputed from their parts, never trusted. A relation with an operand that is
 * not a number is reported as not assessable, never passed.
 */
public final class RelationCheck implements Check {

    @Override
    public void check(BoundReport report, Findings findings) {
        for (Relation relation : report.format().relations()) {
            report.table(relation.table()).ifPresent(table -> checkAll(relation, table, findings));
        }
    }

    private static void checkAll(Relation relation, BoundTable table, Findings findings) {
        TableTemplate t = table.template();
        if (relation.each() == Relation.Each.COLUMN) {
            for (var column : t.sectionOfRow(relation.target()).columns()) { // the loader keeps terms in one section
                checkOne(relation, table, rowId -> rowId, rowId -> column.id(), findings);
            }
        } else {
            for (RowSpec row : t.rows()) {
                if (t.sectionOfRow(row.id()).columns().stream().anyMatch(c -> c.id().equals(relation.target()))) {
                    checkOne(relation, table, columnId -> row.id(), columnId -> columnId, findings);
                }
            }
        }
    }

    private interface Axis {
        String of(String term);
    }

    private static void checkOne(Relation relation, BoundTable table, Axis rowOf, Axis columnOf, Findings findings) {
        TableTemplate t = table.template();
        List<Term> terms = new ArrayList<>();
        List<BoundCell> unusable = new ArrayList<>();
        BoundCell target = null;
        for (String term : concat(relation.left(), relation.right())) {
            Optional<BoundCell> cell = table.cell(rowOf.of(term), columnOf.of(term));
            if (cell.isEmpty()) {
                return; // the row or column is missing: reported by the structure check
            }
            boolean isTarget = term.equals(relation.target());
            if (isTarget) {
                target = cell.get();
            }
            String label = relation.each() == Relation.Each.COLUMN ? t.rowLabel(term) : t.column(term).label();
            if (cell.get().value() instanceof CellValue.Number n && !cell.get().cell().mergeContinuation()) {
                terms.add(new Term(label, n.value(), cell.get().ref(), relation.left().contains(term), isTarget));
            } else {
                unusable.add(cell.get());
                terms.add(new Term(label, null, cell.get().ref(), relation.left().contains(term), isTarget));
            }
        }
        Rule rule = Rule.byId(relation.rule());
        String item = t.itemLabel(target.rowId(), target.columnId());
        if (!unusable.isEmpty()) {
            String cells = String.join("、", unusable.stream()
                    .map(c -> t.itemLabel(c.rowId(), c.columnId())).toList());
            findings.add(new Finding(Rule.RELATION_NOT_ASSESSABLE, Rule.RELATION_NOT_ASSESSABLE.severity(),
                    findings.file(), target.ref(), t.id(), target.rowId(), target.columnId(), item,
                    target.value().display(), "", relation.id(), terms,
                    Map.of("relation", relation.wording(), "rule", rule.id(), "cells", cells)));
            return;
        }
        BigDecimal left = sum(terms, true);
        BigDecimal right = sum(terms, false);
        if (left.compareTo(right) == 0) {
            return;
        }
        BigDecimal reported = terms.stream().filter(Term::target).findFirst().orElseThrow().value();
        BigDecimal expected = relation.targetOnLeft() ? reported.add(right.subtract(left)) : reported.add(left.subtract(right));
        findings.add(new Finding(rule, rule.severity(), findings.file(), target.ref(), t.id(), target.rowId(),
                target.columnId(), item, reported.toPlainString(), expected.toPlainString(), relation.id(), terms,
                Map.of("relation", relation.wording(), "reference", relation.reference())));
    }

    private static BigDecimal sum(List<Term> terms, boolean left) {
        return terms.stream().filter(x -> x.left() == left).map(Term::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

package io.github.xxgk.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The format's arithmetic as cell-level linear equations, expanded once from the definition's relations: a relation
 * that holds "for every column" becomes one equation per column of its rows' section, one "for every row" one
 * equation per row whose section has its columns. The relation check, the minimal-correction search and the
 * template's live checks all read these equations; none re-derives the arithmetic.
 */
public final class EquationModel {

    private static final Map<FormatDefinition, EquationModel> CACHE = Collections.synchronizedMap(new IdentityHashMap<>());

    private final List<Equation> equations;
    private final Map<String, List<Equation>> byTable;

    private EquationModel(List<Equation> equations) {
        this.equations = List.copyOf(equations);
        this.byTable = this.equations.stream().collect(Collectors.groupingBy(Equation::tableId,
                Collectors.toUnmodifiableList()));
    }

    public static EquationModel of(FormatDefinition format) {
        return CACHE.computeIfAbsent(format, EquationModel::expand);
    }

    public List<Equation> equations() {
        return equations;
    }

    public List<Equation> ofTable(String tableId) {
        return byTable.getOrDefault(tableId, List.of());
    }

    public List<Equation> ofRelation(Relation relation) {
        return equations.stream().filter(e -> e.relation() == relation).toList();
    }

    /** The instance of {@code relation} that holds in the given column or row. */
    public Optional<Equation> instance(Relation relation, String scope) {
        return ofRelation(relation).stream().filter(e -> e.scope().equals(scope)).findFirst();
    }

    /** Expands without remembering: the validator's balance check on a definition that may yet be rejected. */
    static EquationModel expand(FormatDefinition format) {
        List<Equation> all = new ArrayList<>();
        for (Relation relation : format.relations()) {
            TableTemplate t = format.table(relation.table());
            if (relation.each() == Relation.Each.COLUMN) {
                for (ColumnSpec column : t.sectionOfRow(relation.target()).columns()) {
                    all.add(instance(relation, t, column.id(), term -> term, term -> column.id()));
                }
            } else {
                for (RowSpec row : t.rows()) {
                    if (t.sectionOfRow(row.id()).columns().stream().anyMatch(c -> c.id().equals(relation.target()))) {
                        all.add(instance(relation, t, row.id(), term -> row.id(), term -> term));
                    }
                }
            }
        }
        return new EquationModel(all);
    }

    private interface Axis {
        String of(String term);
    }

    private static Equation instance(Relation relation, TableTemplate t, String scope, Axis rowOf, Axis columnOf) {
        List<Equation.Operand> operands = new ArrayList<>();
        relation.left().forEach(term -> operands.add(new Equation.Operand(rowOf.of(term), columnOf.of(term), 1,
                term.equals(relation.target()))));
        relation.right().forEach(term -> operands.add(new Equation.Operand(rowOf.of(term), columnOf.of(term), -1,
                term.equals(relation.target()))));
        return new Equation(relation, t.id(), scope, operands);
    }
}

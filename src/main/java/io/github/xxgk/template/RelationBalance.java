package io.github.xxgk.template;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Whether a definition's relations can all hold at once: every cell that no relation targets gets an arbitrary
 * value, each target is then solved from an equation that has it as its only unknown, and every equation must hold
 * with the values so found. A relation that contradicts the others (two relations that fix the same total from
 * different parts) fails for all but a vanishing share of the values; a set of targets that only determine each
 * other is never solved. Either means no report could satisfy the format, so the definition is rejected.
 */
final class RelationBalance {

    private RelationBalance() {
    }

    static List<String> problems(FormatDefinition d) {
        List<Equation> equations = EquationModel.expand(d).equations();
        Set<String> unknown = new LinkedHashSet<>();
        equations.forEach(e -> unknown.add(key(e, e.target())));
        Map<String, BigInteger> value = new HashMap<>();
        Random random = new Random(60); // fixed: the same definition gets the same verdict on every load
        for (Equation e : equations) {
            for (Equation.Operand o : e.operands()) {
                String k = key(e, o);
                if (!unknown.contains(k)) {
                    value.computeIfAbsent(k, x -> BigInteger.valueOf(1 + random.nextInt(1_000_000)));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Equation e : equations) {
                List<Equation.Operand> open = e.operands().stream().filter(o -> !value.containsKey(key(e, o))).toList();
                if (open.size() == 1) {
                    Equation.Operand o = open.get(0);
                    BigInteger rest = BigInteger.ZERO;
                    for (Equation.Operand other : e.operands()) {
                        if (other != o) {
                            rest = rest.add(value.get(key(e, other)).multiply(BigInteger.valueOf(other.weight())));
                        }
                    }
                    value.put(key(e, o), rest.negate().divide(BigInteger.valueOf(o.weight())));
                    progress = true;
                } else if (open.isEmpty() && !holds(e, value) && reported.add(e.relation().id())) {
                    problems.add("relations \"" + e.relation().id() + "\" does not balance with the other relations of table "
                            + e.tableId() + " (in " + e.scope() + "): no values make them all hold");
                }
            }
        }
        Set<String> unsolved = new LinkedHashSet<>();
        for (Equation e : equations) {
            if (e.operands().stream().anyMatch(o -> !value.containsKey(key(e, o)))) {
                unsolved.add(e.relation().id());
            }
        }
        if (!unsolved.isEmpty()) {
            problems.add("relations " + String.join(", ", unsolved.stream().map(id -> "\"" + id + "\"").toList())
                    + " only determine each other's targets: choose targets that the other cells fix");
        }
        return problems;
    }

    private static boolean holds(Equation e, Map<String, BigInteger> value) {
        BigInteger sum = BigInteger.ZERO;
        for (Equation.Operand o : e.operands()) {
            sum = sum.add(value.get(key(e, o)).multiply(BigInteger.valueOf(o.weight())));
        }
        return sum.signum() == 0;
    }

    private static String key(Equation e, Equation.Operand o) {
        return e.tableId() + ":" + o.rowId() + "|" + o.columnId();
    }
}

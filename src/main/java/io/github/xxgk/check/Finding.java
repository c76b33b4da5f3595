package io.github.xxgk.check;

import io.github.xxgk.table.CellRef;
import io.github.xxgk.table.PlainText;

import java.util.List;
import java.util.Map;

/**
 * One finding on one file. {@code location} is the cell it is about (null for a whole file or table);
 * {@code tableId}/{@code rowId}/{@code columnId} and {@code item} name the template item; {@code reported} and
 * {@code expected} are plain text; {@code terms} list a relation's operands; {@code args} fill the message.
 */
public record Finding(Rule rule, Severity severity, String file, CellRef location, String tableId, String rowId,
                      String columnId, String item, String reported, String expected, String relationId,
                      List<Term> terms, Map<String, String> args) {

    public Finding {
        // every text of a finding may quote the file (a label, a value, a parser's message): safe for each output
        item = PlainText.clean(item);
        reported = reported == null ? "" : PlainText.clean(reported);
        expected = expected == null ? "" : PlainText.clean(expected);
        terms = terms == null ? List.of() : List.copyOf(terms);
        args = args == null ? Map.of() : cleaned(args);
    }

    private static Map<String, String> cleaned(Map<String, String> args) {
        Map<String, String> copy = new java.util.HashMap<>();
        args.forEach((k, v) -> copy.put(k, PlainText.clean(v)));
        return Map.copyOf(copy);
    }

    /** The cells this finding is about: its location and every operand of its relation. */
    public List<CellRef> relatedCells() {
        List<CellRef> refs = new java.util.ArrayList<>();
        if (location != null) {
            refs.add(location);
        }
        terms.stream().map(Term::ref).filter(r -> !refs.contains(r)).forEach(refs::add);
        return refs;
    }
}

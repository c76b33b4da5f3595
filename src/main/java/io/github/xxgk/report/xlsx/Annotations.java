package io.github.xxgk.report.xlsx;

import io.github.xxgk.check.CellRole;
import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Severity;
import io.github.xxgk.report.Messages;
import io.github.xxgk.table.CellRef;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an annotated copy marks, whichever way it is written: for each cell with findings, the comment text (one
 * line per finding) and the fill, if any.
 *
 * @param notes comment text by cell, in the order of the findings
 * @param fills ERROR (red) or WARNING (amber) by cell; a cell with a note but no fill keeps its own
 */
record Annotations(Map<CellRef, String> notes, Map<CellRef, Severity> fills) {

    /** @param texts each finding's message ({@link Messages#message}), formatted once for both sheets */
    static Annotations of(List<Finding> findings, List<String> texts, Messages m) {
        Map<CellRef, StringBuilder> notes = new LinkedHashMap<>();
        Map<CellRef, Severity> fills = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            CellRef at = f.location();
            if (at == null || at.line() > 0 || at.col() >= CellRef.ABSENT_COLUMN) {
                continue; // not a cell of the workbook
            }
            StringBuilder note = notes.computeIfAbsent(at, k -> new StringBuilder());
            note.append(note.length() > 0 ? "\n" : "").append(m.text("ui.annotated.note", Map.of(
                    "severity", m.severity(f.severity()), "message", texts.get(i), "rule", f.rule().id())));
            Severity fill = fill(f);
            if (fill != null) {
                fills.merge(at, fill, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            }
        }
        Map<CellRef, String> comments = new LinkedHashMap<>();
        notes.forEach((ref, text) -> comments.put(ref, text.toString()));
        return new Annotations(Collections.unmodifiableMap(comments), Collections.unmodifiableMap(fills));
    }

    /**
     * The fill a finding asks for: red for a cell to change (a suggested correction, an error in the cell itself),
     * amber for a candidate or a warning; none for the total of a failing relation (its comment says why the relation
     * fails).
     */
    private static Severity fill(Finding f) {
        return switch (CellRole.of(f)) {
            case CHANGE -> Severity.ERROR;
            case CANDIDATE -> Severity.WARNING;
            case RELATION -> null;
            case OWN -> f.severity() == Severity.ERROR ? Severity.ERROR : Severity.WARNING;
        };
    }
}

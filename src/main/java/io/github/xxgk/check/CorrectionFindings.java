package io.github.xxgk.check;

import io.github.xxgk.check.TableCorrection.CellChange;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.CellRef;
import io.github.xxgk.template.TableTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a table's smallest correction into findings a clerk can copy: a unique correction is one
 * {@code suggested-correction} per cell to change (reported → expected); several equally small ones are one
 * {@code correction-candidate} per cell that any of them changes, with a description of the set and an expected value
 * only where every alternative that changes the cell agrees on it; a search that ran out of cells or time says so.
 */
final class CorrectionFindings {

    /** Alternatives listed one by one in a message; more are counted. */
    private static final int LISTED = 3;
    private static final int LISTED_ROWS = 6;

    private CorrectionFindings() {
    }

    static void add(BoundTable table, TableCorrection c, Findings findings) {
        TableTemplate t = table.template();
        switch (c.status()) {
            case CONSISTENT -> {
            }
            case TOO_MANY_CELLS, TIME_LIMIT -> findings.onCell(Rule.CORRECTION_NOT_FOUND, table, table.anchor(), null,
                    null, t.displayName(), "", "", Map.of("table", t.displayName(),
                            "cells", Integer.toString(TableCorrection.MAX_CELLS),
                            "seconds", Long.toString(TableCorrection.BUDGET_NANOS / 1_000_000_000L),
                            "reason", c.status().name()));
            case FOUND -> {
                if (c.unique()) {
                    unique(table, c, findings);
                } else {
                    candidates(table, c, findings);
                }
            }
        }
    }

    private static void unique(BoundTable table, TableCorrection c, Findings findings) {
        List<CellChange> changes = c.alternatives().get(0);
        Map<String, String> cells = new HashMap<>(common(c));
        cells.put("cells", changes.stream().map(CorrectionFindings::change).collect(Collectors.joining("、")));
        for (CellChange x : changes) {
            findings.add(finding(Rule.SUGGESTED_CORRECTION, table, findings, x, x.to().toPlainString(), Map.copyOf(cells)));
        }
    }

    private static void candidates(BoundTable table, TableCorrection c, Findings findings) {
        Map<String, String> described = new HashMap<>(common(c));
        described.putAll(describe(table.template(), c.alternatives()));
        Map<String, String> args = Map.copyOf(described); // one map shared by every candidate of the set
        Map<CellRef, List<CellChange>> byCell = new LinkedHashMap<>();
        c.alternatives().forEach(a -> a.forEach(x -> byCell.computeIfAbsent(x.cell().ref(), r -> new ArrayList<>()).add(x)));
        for (List<CellChange> same : byCell.values()) {
            BigDecimal to = same.get(0).to();
            boolean agreed = same.stream().allMatch(x -> x.to().compareTo(to) == 0);
            findings.add(finding(Rule.CORRECTION_CANDIDATE, table, findings, same.get(0), agreed ? to.toPlainString() : "", args));
        }
    }

    private static Map<String, String> common(TableCorrection c) {
        return Map.of("count", Integer.toString(c.alternatives().get(0).size()),
                "alternatives", Integer.toString(c.alternatives().size()),
                "nextSize", c.nextSize() == 0 ? "" : Integer.toString(c.nextSize()));
    }

    private static Finding finding(Rule rule, BoundTable table, Findings findings, CellChange x, String expected, Map<String, String> args) {
        TableTemplate t = table.template();
        return new Finding(rule, rule.severity(), findings.file(), x.cell().ref(), t.id(), x.cell().rowId(), x.cell().columnId(),
                t.itemLabel(x.cell().rowId(), x.cell().columnId()), x.from().toPlainString(), expected, null, List.of(),
                args);
    }

    /** 「表三!D29 165 → 164」 */
    private static String change(CellChange x) {
        return x.cell().ref().a1() + " " + x.from().toPlainString() + " → " + x.to().toPlainString();
    }

    /**
     * The set of alternatives in words: the same change in one of several rows (「（一）予以公开、… 中的某一行：
     * 自然人 +1、总计 +1」), or the alternatives listed.
     */
    static Map<String, String> describe(TableTemplate t, List<List<CellChange>> alternatives) {
        List<String> patterns = alternatives.stream().map(a -> a.stream()
                .map(x -> x.cell().columnId() + " " + x.to().subtract(x.from()).toPlainString()).sorted().toList().toString())
                .distinct().toList();
        boolean oneRowEach = alternatives.stream().allMatch(a -> a.stream().map(x -> x.cell().rowId()).distinct().count() == 1);
        if (patterns.size() == 1 && oneRowEach) {
            List<String> rows = alternatives.stream().map(a -> t.rowLabel(a.get(0).cell().rowId())).toList();
            String shown = String.join("、", rows.subList(0, Math.min(LISTED_ROWS, rows.size())))
                    + (rows.size() > LISTED_ROWS ? "…" : "");
            String changes = alternatives.get(0).stream().map(x -> t.columnLabel(x.cell().columnId()) + " "
                    + signed(x.to().subtract(x.from()))).collect(Collectors.joining("、"));
            return Map.of("pattern", "row", "rows", shown, "rowCount", Integer.toString(rows.size()), "changes", changes);
        }
        String list = alternatives.stream().limit(LISTED)
                .map(a -> a.stream().map(CorrectionFindings::change).collect(Collectors.joining("、")))
                .collect(Collectors.joining("；"));
        return Map.of("pattern", "list", "list", list + (alternatives.size() > LISTED ? "；…" : ""));
    }

    private static String signed(BigDecimal d) {
        return (d.signum() > 0 ? "+" : "") + d.toPlainString();
    }
}

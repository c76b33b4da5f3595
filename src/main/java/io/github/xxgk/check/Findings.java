package io.github.xxgk.check;

import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.CellRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects the findings of one file; checks add to it through small typed calls. */
public final class Findings {

    private final String file;
    private final List<Finding> list = new ArrayList<>();

    public Findings(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void add(Finding finding) {
        list.add(finding);
    }

    /** A finding on the whole file. */
    public void onFile(Rule rule, Map<String, String> args) {
        add(new Finding(rule, rule.severity(), file, null, null, null, null, "", "", "", null, List.of(), args));
    }

    /** A finding on one cell of a bound table. */
    public void onCell(Rule rule, BoundTable table, CellRef at, String rowId, String columnId, String item,
                       String reported, String expected, Map<String, String> args) {
        add(new Finding(rule, rule.severity(), file, at, table.tableId(), rowId, columnId, item, reported, expected,
                null, List.of(), args));
    }

    /** A finding on one cell of a bound table, with the severity it has at this place. */
    public void onCell(Rule rule, Severity severity, BoundTable table, CellRef at, String item, String reported,
                       String expected, Map<String, String> args) {
        add(new Finding(rule, severity, file, at, table.tableId(), null, null, item, reported, expected, null,
                List.of(), args));
    }

    public List<Finding> list() {
        return List.copyOf(list);
    }
}

package io.github.xxgk.table;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A bound table's cells by {@link BoundTable#key}, immutable, and also by row and column id: the checks and the
 * report's tables look cells up by the template's ids hundreds of times per report, and a key put together (and
 * hashed) for each look-up was 5% of what a run spent on a report with findings.
 */
final class BoundCells extends AbstractMap<String, BoundCell> {

    private final Map<String, BoundCell> byKey;
    private final Map<String, Map<String, BoundCell>> byRow = new HashMap<>();

    private BoundCells(Map<String, BoundCell> cells) {
        this.byKey = Map.copyOf(cells);
        byKey.values().forEach(c -> byRow.computeIfAbsent(c.rowId(), r -> new HashMap<>()).put(c.columnId(), c));
    }

    static BoundCells of(Map<String, BoundCell> cells) {
        return cells instanceof BoundCells b ? b : new BoundCells(cells);
    }

    /** The cell of that row and column id, or null. */
    BoundCell get(String rowId, String columnId) {
        Map<String, BoundCell> row = byRow.get(rowId);
        return row == null ? null : row.get(columnId);
    }

    @Override
    public BoundCell get(Object key) {
        return byKey.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return byKey.containsKey(key);
    }

    @Override
    public int size() {
        return byKey.size();
    }

    @Override
    public Set<Entry<String, BoundCell>> entrySet() {
        return byKey.entrySet();
    }
}

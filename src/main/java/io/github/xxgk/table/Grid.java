package io.github.xxgk.table;

import java.util.List;

/** Everything a reader found in one file: its sheets (or document tables) as typed cells. */
public record Grid(List<GridSheet> sheets) {
    public Grid {
        sheets = List.copyOf(sheets);
    }
}

package io.github.xxgk.read.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a worksheet's XML holds of what the grid needs: rows within the limits, merges, formulas cells share. */
final class RawSheet {

    /** A row: its index, one past its last cell (-1 without cells), the cells kept. */
    record Row(int index, int lastCellNum, List<RawCell> cells) {
    }

    /** The formula a shared group's cells take from their master, and where the group's range starts. */
    record SharedMaster(String text, int firstRow, int firstCol) {
    }

    /** An array formula's range and its text. */
    record ArrayRange(int[] range, String text) {
        boolean contains(int row, int col) {
            return row >= range[0] && row <= range[1] && col >= range[2] && col <= range[3];
        }
    }

    final String name;
    int lastRow = -1;
    final List<Row> rows = new ArrayList<>();
    final List<int[]> merges = new ArrayList<>();
    final Map<Long, SharedMaster> shared = new HashMap<>();
    final List<ArrayRange> arrays = new ArrayList<>();
    /** A formula of the part asks another program for data (DDE). */
    boolean dde;
    /** A formula of the part is longer than Excel allows: not looked at for DDE. */
    boolean unchecked;

    RawSheet(String name) {
        this.name = name;
    }

    /** The array formula whose range holds the cell, if any. */
    ArrayRange array(int row, int col) {
        for (ArrayRange a : arrays) {
            if (a.contains(row, col)) {
                return a;
            }
        }
        return null;
    }
}

package io.github.xxgk.check.solve;

import java.util.Arrays;

/**
 * A set of non-zero longs, without boxing: the search records every set of cells it has visited (a few thousand per
 * table), and a {@code HashSet<Long>} spent more time resizing, boxing and — the packed cell indexes colliding —
 * balancing tree bins than the search itself.
 */
final class LongSet {

    private long[] slots = new long[256];
    private int size;

    /** Adds a non-zero value; false if it was there already. */
    boolean add(long value) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        return insert(slots, value);
    }

    /** Empties the set, keeping its room for the next level's sets. */
    void clear() {
        Arrays.fill(slots, 0);
        size = 0;
    }

    private boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        for (int i = slot(value, mask); ; i = (i + 1) & mask) {
            if (table[i] == value) {
                return false;
            }
            if (table[i] == 0) {
                table[i] = value;
                size++;
                return true;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long v : old) {
            if (v != 0) {
                insert(slots, v);
            }
        }
    }

    /** Fibonacci hashing: the high bits of the value times 2^64 / φ. */
    private static int slot(long value, int mask) {
        return (int) ((value * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }
}

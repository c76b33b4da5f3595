package io.github.xxgk.read.pdf;

/**
 * A straight horizontal or vertical line drawn on a page (a cell border), in page space with the origin at the
 * top left: a horizontal ruling lies at y = {@code at} from x = {@code from} to {@code to}; a vertical one at
 * x = {@code at} from y = {@code from} to {@code to}.
 */
record Ruling(boolean horizontal, float at, float from, float to) {

    Ruling {
        if (from > to) {
            float t = from;
            from = to;
            to = t;
        }
    }

    /** Whether this ruling runs across the point {@code along} on its own axis, with some slack. */
    boolean covers(float along, float slack) {
        return along >= from - slack && along <= to + slack;
    }

    /** Whether a horizontal and a vertical ruling meet (cross or touch). */
    boolean meets(Ruling other, float slack) {
        return horizontal != other.horizontal && covers(other.at, slack) && other.covers(at, slack);
    }
}

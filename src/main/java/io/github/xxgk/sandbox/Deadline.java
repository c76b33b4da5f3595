package io.github.xxgk.sandbox;

import java.time.Duration;

/**
 * The wall time one file may take, checked cooperatively: the loops of the readers, the binder and the checks call
 * {@link #check()}, which throws {@link LimitExceeded} once the file's time is up. A thread interrupt cannot stop
 * a loop that never blocks; this can. The deadline belongs to the checking thread: {@link #start} before a file,
 * {@link #clear} after it. On a thread without a deadline, {@link #check()} does nothing.
 */
public final class Deadline {

    private static final ThreadLocal<long[]> END = ThreadLocal.withInitial(() -> new long[] {0, 0});

    private Deadline() {
    }

    /** From now on this thread has {@code limit} (zero or negative: no limit). */
    public static void start(Duration limit) {
        long[] end = END.get();
        end[0] = limit.isZero() || limit.isNegative() ? 0 : System.nanoTime() + limit.toNanos();
        end[1] = limit.toMillis();
    }

    public static void clear() {
        END.get()[0] = 0;
    }

    /** Throws {@link LimitExceeded} (limit TIME) when this thread's deadline has passed. */
    public static void check() {
        long[] end = END.get();
        if (end[0] != 0 && System.nanoTime() - end[0] > 0) {
            throw new LimitExceeded(LimitExceeded.Limit.TIME, Detail.of("time", "over the "
                    + Duration.ofMillis(end[1]).toSeconds() + " s a file may take", "seconds", Duration.ofMillis(end[1]).toSeconds()));
        }
    }
}

package io.github.xxgk.maven;

import io.github.xxgk.core.Progress;
import io.github.xxgk.report.Messages;
import org.apache.maven.plugin.logging.Log;

import java.util.Map;

/** A line every few seconds while a long run checks its files (INFO: quiet under -q). */
final class ProgressLog implements Progress {

    private static final long EVERY_NANOS = 5_000_000_000L;

    private final Log log;
    private final Messages messages;
    private final long start = System.nanoTime();
    private long last = start;

    ProgressLog(Log log, Messages messages) {
        this.log = log;
        this.messages = messages;
    }

    @Override
    public synchronized void fileDone(int done, int total, long errors, long warnings) {
        long now = System.nanoTime();
        if (now - last < EVERY_NANOS || done == total) {
            return;
        }
        last = now;
        double seconds = (now - start) / 1e9;
        log.info(messages.text("mojo.progress", Map.of("done", Integer.toString(done), "total", Integer.toString(total),
                "errors", Long.toString(errors), "warnings", Long.toString(warnings),
                "rate", String.format(java.util.Locale.ROOT, "%.0f", done / seconds))));
    }
}

package io.github.xxgk.core;

import io.github.xxgk.check.Findings;
import io.github.xxgk.check.Rule;
import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.sandbox.LimitExceeded;

import java.time.Duration;
import java.util.Map;

/**
 * What went wrong with one file when a step threw past its sandbox: a limit (time, nesting depth, the run's memory)
 * the file took the step past, as a finding on that file in a clerk's words. Anything else is not the file's
 * doing, and {@link #limitFinding} says so by returning false.
 */
final class FileFailure {

    private static final int MAX_CAUSES = 20;

    private FileFailure() {
    }

    /** A result for an entry of the reports directory that is not read (see {@link PathCheck}). */
    static FileResult refused(String name, Detail why) {
        Findings findings = new Findings(name);
        findings.onFile(Rule.FILE_REFUSED, why.findingArgs(Map.of()));
        return new FileResult(name, null, findings.list());
    }

    /** A result for a file whose check threw past every net: the limit's finding, else an internal error. */
    static FileResult result(String name, Throwable failure, Duration timeLimit) {
        Findings findings = new Findings(name);
        if (!limitFinding(failure, timeLimit, findings)) {
            String type = failure.getClass().getSimpleName();
            findings.onFile(Rule.INTERNAL_ERROR, Detail.of("internal", type, "text", type).findingArgs(Map.of("check", "CheckRun")));
        }
        return new FileResult(name, null, findings.list());
    }

    /** Adds the finding for the limit {@code failure} (or one of its causes) hit, or returns false when it hit none. */
    static boolean limitFinding(Throwable failure, Duration timeLimit, Findings findings) {
        Throwable t = failure;
        for (int i = 0; t != null && i < MAX_CAUSES; i++, t = t.getCause()) {
            if (t instanceof LimitExceeded e && e.limit() == LimitExceeded.Limit.TIME) {
                findings.onFile(Rule.FILE_TIME_LIMIT, Map.of("seconds", Long.toString(timeLimit.toSeconds())));
                return true;
            }
            if (t instanceof LimitExceeded e) {
                findings.onFile(Rule.FILE_TOO_COMPLEX, e.detail().findingArgs(Map.of()));
                return true;
            }
            if (t instanceof StackOverflowError) {
                findings.onFile(Rule.FILE_TOO_COMPLEX, Detail.of("nesting.stack", "its content nests deeper than it can be read")
                        .findingArgs(Map.of()));
                return true;
            }
            if (t instanceof OutOfMemoryError) {
                findings.onFile(Rule.FILE_TOO_LARGE, Detail.of("memory",
                        "reading it needs more memory than the build has; -Xmx in MAVEN_OPTS sets how much",
                        "setting", "-Xmx", "variable", "MAVEN_OPTS").findingArgs(Map.of()));
                return true;
            }
        }
        return false;
    }
}

package io.github.xxgk.core;

import io.github.xxgk.read.ReadLimits;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What to check: the reports directory, which files in it, against which format, with how many threads, the
 * baseline of accepted findings (null or a missing file: none), for the checks across reports the path pattern a
 * report's agency and year may be read from (null: none) and the roll-up definition (null or missing: none), and
 * the wall time one file may take (null: the default; zero: none) and what a reader may inflate, parse and keep of one
 * (null: the defaults).
 */
public record CheckRequest(Path reportsDirectory, List<String> includes, List<String> excludes, String format,
                           int threads, Path baseline, String identityPattern, Path rollup, Duration timeLimit,
                           ReadLimits limits) {

    public CheckRequest(Path reportsDirectory, List<String> includes, List<String> excludes, String format,
                        int threads, Path baseline, String identityPattern, Path rollup, Duration timeLimit) {
        this(reportsDirectory, includes, excludes, format, threads, baseline, identityPattern, rollup, timeLimit, null);
    }

    public CheckRequest(Path reportsDirectory, List<String> includes, List<String> excludes, String format,
                        int threads, Path baseline, String identityPattern, Path rollup) {
        this(reportsDirectory, includes, excludes, format, threads, baseline, identityPattern, rollup, null);
    }

    public CheckRequest(Path reportsDirectory, List<String> includes, List<String> excludes, String format, int threads) {
        this(reportsDirectory, includes, excludes, format, threads, null);
    }

    public CheckRequest(Path reportsDirectory, List<String> includes, List<String> excludes, String format, int threads,
                        Path baseline) {
        this(reportsDirectory, includes, excludes, format, threads, baseline, null, null);
    }

    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.xlsx", "**/*.xlsm", "**/*.xls", "**/*.docx",
            "**/*.html", "**/*.htm", "**/*.txt", "**/*.csv", "**/*.pdf");
    /** Excel's lock files (~$name.xlsx) and anything under a hidden folder are never reports. */
    public static final List<String> DEFAULT_EXCLUDES = List.of("**/~$*", "**/.*/**");

    public CheckRequest {
        includes = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = excludes == null ? DEFAULT_EXCLUDES : List.copyOf(excludes);
        threads = Math.max(1, threads);
        timeLimit = timeLimit == null ? ReportChecker.DEFAULT_TIME_LIMIT : timeLimit;
        limits = limits == null ? ReadLimits.DEFAULT : limits;
    }
}

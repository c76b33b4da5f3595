package io.github.xxgk.core;

import io.github.xxgk.check.Finding;

import java.io.IOException;
import java.util.List;

/**
 * Receives each file's result as soon as it is checked (baseline applied), while its bound tables are still at hand:
 * the place to write what needs them (annotated copies, report sections). Called from the checking threads, once per
 * file, in any order; {@code index} is the file's place in the run's sorted order.
 */
public interface FileSink {

    FileSink NONE = (index, result) -> {
    };

    void accept(int index, FileResult result) throws IOException;

    /**
     * As {@link #accept}, returning the result with what writing the file's outputs found (a copy that could not be
     * made), added through {@code amend}: the run adds such findings as it adds its own, through the baseline, so
     * that a baseline can accept them too. The run keeps what this returns.
     */
    default FileResult deliver(int index, FileResult result, Amend amend) throws IOException {
        accept(index, result);
        return result;
    }

    /** Adds findings made while a file's outputs are written to its result. */
    @FunctionalInterface
    interface Amend {

        /** Without a baseline: the findings after the file's own. */
        Amend PLAIN = FileResult::with;

        FileResult add(FileResult result, List<Finding> found);
    }
}

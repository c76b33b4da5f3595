package io.github.xxgk.core;

/**
 * Receives each file's result as soon as it is checked (baseline applied), while its bound tables are still at hand:
 * the place to write what needs them (annotated copies, report sections). Called from the checking threads, once per
 * file, in any order; {@code index} is the file's place in the run's sorted order.
 */
public interface FileSink {

    FileSink NONE = (index, result) -> {
    };

    void accept(int index, FileResult result) throws java.io.IOException;

    /**
     * As {@link #accept}, returning the result with what writing the file's outputs found (a copy that could not be
     * made); the run keeps what this returns.
     */
    default FileResult deliver(int index, FileResult result) throws java.io.IOException {
        accept(index, result);
        return result;
    }
}

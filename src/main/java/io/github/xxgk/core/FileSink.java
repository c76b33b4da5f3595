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
}

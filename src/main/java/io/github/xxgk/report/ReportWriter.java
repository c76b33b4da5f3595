package io.github.xxgk.report;

import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.FileResult;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a check result in one format. Writers format; they never decide what passes. What a writer needs of a file's
 * bound tables it takes in {@link #file} while the file is checked (from the checking threads); {@link #write} then
 * works from the compact results of the whole run.
 */
public interface ReportWriter {

    /** One checked file, with its tables still bound; {@code index} is its place in the run's order. */
    default void file(int index, FileResult full, ReportContext context, Path file) throws IOException {
    }

    void write(CheckResult result, ReportContext context, Path file) throws IOException;
}

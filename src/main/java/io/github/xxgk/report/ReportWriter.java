package io.github.xxgk.report;

import io.github.xxgk.core.CheckResult;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a check result in one format. Writers format; they never decide what passes. */
public interface ReportWriter {
    void write(CheckResult result, ReportContext context, Path file) throws IOException;
}

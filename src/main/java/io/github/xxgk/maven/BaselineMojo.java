package io.github.xxgk.maven;

import io.github.xxgk.core.Baseline;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.FileSink;
import io.github.xxgk.report.BaselineWriter;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the current findings to the baseline (xxgk-baseline.csv) so that xxgk:check fails only on new ones.
 * Entries already there keep their reason and until; fill in {@code reason} (and {@code until}) for every new
 * entry before committing it: xxgk:check refuses a baseline entry without a reason.
 */
@Mojo(name = "baseline", requiresProject = false, threadSafe = true)
public class BaselineMojo extends AbstractCheckingMojo {

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        if (!ready()) {
            return;
        }
        CheckResult result = check(false, FileSink.NONE);
        Path file = baselineFile();
        try {
            Baseline previous = Files.isRegularFile(file) ? Baseline.read(file, false) : null;
            int n = BaselineWriter.write(result, file, previous);
            getLog().info(messages().text("mojo.baseline.written", Map.of("count", Integer.toString(n),
                    "file", file.toString())));
        } catch (IOException e) {
            throw configError("cannotWrite", IoDetail.of(e).findingArgs(Map.of("dir", file.toString())));
        }
    }
}

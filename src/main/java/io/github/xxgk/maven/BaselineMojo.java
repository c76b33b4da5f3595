package io.github.xxgk.maven;

import io.github.xxgk.core.Baseline;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.report.BaselineWriter;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;

/**
 * Writes the current findings to the baseline (xxgk-baseline.csv) so that xxgk:check fails only on new ones.
 * Fill in {@code reason} (and {@code until}) for every entry before committing it.
 */
@Mojo(name = "baseline", requiresProject = false, threadSafe = true)
public class BaselineMojo extends AbstractCheckingMojo {

    @Override
    void run() throws MojoExecutionException {
        CheckResult result = check();
        try {
            Baseline previous = baseline.isFile() ? Baseline.read(baseline.toPath()) : null;
            int n = BaselineWriter.write(result, baseline.toPath(), previous);
            getLog().info("xxgk: 已将 " + n + " 项核对结果写入基线 " + baseline + "；请为每一项填写 reason（原因）和 until（有效期）后提交。");
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + baseline + ": " + e.getMessage(), e);
        }
    }
}

package io.github.xxgk.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** Handles {@code skip} once for every goal. */
abstract class AbstractXxgkMojo extends AbstractMojo {

    /** Skips the goal. */
    @Parameter(property = "xxgk.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("xxgk: skipped (xxgk.skip=true)");
            return;
        }
        run();
    }

    abstract void run() throws MojoExecutionException, MojoFailureException;
}

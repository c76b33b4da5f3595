package io.github.xxgk.maven;

import io.github.xxgk.core.ConfigurationException;
import io.github.xxgk.report.Messages;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;

/**
 * What every goal shares: {@code skip} and {@code locale} handled once, configuration errors in the user's
 * language, and the directories defaults resolve against — the project's, or the current directory when the goal
 * runs without a pom.
 */
abstract class AbstractXxgkMojo extends AbstractMojo {

    /** Skips the goal. */
    @Parameter(property = "xxgk.skip", defaultValue = "false")
    boolean skip;

    /** Language of messages and reports: zh or en. */
    @Parameter(property = "xxgk.locale", defaultValue = "zh")
    String locale;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (!Messages.supported(locale)) {
            throw new MojoExecutionException(Messages.of("zh").text("config.locale", Map.of("value", String.valueOf(locale)))
                    + " / " + Messages.of("en").text("config.locale", Map.of("value", String.valueOf(locale))));
        }
        if (skip) {
            getLog().info(messages().text("mojo.skipped"));
            return;
        }
        try {
            run();
        } catch (ConfigurationException e) {
            throw configError(e.key(), e.args());
        }
    }

    abstract void run() throws MojoExecutionException, MojoFailureException;

    Messages messages() {
        return Messages.of(locale);
    }

    MojoExecutionException configError(String key, Map<String, String> args) {
        return new MojoExecutionException(messages().text("config." + key, messages().withDetail(args)));
    }

    /** True when the goal runs in a project with a pom (not Maven's stand-in for a folder without one). */
    private boolean hasPom() {
        return project != null && project.getFile() != null;
    }

    /** The project's base directory, or the directory Maven was started in. */
    Path baseDirectory() {
        if (hasPom()) {
            return project.getBasedir().toPath();
        }
        String root = session == null ? null : session.getExecutionRootDirectory();
        return Path.of(root != null ? root : System.getProperty("user.dir")).toAbsolutePath();
    }

    /** The project's build directory ({@code target}), or {@code ./target} without a pom. */
    Path buildDirectory() {
        return hasPom() ? Path.of(project.getBuild().getDirectory()) : baseDirectory().resolve("target");
    }

    /** A configured path (relative ones against the base directory), or {@code fallback} when not configured. */
    Path resolve(File configured, Path fallback) {
        return configured == null ? fallback : baseDirectory().resolve(configured.toPath()).normalize();
    }

    /** Whether other projects are built in the same run (a module without reports is then simply skipped). */
    boolean multiModule() {
        return session != null && session.getProjects() != null && session.getProjects().size() > 1;
    }
}

package io.github.xxgk.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A broken format definition (src/test/resources/.../templates/test-broken.json) is a BUILD ERROR naming the entry. */
class InvalidDefinitionMojoTest {

    private static final String MESSAGE = "test-broken.json: relations[0] \"R1\" rule \"sum-totl\" is not a relation rule "
            + "(balance-identity, sum-row-total, sum-results-total, sum-litigation-total)";

    @Test
    void template_should_end_in_a_build_error_naming_the_broken_entry(@TempDir Path dir) {
        TemplateMojo mojo = new TemplateMojo();
        mojo.format = "test-broken";
        mojo.output = dir.resolve("xxgk/t.xlsx").toFile();
        mojo.locale = "zh";
        assertEquals(MESSAGE, assertThrows(MojoExecutionException.class, mojo::execute).getMessage());
        assertFalse(Files.exists(dir.resolve("xxgk")));
    }

    @Test
    void check_should_end_in_a_build_error_naming_the_broken_entry(@TempDir Path dir) {
        CheckMojo mojo = new CheckMojo();
        mojo.format = "test-broken";
        mojo.reportsDirectory = dir.toFile();
        mojo.outputDirectory = dir.resolve("out").toFile();
        mojo.locale = "zh";
        mojo.failOn = "ERROR";
        mojo.threads = 1;
        assertEquals(MESSAGE, assertThrows(MojoExecutionException.class, mojo::execute).getMessage());
        assertFalse(Files.exists(dir.resolve("out")));
    }
}

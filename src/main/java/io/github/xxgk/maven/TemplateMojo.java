package io.github.xxgk.maven;

import io.github.xxgk.generate.TemplateWorkbook;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.FormatDefinitions;
import io.github.xxgk.template.InvalidDefinitionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the standard blank workbook that the publishing office sends to every agency. */
@Mojo(name = "template", requiresProject = false, threadSafe = true)
public class TemplateMojo extends AbstractXxgkMojo {

    /** The workbook to write (default: target/xxgk/年度报告统计表-&lt;format&gt;.xlsx). */
    @Parameter(property = "xxgk.output")
    File output;

    /** Format version of the tables. */
    @Parameter(property = "xxgk.format", defaultValue = "2021")
    String format;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    @Override
    void run() throws MojoExecutionException {
        FormatDefinition definition;
        try {
            definition = FormatDefinitions.load(format);
        } catch (InvalidDefinitionException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("xxgk.format: " + e.getMessage(), e);
        }
        Path file = output != null ? output.toPath()
                : buildDirectory.toPath().resolve("xxgk").resolve("年度报告统计表-" + definition.id().replace("gov-", "") + ".xlsx");
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.write(file, new TemplateWorkbook(definition).toBytes());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
        }
        getLog().info("xxgk: 已生成年度报告统计表模板 " + file + "（" + definition.source() + "）");
    }
}

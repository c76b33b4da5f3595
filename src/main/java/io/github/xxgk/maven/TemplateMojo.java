package io.github.xxgk.maven;

import io.github.xxgk.core.ConfigurationException;
import io.github.xxgk.core.PreviousReport;
import io.github.xxgk.generate.Prefill;
import io.github.xxgk.generate.TemplateWorkbook;
import io.github.xxgk.sandbox.InvalidSettingException;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.FormatChoice;
import io.github.xxgk.template.FormatDefinitions;
import io.github.xxgk.template.InvalidDefinitionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes the standard blank workbook that the publishing office sends to every agency. */
@Mojo(name = "template", requiresProject = false, threadSafe = true)
public class TemplateMojo extends AbstractXxgkMojo {

    /**
     * The workbook to write. Default: target/xxgk/年度报告统计表-2021.xlsx (the year is that of xxgk.format), in the
     * current directory's target/xxgk without a pom.
     */
    @Parameter(property = "xxgk.output")
    File output;

    /**
     * Format of the tables: 2021 (国办公开办函〔2021〕30号), 2019 (国办公开办函〔2019〕60号), or a definition file (ending in
     * .json, relative to the project's directory) that extends a built-in one.
     */
    @Parameter(property = "xxgk.format", defaultValue = "2021")
    String format;

    /**
     * Last year's workbook of the agency: the template's cover is filled (机关名称, 报告年度 + 1) and table 三's
     * 二、上年结转 taken from its 四、结转下年度继续办理 (marked as pre-filled, still editable). Default: none.
     */
    @Parameter(property = "xxgk.previous")
    File previous;

    @Override
    void run() throws MojoExecutionException {
        FormatDefinition definition;
        try {
            definition = FormatDefinitions.load(FormatSetting.resolve(
                    FormatChoice.BY_YEAR.equalsIgnoreCase(format) ? FormatDefinitions.DEFAULT : format, baseDirectory()));
        } catch (InvalidDefinitionException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw configError("format", InvalidSettingException.of(e).findingArgs(Map.of()));
        }
        Path file = resolve(output, buildDirectory().resolve("xxgk").resolve(TemplateWorkbook.fileName(definition)));
        TemplateWorkbook workbook = new TemplateWorkbook(definition);
        if (previous != null) {
            Prefill prefill;
            try {
                prefill = PreviousReport.prefill(resolve(previous, null), definition);
            } catch (ConfigurationException e) {
                throw configError(e.key(), e.args());
            }
            workbook.prefilled(prefill);
            getLog().info(messages().text("mojo.template.prefilled", Map.of("file", prefill.source(),
                    "agency", prefill.agency(), "year", Integer.toString(prefill.year()),
                    "count", Integer.toString(prefill.values().size()))));
        }
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.write(file, workbook.toBytes());
        } catch (IOException e) {
            throw configError("cannotWrite", IoDetail.of(e).findingArgs(Map.of("dir", file.toString())));
        }
        getLog().info(messages().text("mojo.template.written", Map.of("file", file.toString(),
                "source", definition.source())));
    }
}

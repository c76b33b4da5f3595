package io.github.xxgk.core;

import io.github.xxgk.fixtures.DefinitionFill;
import io.github.xxgk.fixtures.FormatReports;
import io.github.xxgk.generate.TemplateFiller;
import io.github.xxgk.generate.TemplateWorkbook;
import io.github.xxgk.identity.IdentityResolver;
import io.github.xxgk.identity.ReportIdentity;
import io.github.xxgk.template.FormatChoice;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The year that chooses a report's format version and the year of its identity, compared across reports, are one
 * reading (identity/ReportTitle): a cover 「２０２０年度」 or 「（2020）年」, a full-width title or a title in a variant
 * wording give both the same year.
 */
class ReportYearAgreementTest {

    private static final FormatDefinition V2019 = FormatDefinitions.load("2019");
    private static final ReportChecker BY_YEAR = new ReportChecker(FormatChoice.of("auto"));

    @TempDir
    Path dir;

    @Test
    void a_cover_year_in_full_width_or_brackets_should_give_both_the_year() throws Exception {
        assertBothSay(2020, workbook("a.xlsx", "２０２０年度"));
        assertBothSay(2020, workbook("b.xlsx", "（2020）年"));
        assertBothSay(2020, workbook("c.xlsx", "2020年度"));
    }

    @Test
    void a_title_in_full_width_digits_or_a_variant_wording_should_give_both_the_year() throws Exception {
        assertBothSay(2020, text("d.txt", "某局２０２０年政府信息公开工作年度报告"));
        assertBothSay(2020, text("e.txt", "2020年度某局政府信息公开工作报告"));
        assertBothSay(2020, text("f.txt", "某局（２０２０）年度政府信息公开工作年度报告"));
    }

    /** The format is chosen by the year (2020: the 2019 format), and the identity has the same year. */
    private void assertBothSay(int year, Path file) throws Exception {
        String name = file.getFileName().toString();
        FileResult r = BY_YEAR.checkFile(file, name);
        Integer formatYear = r.report().use().year();
        ReportIdentity identity = IdentityResolver.NONE.resolve(name, r.report().format(), r.report().cover(),
                r.report().grid()).orElse(null);
        assertEquals(year + " " + year + " 某局", formatYear + " " + (identity == null ? null : identity.year())
                + " " + (identity == null ? null : identity.agency()), name);
        assertEquals("gov-2019", r.report().format().id(), name);
    }

    private Path workbook(String name, String coverYear) throws Exception {
        byte[] xlsx = TemplateFiller.fill(new TemplateWorkbook(V2019).toBytes(), V2019,
                DefinitionFill.consistent(V2019, new Random(3)),
                Map.of(V2019.coverLabel("agency"), "某局", V2019.coverLabel("year"), coverYear), true);
        return Files.write(dir.resolve(name), xlsx);
    }

    private Path text(String name, String title) throws Exception {
        byte[] xlsx = FormatReports.workbook(V2019, DefinitionFill.consistent(V2019, new Random(4)), "");
        return Files.write(dir.resolve(name), FormatReports.text(xlsx, V2019, title));
    }
}

package io.github.xxgk.report;

import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckRequest;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.SeedWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** junit.xml's statuses follow the findings' severities, list only rules that can apply, and speak the locale. */
class JunitReportTest {

    /** Seed 002 (two sum errors, two label warnings) as erdao.xlsx; the testsuite of that file. */
    private static Element erdao(Path dir, String locale, Severity failOn, Severity junitFailOn) throws Exception {
        Path reports = dir.resolve("reports");
        SeedWorkbooks.all().get("002-二道区人民政府-2022").writeXlsx(reports.resolve("erdao.xlsx"));
        CheckResult result = ReportChecker.run(new CheckRequest(reports, null, null, "2021", 1));
        Path out = dir.resolve("out");
        Reports.write(result, new ReportContext(Messages.of(locale), failOn, reports, dir, junitFailOn), out,
                EnumSet.of(ReportFormat.JUNIT));
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return (Element) dbf.newDocumentBuilder().parse(out.resolve("junit.xml").toFile())
                .getElementsByTagName("testsuite").item(0);
    }

    private static List<String> all(Element suite, String tag, String attribute) {
        List<String> values = new ArrayList<>();
        NodeList nodes = suite.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(((Element) nodes.item(i)).getAttribute(attribute));
        }
        return values;
    }

    @Test
    void junit_should_fail_error_findings_when_the_maven_gate_is_off(@TempDir Path dir) throws Exception {
        Element suite = erdao(dir, "zh", null, Severity.ERROR); // -Dxxgk.failOn=NONE
        assertEquals("2", suite.getAttribute("failures"));
        assertEquals(List.of("sum-results-total", "sum-results-total"), all(suite, "failure", "type"));
    }

    @Test
    void junit_should_fail_warnings_too_when_asked(@TempDir Path dir) throws Exception {
        Element suite = erdao(dir, "zh", Severity.ERROR, Severity.WARNING);
        List<String> failed = all(suite, "failure", "type");
        assertEquals(List.of("label-mismatch", "label-mismatch", "sum-results-total", "sum-results-total"),
                failed.stream().sorted().toList());
    }

    @Test
    void junit_should_list_only_rules_that_can_apply_to_a_table(@TempDir Path dir) throws Exception {
        List<String> names = all(erdao(dir, "zh", Severity.ERROR, Severity.ERROR), "testcase", "name");
        assertTrue(names.contains("表三 · balance-identity"), names.toString());
        assertTrue(names.contains("表四 · sum-litigation-total"), names.toString());
        assertTrue(names.contains("表二 · value-precision"), names.toString()); // 收费金额 in 万元
        for (String never : List.of("表二 · sum-results-total", "表二 · balance-identity", "表二 · relation-not-assessable",
                "表四 · sum-results-total", "表四 · sum-row-total", "表三 · value-precision", "表四 · value-precision",
                "表四 · row-missing")) {
            assertFalse(names.contains(never), never);
        }
        assertEquals(names.size(), names.stream().distinct().count(), "testcase names repeat: " + names);
    }

    @Test
    void junit_should_speak_english_with_locale_en(@TempDir Path dir) throws Exception {
        Element suite = erdao(dir, "en", Severity.ERROR, Severity.ERROR);
        List<String> names = all(suite, "testcase", "name");
        assertEquals("file is readable", names.get(0));
        assertTrue(names.contains("Table 三 · sum-results-total · 表三!D29"), names.toString());
        assertEquals(List.of("表三!D29 （七）总计 × 自然人: reported 165", "表三!J29 （七）总计 × 总计: reported 177"),
                all(suite, "failure", "message"));
        assertFalse(suite.getTextContent().contains("警告"), "system-out is English");
    }
}

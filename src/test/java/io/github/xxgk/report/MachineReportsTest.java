package io.github.xxgk.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckRequest;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.fixtures.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JUnit XML, SARIF and findings.json for seed 002, validated against their published schemas. */
class MachineReportsTest {

    private static Path write(Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        SeedWorkbooks.all().get("002-二道区人民政府-2022").writeXlsx(reports.resolve("erdao/2022.xlsx"));
        SeedWorkbooks.all().get("000-长春高新区-2022").writeXlsx(reports.resolve("changchun/2022.xlsx"));
        CheckResult result = ReportChecker.run(new CheckRequest(reports, null, null, "2021", 1));
        Path out = dir.resolve("out");
        Reports.write(result, new ReportContext(Messages.of("zh"), Severity.ERROR, reports, dir), out,
                EnumSet.of(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.JUNIT));
        return out;
    }

    /** The first SARIF result or findings.json finding of a rule. */
    private static JsonNode firstOf(JsonNode list, String rule) {
        for (JsonNode n : list) {
            if (rule.equals(n.path("ruleId").asText(n.path("rule").asText()))) {
                return n;
            }
        }
        throw new AssertionError("no " + rule + " in " + list);
    }

    /** Valid against the official SARIF 2.1.0 schema. */
    static void assertValidSarif(JsonNode log) throws Exception {
        JsonSchema schema;
        try (InputStream in = MachineReportsTest.class.getResourceAsStream("/schemas/sarif-2.1.0-rtm.5.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(log);
        assertEquals(Set.of(), errors);
    }

    @Test
    void junit_should_validate_against_the_jenkins_schema_and_carry_the_diff(@TempDir Path dir) throws Exception {
        Path junit = write(dir).resolve("junit.xml");
        try (InputStream xsd = getClass().getResourceAsStream("/schemas/junit-jenkins.xsd")) {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(xsd))
                    .newValidator().validate(new StreamSource(junit.toFile()));
        }
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = dbf.newDocumentBuilder().parse(junit.toFile());
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength());
        Element erdao = (Element) suites.item(1);
        assertEquals("erdao/2022.xlsx", erdao.getAttribute("name"));
        assertEquals("2", erdao.getAttribute("failures"));
        // 1 file case + the rules that can apply: 表二 15 (structure, labels incl. old-format, values incl. 万元
        // precision), 表三 20 (structure, labels, counts, R1–R3, not-assessable, the three correction rules), 表四 17
        // (structure, labels, counts, R4, not-assessable, corrections); the 2 sum findings replace the passing case of
        // their rule, so do the 2 label warnings and the 42 candidate cells
        assertEquals(1 + (15 + 20 + 17) - 1 + 2 - 1 + 2 - 1 + 42, Integer.parseInt(erdao.getAttribute("tests")));
        List<String> failures = new ArrayList<>();
        NodeList f = erdao.getElementsByTagName("failure");
        for (int i = 0; i < f.getLength(); i++) {
            failures.add(((Element) f.item(i)).getAttribute("message"));
        }
        // no 「应为」: which cell is wrong is one of 21 rows, not the totals (the candidates pass, in system-out)
        assertEquals(List.of("表三!D29 （七）总计 × 自然人：填报 165", "表三!J29 （七）总计 × 总计：填报 177"), failures);
        assertEquals("0", ((Element) suites.item(0)).getAttribute("failures"));
    }

    @Test
    void sarif_should_validate_against_the_official_schema(@TempDir Path dir) throws Exception {
        Path sarif = write(dir).resolve("findings.sarif");
        ObjectMapper mapper = new ObjectMapper();
        JsonNode log = mapper.readTree(sarif.toFile());
        assertValidSarif(log);
        JsonNode results = log.at("/runs/0/results");
        assertEquals(4 + 42, results.size());
        JsonNode first = firstOf(results, "sum-results-total");
        assertEquals("sum-results-total", first.get("ruleId").asText());
        assertEquals("error", first.get("level").asText());
        assertEquals("reports/erdao/2022.xlsx", first.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", first.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
        assertEquals(29, first.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(4, first.at("/locations/0/physicalLocation/region/startColumn").asInt());
        assertEquals("表三!D29 （七）总计 × 自然人", first.at("/locations/0/physicalLocation/region/message/text").asText());
        assertEquals("表三!D29 （七）总计 × 自然人", first.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText());
        JsonNode rule = log.at("/runs/0/tool/driver/rules").get(first.get("ruleIndex").asInt());
        assertEquals("sum-results-total", rule.get("id").asText());
        assertTrue(rule.at("/helpUri").asText().endsWith("docs/rules/sum-results-total.md"));
        // stable across runs
        Path again = write(dir.resolve("again")).resolve("findings.sarif");
        assertEquals(first.at("/partialFingerprints"),
                firstOf(mapper.readTree(again.toFile()).at("/runs/0/results"), "sum-results-total").at("/partialFingerprints"));
    }

    @Test
    void sarif_and_junit_for_published_text_should_validate_too(@TempDir Path dir) throws Exception {
        Path seeds = Seeds.directory();
        CheckResult result = ReportChecker.run(new CheckRequest(seeds, null, null, "2021", 1));
        Path out = dir.resolve("out");
        Reports.write(result, new ReportContext(Messages.of("en"), Severity.ERROR, seeds, seeds.getParent()), out,
                EnumSet.of(ReportFormat.SARIF, ReportFormat.JUNIT));
        JsonNode log = new ObjectMapper().readTree(out.resolve("findings.sarif").toFile());
        assertValidSarif(log);
        try (InputStream xsd = getClass().getResourceAsStream("/schemas/junit-jenkins.xsd")) {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(xsd))
                    .newValidator().validate(new StreamSource(out.resolve("junit.xml").toFile()));
        }
        String junit = Files.readString(out.resolve("junit.xml"));
        long failing = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        assertEquals(failing, junit.split("<failure ", -1).length - 1, "every error is a failure in junit.xml");
        JsonNode sum = null;
        for (JsonNode r : log.at("/runs/0/results")) {
            if (r.get("ruleId").asText().equals("sum-results-total")) {
                sum = r;
                break;
            }
        }
        assertEquals(283, sum.at("/locations/0/physicalLocation/region/startLine").asInt(), "seed 002, line 283");
    }

    @Test
    void json_should_carry_the_same_findings(@TempDir Path dir) throws Exception {
        JsonNode json = new ObjectMapper().readTree(write(dir).resolve("findings.json").toFile());
        assertEquals(2, json.at("/summary/files").asInt());
        assertEquals(2, json.at("/summary/failing").asInt());
        JsonNode sum = firstOf(json.at("/files/1/findings"), "sum-results-total");
        assertEquals("表三!D29", sum.get("location").asText());
        assertEquals("165", sum.get("reported").asText());
        assertEquals("", sum.get("expected").asText(), "the numbers do not say what D29 should be");
        assertEquals("1", sum.get("difference").asText());
        assertTrue(sum.get("failing").asBoolean());
    }
}

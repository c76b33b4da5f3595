package io.github.xxgk.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xxgk.check.Elsewhere;
import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Fingerprint;
import io.github.xxgk.check.Rule;
import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.FileResult;
import io.github.xxgk.read.xlsx.CellAddress;
import io.github.xxgk.table.CellRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * findings.sarif: SARIF 2.1.0 for Warnings NG ({@code recordIssues(tool: sarif(pattern: ...))}). Every rule with
 * its Chinese and English description and a link to its docs page; a result per finding with the file relative to
 * the workspace root ({@code %SRCROOT%}, the Maven project base directory), the cell as region (row, column) whose
 * message names sheet, cell and item (「表三!D29 （七）总计 × 自然人」), the item as logical location, and a fingerprint
 * stable across runs. A finding on a whole file or table has no region.
 *
 * <p>Warnings NG (analysis-model's SarifAdapter over violations-lib) keeps of a result: the file, the start line
 * (0: the whole file), the level as severity, the rule id as type, and as message the region's message, the rule's
 * id and descriptions and the result's message, in this order. It drops columns, logical locations, fingerprints and
 * suppressed (baselined) results; results equal in all it keeps are shown once.
 */
final class SarifReportWriter implements ReportWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The workspace root: left for the consumer to resolve (Jenkins: the job's workspace). */
    static final String ROOT = "%SRCROOT%";
    private static final java.util.regex.Pattern A1 = java.util.regex.Pattern.compile(".*!([A-Z]{1,3})(\\d+)");
    static final String DOCS = "https://github.com/xxgk/xxgk-maven-plugin/blob/main/docs/rules/";

    @Override
    public void write(CheckResult result, ReportContext context, Path file) throws IOException {
        Messages zh = Messages.of("zh");
        Messages en = Messages.of("en");
        ObjectNode root = JsonReportWriter.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = JsonReportWriter.MAPPER.createObjectNode();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "xxgk-maven-plugin");
        driver.put("informationUri", "https://github.com/xxgk/xxgk-maven-plugin");
        ArrayNode rules = driver.putArray("rules");
        for (Rule rule : Rule.values()) {
            ObjectNode r = rules.addObject();
            r.put("id", rule.id());
            r.putObject("shortDescription").put("text", zh.title(rule));
            r.putObject("fullDescription").put("text", en.title(rule));
            r.put("helpUri", DOCS + rule.id() + ".md");
            r.putObject("help").put("text", zh.title(rule) + " / " + en.title(rule) + ": docs/rules/" + rule.id() + ".md");
            r.putObject("defaultConfiguration").put("level", level(rule.severity()));
        }
        run.putObject("originalUriBaseIds").putObject(ROOT).putObject("description")
                .put("text", "The Maven project base directory (the Jenkins workspace)");
        // streamed: the run's header as a tree, then the results one file at a time
        try (JsonGenerator json = JsonReportWriter.MAPPER.getFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            root.fields().forEachRemaining(e -> write(json, e.getKey(), e.getValue()));
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            run.fields().forEachRemaining(e -> write(json, e.getKey(), e.getValue()));
            json.writeArrayFieldStart("results");
            Map<String, String[]> uris = new HashMap<>(); // each file's URI worked out once, not per finding
            for (FileResult f : result.files()) {
                ArrayNode results = JsonReportWriter.MAPPER.createArrayNode();
                add(results, f.findings(), context, false, uris);
                add(results, f.baselined(), context, true, uris);
                for (var r : results) {
                    json.writeTree(r);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void write(JsonGenerator json, String field, JsonNode value) {
        try {
            json.writeFieldName(field);
            json.writeTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(ArrayNode results, List<Finding> findings, ReportContext context, boolean baselined,
                            Map<String, String[]> uris) {
        for (Finding f : findings) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.rule().id());
            r.put("ruleIndex", f.rule().ordinal());
            r.put("level", level(f.severity()));
            r.putObject("message").put("text", context.messages().message(f));
            ObjectNode location = r.putArray("locations").addObject();
            ObjectNode physical = location.putObject("physicalLocation");
            artifactLocation(physical.putObject("artifactLocation"), f.file(), context, uris);
            if (f.location() != null) {
                String where = Messages.location(f) + (f.item().isEmpty() ? "" : " " + f.item());
                ObjectNode region = physical.putObject("region");
                if (f.location().line() > 0) {
                    region.put("startLine", f.location().line()); // a line of a text document
                } else {
                    region.put("startLine", f.location().row() + 1);
                    if (f.location().col() < CellRef.ABSENT_COLUMN) {
                        region.put("startColumn", f.location().col() + 1);
                    }
                }
                region.putObject("snippet").put("text", f.reported());
                region.putObject("message").put("text", where);
                ObjectNode logical = location.putArray("logicalLocations").addObject();
                logical.put("name", f.item());
                logical.put("fullyQualifiedName", where);
                logical.put("kind", "element");
            }
            List<Elsewhere> elsewhere = Elsewhere.of(f);
            if (!elsewhere.isEmpty()) { // a finding across reports: the other reports' places
                ArrayNode related = r.putArray("relatedLocations");
                for (int i = 0; i < elsewhere.size(); i++) {
                    Elsewhere e = elsewhere.get(i);
                    ObjectNode rel = related.addObject();
                    rel.put("id", i + 1);
                    ObjectNode relPhysical = rel.putObject("physicalLocation");
                    artifactLocation(relPhysical.putObject("artifactLocation"), e.file(), context, uris);
                    java.util.regex.Matcher a1 = A1.matcher(e.location());
                    if (a1.matches()) { // 「表三!D29」: the other report's cell as a region
                        relPhysical.putObject("region").put("startLine", Integer.parseInt(a1.group(2)))
                                .put("startColumn", CellAddress.column(a1.group(1)) + 1);
                    }
                    rel.putObject("message").put("text", e.display() + (e.value().isEmpty() ? "" : " " + e.value()));
                }
            }
            r.putObject("partialFingerprints").put("xxgkFinding/v1", Fingerprint.of(f));
            if (baselined) {
                r.put("baselineState", "unchanged");
                r.putArray("suppressions").addObject().put("kind", "external").put("justification", "xxgk-baseline.csv");
            }
            ObjectNode props = r.putObject("properties");
            props.put("reported", f.reported());
            props.put("expected", f.expected());
            props.put("failing", !baselined && context.fails(f));
        }
    }

    /**
     * {@code reports/erdao/2022.xlsx} from the workspace root, percent-encoded; an absolute file URI where the
     * reports directory lies outside the workspace.
     */
    private static void artifactLocation(ObjectNode artifact, String file, ReportContext context, Map<String, String[]> uris) {
        String[] uri = uris.computeIfAbsent(file, f -> uri(f, context));
        artifact.put("uri", uri[0]);
        if (uri[1] != null) {
            artifact.put("uriBaseId", uri[1]);
        }
    }

    /** The file's URI and its base id: relative to the workspace root where it lies inside it, else absolute (no base). */
    private static String[] uri(String file, ReportContext context) {
        Path root = context.workspaceRoot().toAbsolutePath().normalize();
        Path path = context.reportsDirectory().toAbsolutePath().normalize().resolve(file).normalize();
        if (!path.startsWith(root)) {
            return new String[] {path.toUri().toASCIIString(), null};
        }
        StringJoiner relative = new StringJoiner("/");
        root.relativize(path).forEach(segment -> relative.add(segment.toString()));
        String uri = relative.toString();
        try {
            uri = new URI(null, null, uri.split("/", 2)[0].contains(":") ? "./" + uri : uri, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no URI for " + uri, e);
        }
        return new String[] {uri, ROOT};
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}

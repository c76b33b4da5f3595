package io.github.xxgk.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xxgk.check.Elsewhere;
import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Fingerprint;
import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.FileResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** findings.json: the same model as findings.csv, nested per file, for scripts. */
final class JsonReportWriter implements ReportWriter {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Streamed: one file's part of the tree at a time, so the output's size does not need memory. */
    @Override
    public void write(CheckResult result, ReportContext context, Path file) throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("tool", "xxgk-maven-plugin");
            ObjectNode summary = MAPPER.createObjectNode();
            summary.put("files", result.checkedFiles());
            for (Severity s : Severity.values()) {
                summary.put(s.name().toLowerCase(java.util.Locale.ROOT), result.count(s));
            }
            summary.put("baselined", result.baselined());
            summary.put("failing", result.failing(context.failOn()));
            json.writeFieldName("summary");
            json.writeTree(summary);
            json.writeArrayFieldStart("files");
            for (FileResult f : result.files()) {
                ObjectNode node = MAPPER.createObjectNode();
                node.put("file", f.file());
                var identity = result.identities().get(f.file());
                if (identity != null) {
                    node.putObject("identity").put("agency", identity.agency()).put("year", identity.year())
                            .put("source", identity.source().name());
                }
                if (f.report() != null && !f.report().cover().isEmpty()) {
                    ObjectNode cover = node.putObject("cover");
                    f.report().cover().forEach(cover::put);
                }
                findings(node.putArray("findings"), f.findings(), context, false);
                findings(node.putArray("baselined"), f.baselined(), context, true);
                json.writeTree(node);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void findings(ArrayNode array, List<Finding> findings, ReportContext context, boolean baselined) {
        Messages m = context.messages();
        for (Finding f : findings) {
            ObjectNode n = array.addObject();
            n.put("rule", f.rule().id());
            n.put("severity", f.severity().name());
            n.put("failing", !baselined && context.fails(f));
            n.put("location", Messages.location(f));
            n.put("table", f.tableId());
            n.put("row", f.rowId());
            n.put("column", f.columnId());
            n.put("item", f.item());
            n.put("reported", f.reported());
            n.put("expected", f.expected());
            n.put("difference", Messages.difference(f));
            n.put("relation", f.relationId());
            n.put("message", m.message(f));
            n.put("fingerprint", Fingerprint.of(f));
            ArrayNode related = n.putArray("relatedCells");
            f.relatedCells().forEach(ref -> related.add(Messages.a1(ref)));
            List<Elsewhere> elsewhere = Elsewhere.of(f);
            if (!elsewhere.isEmpty()) { // a finding across reports: the places in the other reports
                ArrayNode others = n.putArray("elsewhere");
                elsewhere.forEach(e -> others.addObject().put("file", e.file()).put("location", e.location())
                        .put("value", e.value()));
            }
        }
    }
}

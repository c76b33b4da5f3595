package io.github.xxgk.report;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Rule;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.FileResult;
import io.github.xxgk.template.TableTemplate;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * junit.xml for Jenkins' {@code junit} step: one testsuite per checked file; per table a testcase for every rule,
 * passing where it found nothing (so the trend shows what was checked); a failing finding is its own testcase with
 * a failure giving the cell, the reported and the expected value. Findings below failOn pass with the message in
 * system-out.
 */
final class JunitReportWriter implements ReportWriter {

    /** Rules that are checked per table (file-level rules are checked once per file). */
    private static final List<Rule> TABLE_RULES = List.of(Rule.TABLE_MISSING, Rule.ROW_MISSING, Rule.COLUMN_MISSING,
            Rule.LABEL_MISMATCH, Rule.LABEL_WRONG_CATEGORY, Rule.LABEL_OLD_FORMAT, Rule.VALUE_BLANK,
            Rule.VALUE_PLACEHOLDER, Rule.VALUE_NOT_NUMBER, Rule.VALUE_ERROR, Rule.VALUE_UNCALCULATED, Rule.VALUE_MERGED,
            Rule.VALUE_NEGATIVE, Rule.VALUE_FRACTION, Rule.VALUE_PRECISION, Rule.BALANCE_IDENTITY, Rule.SUM_ROW_TOTAL,
            Rule.SUM_RESULTS_TOTAL, Rule.SUM_LITIGATION_TOTAL, Rule.RELATION_NOT_ASSESSABLE);
    // Rules only documents can break (cell-missing/extra, narrative) get cases only where they found something.

    @Override
    public void write(CheckResult result, ReportContext context, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "xxgk:check");
            for (FileResult f : result.files()) {
                suite(xml, f, context);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file, e);
        }
    }

    private record Case(String name, Finding finding) {
    }

    private static void suite(XMLStreamWriter xml, FileResult f, ReportContext context) throws XMLStreamException {
        List<Case> cases = new ArrayList<>();
        String className = "xxgk." + f.file().replace('.', '_').replace('/', '.');
        List<Finding> fileLevel = f.findings().stream().filter(x -> x.tableId() == null).toList();
        if (fileLevel.isEmpty()) {
            cases.add(new Case("文件可读取", null));
        }
        fileLevel.forEach(x -> cases.add(new Case("文件 · " + x.rule().id()
                + (x.location() == null ? "" : " · " + Messages.location(x)), x)));
        if (f.report() != null) {
            for (TableTemplate t : f.report().format().tables()) {
                for (Rule rule : TABLE_RULES) {
                    List<Finding> hits = f.findings().stream()
                            .filter(x -> x.rule() == rule && t.id().equals(x.tableId())).toList();
                    if (hits.isEmpty()) {
                        cases.add(new Case(t.displayName() + " · " + rule.id(), null));
                    }
                    hits.forEach(x -> cases.add(new Case(t.displayName() + " · " + rule.id() + " · "
                            + Messages.location(x), x)));
                }
                f.findings().stream().filter(x -> t.id().equals(x.tableId()) && !TABLE_RULES.contains(x.rule()))
                        .forEach(x -> cases.add(new Case(t.displayName() + " · " + x.rule().id() + " · "
                                + Messages.location(x), x)));
            }
        }
        long failures = cases.stream().filter(c -> c.finding() != null && context.fails(c.finding())).count();
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", f.file());
        xml.writeAttribute("tests", Integer.toString(cases.size()));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", "0");
        for (Case c : cases) {
            xml.writeStartElement("testcase");
            xml.writeAttribute("name", c.name());
            xml.writeAttribute("classname", className);
            xml.writeAttribute("time", "0");
            if (c.finding() != null) {
                Finding x = c.finding();
                String message = context.messages().message(x);
                if (context.fails(x)) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", Messages.location(x) + " " + x.item() + "：填报 " + x.reported()
                            + (x.expected().isEmpty() ? "" : "，应为 " + x.expected()));
                    xml.writeAttribute("type", x.rule().id());
                    xml.writeCharacters(message);
                    xml.writeEndElement();
                } else {
                    xml.writeStartElement("system-out");
                    xml.writeCharacters("[" + x.severity() + "] " + message);
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}

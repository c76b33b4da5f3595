package io.github.xxgk.report;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Rule;
import io.github.xxgk.check.RuleScope;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.FileResult;
import io.github.xxgk.template.TableTemplate;

import com.ctc.wstx.stax.WstxOutputFactory;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * junit.xml for Jenkins' {@code junit} step: one testsuite per checked file; per table a testcase for every rule
 * that can apply to it ({@link RuleScope}), passing where it found nothing (so the trend shows what was checked);
 * each finding is its own testcase. A testcase's status follows the finding's severity, not the Maven gate: at or
 * above {@code junitFailOn} (default ERROR) it fails, with the cell, the reported and the expected value; below it
 * passes with the message in system-out. So {@code -Dxxgk.failOn=NONE} plus the junit step marks the build
 * UNSTABLE on errors. Names and messages follow the locale.
 */
final class JunitReportWriter implements ReportWriter {

    private static final XMLOutputFactory OUTPUT = new WstxOutputFactory();

    @Override
    public void write(CheckResult result, ReportContext context, Path file) throws IOException {
        // Woodstox, named: it encodes UTF-8 itself into its own buffer; the JDK's writer goes char by char through a
        // synchronized Writer, which was a third of writing the run-wide reports
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
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

    private static List<Case> cases(FileResult f, Messages m) {
        List<Case> cases = new ArrayList<>();
        List<Finding> fileLevel = f.findings().stream().filter(x -> x.tableId() == null).toList();
        if (fileLevel.isEmpty()) {
            cases.add(new Case(m.text("ui.junit.readable"), null));
        }
        fileLevel.forEach(x -> cases.add(new Case(name(m.text("ui.junit.file"), x.rule(), x), x)));
        if (f.report() == null) {
            return cases;
        }
        for (TableTemplate t : f.report().format().tables()) {
            String table = m.text("ui.table.name", Map.of("number", t.number()));
            Set<Rule> scope = RuleScope.of(f.report().format(), t);
            List<Finding> inTable = f.findings().stream().filter(x -> t.id().equals(x.tableId())).toList();
            for (Rule rule : scope) {
                List<Finding> hits = inTable.stream().filter(x -> x.rule() == rule).toList();
                if (hits.isEmpty()) {
                    cases.add(new Case(table + " · " + rule.id(), null));
                }
                hits.forEach(x -> cases.add(new Case(name(table, rule, x), x)));
            }
            inTable.stream().filter(x -> !scope.contains(x.rule()))
                    .forEach(x -> cases.add(new Case(name(table, x.rule(), x), x)));
        }
        return cases;
    }

    private static String name(String prefix, Rule rule, Finding x) {
        return prefix + " · " + rule.id() + (x.location() == null ? "" : " · " + Messages.location(x));
    }

    private static void suite(XMLStreamWriter xml, FileResult f, ReportContext context) throws XMLStreamException {
        Messages m = context.messages();
        List<Case> cases = cases(f, m);
        String className = "xxgk." + f.file().replace('.', '_').replace('/', '.');
        long failures = cases.stream().filter(c -> c.finding() != null && context.failsTest(c.finding())).count();
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
                String message = m.message(x);
                if (context.failsTest(x)) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", m.text(x.expected().isEmpty() ? "ui.junit.failure.noExpected"
                            : "ui.junit.failure", Map.of("location", Messages.location(x), "item", x.item(),
                            "reported", x.reported(), "expected", x.expected())).strip());
                    xml.writeAttribute("type", x.rule().id());
                    xml.writeCharacters(message);
                    xml.writeEndElement();
                } else {
                    xml.writeStartElement("system-out");
                    xml.writeCharacters("[" + m.severity(x.severity()) + "] " + message);
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}

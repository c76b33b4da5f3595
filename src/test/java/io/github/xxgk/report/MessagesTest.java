package io.github.xxgk.report;

import io.github.xxgk.check.Finding;
import io.github.xxgk.core.CheckResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {

    @Test
    void remembering_should_render_each_finding_once_and_as_the_messages_it_comes_from(@TempDir Path dir) throws Exception {
        CheckResult result = WrittenReports.check(dir, Map.of("b.xlsx", WrittenReports.wrongInTablesTwoAndFour()));
        List<Finding> findings = result.findings();
        assertTrue(findings.size() > 5, "errors, warnings and candidates to render");
        for (String locale : List.of("zh", "en")) {
            Messages m = Messages.of(locale);
            Messages once = m.remembering();
            for (Finding f : findings) {
                String first = once.message(f);
                assertEquals(m.message(f), first, locale);
                assertSame(first, once.message(f), "rendered once");
            }
            assertEquals(m.text("ui.report.title", Map.of()), once.text("ui.report.title", Map.of()));
        }
    }
}

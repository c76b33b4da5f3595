package io.github.xxgk.report;

import io.github.xxgk.check.Rule;

/** Where a rule's page is: SARIF, report.html, report.md and the annotated workbooks all link there. */
public final class RuleDocs {

    private RuleDocs() {
    }

    public static String url(Rule rule) {
        return SarifReportWriter.DOCS + rule.id() + ".md";
    }
}

package io.github.xxgk.report;

import java.util.function.Supplier;

/** The report formats, each with its default file name in the output directory. */
public enum ReportFormat {
    CSV("findings.csv", CsvReportWriter::new),
    MARKDOWN("report.md", MarkdownReportWriter::new),
    HTML("report.html", HtmlReportWriter::new),
    JSON("findings.json", JsonReportWriter::new),
    SARIF("findings.sarif", SarifReportWriter::new),
    JUNIT("junit.xml", JunitReportWriter::new),
    /** A directory: annotated copies of the workbooks with findings. */
    ANNOTATED("annotated", io.github.xxgk.report.xlsx.AnnotatedWorkbookWriter::new);

    private final String fileName;
    private final Supplier<ReportWriter> writer;

    ReportFormat(String fileName, Supplier<ReportWriter> writer) {
        this.fileName = fileName;
        this.writer = writer;
    }

    public String fileName() {
        return fileName;
    }

    public ReportWriter writer() {
        return writer.get();
    }
}

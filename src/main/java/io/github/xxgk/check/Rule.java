package io.github.xxgk.check;

import java.util.Arrays;

/**
 * Every rule a finding can name. Ids are stable: users baseline them, CI scripts grep them, and each has its page
 * docs/rules/&lt;id&gt;.md. Relation rules are referenced by id from the format definition.
 */
public enum Rule {
    FILE_UNREADABLE("file-unreadable", Severity.ERROR),
    FILE_ENCRYPTED("file-encrypted", Severity.ERROR),
    FILE_NOT_A_WORKBOOK("file-not-a-workbook", Severity.ERROR),
    FILE_TOO_LARGE("file-too-large", Severity.ERROR),
    FILE_NO_REPORT_TABLES("file-no-report-tables", Severity.ERROR),
    FILE_NO_TEXT_LAYER("file-no-text-layer", Severity.ERROR),
    INTERNAL_ERROR("internal-error", Severity.ERROR),
    TABLE_MISSING("table-missing", Severity.ERROR),
    ROW_MISSING("row-missing", Severity.ERROR),
    COLUMN_MISSING("column-missing", Severity.ERROR),
    CELL_MISSING("cell-missing", Severity.ERROR),
    CELL_EXTRA("cell-extra", Severity.ERROR),
    LABEL_MISMATCH("label-mismatch", Severity.WARNING),
    LABEL_WRONG_CATEGORY("label-wrong-category", Severity.ERROR),
    LABEL_OLD_FORMAT("label-old-format", Severity.WARNING),
    VALUE_BLANK("value-blank", Severity.WARNING),
    VALUE_PLACEHOLDER("value-placeholder", Severity.WARNING),
    VALUE_NOT_NUMBER("value-not-number", Severity.ERROR),
    VALUE_ERROR("value-error", Severity.ERROR),
    VALUE_UNCALCULATED("value-uncalculated", Severity.ERROR),
    VALUE_MERGED("value-merged", Severity.WARNING),
    VALUE_NEGATIVE("value-negative", Severity.ERROR),
    VALUE_FRACTION("value-fraction", Severity.ERROR),
    VALUE_PRECISION("value-precision", Severity.WARNING),
    BALANCE_IDENTITY("balance-identity", Severity.ERROR),
    SUM_ROW_TOTAL("sum-row-total", Severity.ERROR),
    SUM_RESULTS_TOTAL("sum-results-total", Severity.ERROR),
    SUM_LITIGATION_TOTAL("sum-litigation-total", Severity.ERROR),
    RELATION_NOT_ASSESSABLE("relation-not-assessable", Severity.WARNING),
    SUGGESTED_CORRECTION("suggested-correction", Severity.INFO),
    CORRECTION_CANDIDATE("correction-candidate", Severity.INFO),
    CORRECTION_NOT_FOUND("correction-not-found", Severity.INFO),
    DOCUMENT_PART_MISSING("document-part-missing", Severity.WARNING),
    DOCUMENT_PART_ORDER("document-part-order", Severity.WARNING),
    DOCUMENT_PART_NUMBERING("document-part-numbering", Severity.INFO),
    DOCUMENT_EDITING_ARTEFACT("document-editing-artefact", Severity.WARNING),
    NARRATIVE_MISMATCH("narrative-mismatch", Severity.WARNING),
    BASELINE_STALE("baseline-stale", Severity.WARNING),
    BASELINE_EXPIRED("baseline-expired", Severity.ERROR),
    FORMAT_VERSION_MISMATCH("format-version-mismatch", Severity.ERROR),
    TABLE_FORMAT_VERSION("table-format-version", Severity.ERROR),
    IDENTITY_UNKNOWN("identity-unknown", Severity.INFO),
    IDENTITY_DUPLICATE("identity-duplicate", Severity.ERROR),
    CARRY_OVER_MISMATCH("carry-over-mismatch", Severity.ERROR),
    VALID_COUNT_CONTINUITY("valid-count-continuity", Severity.WARNING),
    COPIED_DATA("copied-data", Severity.WARNING),
    ROLLUP_MISMATCH("rollup-mismatch", Severity.ERROR),
    ROLLUP_MEMBER_MISSING("rollup-member-missing", Severity.WARNING),
    CORRECTION_ACROSS_YEARS("correction-across-years", Severity.INFO),
    FILE_TIME_LIMIT("file-time-limit", Severity.ERROR),
    FILE_TOO_COMPLEX("file-too-complex", Severity.ERROR),
    FILE_REFUSED("file-refused", Severity.ERROR),
    WORKBOOK_MACROS("workbook-macros", Severity.WARNING),
    WORKBOOK_EXTERNAL_LINKS("workbook-external-links", Severity.WARNING),
    WORKBOOK_DDE("workbook-dde", Severity.WARNING),
    WORKBOOK_NOT_SCANNED("workbook-not-scanned", Severity.WARNING),
    ANNOTATED_COPY_NOT_MADE("annotated-copy-not-made", Severity.WARNING),
    ACROSS_NOT_COMPARED("across-not-compared", Severity.INFO);

    private final String id;
    private final Severity severity;

    Rule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** Whether a relation of the format definition may name this rule: its message speaks of a sum or a balance. */
    public boolean forRelations() {
        return this == BALANCE_IDENTITY || this == SUM_ROW_TOTAL || this == SUM_RESULTS_TOTAL || this == SUM_LITIGATION_TOTAL;
    }

    /** Whether a format's relation with last year's report ({@code acrossYears}) may name this rule. */
    public boolean forYearRelations() {
        return this == CARRY_OVER_MISMATCH || this == VALID_COUNT_CONTINUITY;
    }

    /**
     * Whether a finding of this rule means the file holds content that must never reach the clerk who opens a copy of
     * it (macros, links to other files or programs), or may hold it for all that could be looked at (a worksheet that
     * could not be checked for DDE): no annotated copy is made of such a workbook.
     */
    public boolean withholdsCopy() {
        return this == WORKBOOK_MACROS || this == WORKBOOK_EXTERNAL_LINKS || this == WORKBOOK_DDE
                || this == WORKBOOK_NOT_SCANNED;
    }

    /** Whether the rule compares a report with others (the run-wide phase): its findings name a second report. */
    public boolean acrossReports() {
        return switch (this) {
            case IDENTITY_UNKNOWN, IDENTITY_DUPLICATE, CARRY_OVER_MISMATCH, VALID_COUNT_CONTINUITY, COPIED_DATA,
                 ROLLUP_MISMATCH, ROLLUP_MEMBER_MISSING, CORRECTION_ACROSS_YEARS, ACROSS_NOT_COMPARED -> true;
            default -> false;
        };
    }

    public static Rule byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown rule id '" + id + "'"));
    }
}

package io.github.xxgk.identity;

import java.util.Objects;

/**
 * Who published a report and for which year: the agency (机关名称, as written, spaces removed) and the report year.
 * {@code source} says where it was read from (the cover sheet, the report's title, the file's path), so that a
 * finding can say why two files are taken to be the same agency's. Used by the checks across reports (which pair a
 * year with the one before, a parent with its members) and by anything that depends on the year (the format).
 */
public record ReportIdentity(String agency, int year, Source source) {

    public enum Source { COVER, TITLE, PATH }

    public ReportIdentity {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(source, "source");
        if (agency.isBlank()) {
            throw new IllegalArgumentException("blank agency");
        }
    }

    /** The agency and year as one key: the same agency in the same year is one report. */
    public String key() {
        return agency + "|" + year;
    }

    /** 「南关区政府办公室 2023」. */
    public String display() {
        return agency + " " + year;
    }
}

package io.github.xxgk.template;

/**
 * Which reports a built-in format is for: its short name (「2021 格式」) and the report years it applies to,
 * {@code firstYear} to {@code lastYear} inclusive, either open where absent.
 */
public record FormatVersion(String name, Integer firstYear, Integer lastYear) {

    public boolean covers(int year) {
        return (firstYear == null || year >= firstYear) && (lastYear == null || year <= lastYear);
    }
}

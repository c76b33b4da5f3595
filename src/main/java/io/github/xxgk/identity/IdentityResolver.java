package io.github.xxgk.identity;

import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.sandbox.InvalidSettingException;
import io.github.xxgk.table.Grid;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.FormatDefinitions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Establishes a report's {@link ReportIdentity}, never guessing: the cover sheet of the template (机关名称 and 报告年度),
 * else the report's title as printed (「南关区政府办公室2022年政府信息公开工作年度报告」, 「2023年南关区政府办公室政府信息公开
 * 工作年度报告」), else the path of the file against a configured pattern ({@code {year}/{agency}.xlsx}). Each field is
 * taken from the first of these that states it; a report for which either stays unknown has no identity. Years and
 * titles are read by {@link ReportTitle}, as the format choice reads them: the year of a report is the same for both.
 */
public final class IdentityResolver {

    private static final Pattern FIELD = Pattern.compile("\\{(year|agency)}");

    private final Pattern path;
    private final List<String> pathFields;

    /** {@code pathPattern} null or blank: no identity from paths. */
    public IdentityResolver(String pathPattern) {
        List<String> fields = new ArrayList<>();
        this.path = pathPattern == null || pathPattern.isBlank() ? null : compile(pathPattern.strip(), fields);
        this.pathFields = List.copyOf(fields);
    }

    public static final IdentityResolver NONE = new IdentityResolver(null);

    /**
     * A pattern relative to the reports directory: {@code {year}} four digits, {@code {agency}} one path segment,
     * {@code *} anything within a segment, {@code **} any segments; matched against the whole relative path, the
     * extension in any letter case. An invalid pattern (no field, a field twice) is an IllegalArgumentException.
     */
    static Pattern compile(String pattern, List<String> fields) {
        StringBuilder regex = new StringBuilder();
        Matcher m = FIELD.matcher(pattern);
        int at = 0;
        while (m.find()) {
            regex.append(glob(pattern.substring(at, m.start())));
            if (fields.contains(m.group(1))) {
                throw new InvalidSettingException(Detail.of("pattern.fieldTwice", "{" + m.group(1) + "} twice in '" + pattern + "'",
                        "field", "{" + m.group(1) + "}", "pattern", pattern));
            }
            fields.add(m.group(1));
            regex.append(m.group(1).equals("year") ? "([0-9０-９]{4})" : "([^/]+?)");
            at = m.end();
        }
        regex.append(glob(pattern.substring(at)));
        if (fields.isEmpty()) {
            throw new InvalidSettingException(Detail.of("pattern.noField", "neither {year} nor {agency} in '" + pattern + "'",
                    "year", "{year}", "agency", "{agency}", "pattern", pattern));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String glob(String literal) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (literal.startsWith("**/", i)) {
                s.append("(?:.*/)?"); // any folders, or none
                i += 2;
            } else if (literal.startsWith("**", i)) {
                s.append(".*");
                i++;
            } else if (c == '*') {
                s.append("[^/]*");
            } else {
                s.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return s.toString();
    }

    /** As {@link #resolve(String, FormatDefinition, Map, Grid)}, the cover labelled as the standard format labels it. */
    public Optional<ReportIdentity> resolve(String relativePath, Map<String, String> cover, Grid grid) {
        return resolve(relativePath, FormatDefinitions.standard(), cover, grid);
    }

    /**
     * The identity of the file {@code relativePath} with this cover (keyed by {@code format}'s cover labels) and grid
     * (null: read nothing), if both fields are known.
     */
    public Optional<ReportIdentity> resolve(String relativePath, FormatDefinition format, Map<String, String> cover, Grid grid) {
        String agency = null;
        Integer year = null;
        ReportIdentity.Source source = null;
        if (cover != null) {
            agency = agencyName(cover.get(format.coverLabel("agency")));
            year = year(cover.get(format.coverLabel("year")));
            source = agency != null || year != null ? ReportIdentity.Source.COVER : null;
        }
        if ((agency == null || year == null) && grid != null) {
            Optional<ReportTitle> title = ReportTitle.find(grid);
            if (title.isPresent()) {
                agency = agency != null ? agency : agencyName(title.get().agency());
                year = year != null ? year : title.get().year();
                source = source != null ? source : ReportIdentity.Source.TITLE;
            }
        }
        if ((agency == null || year == null) && path != null && relativePath != null) {
            Matcher m = path.matcher(relativePath.replace('\\', '/'));
            if (m.matches()) {
                for (int i = 0; i < pathFields.size(); i++) {
                    String v = m.group(i + 1);
                    if (pathFields.get(i).equals("year")) {
                        year = year != null ? year : year(v);
                    } else {
                        agency = agency != null ? agency : agencyName(v);
                    }
                }
                source = source != null ? source : ReportIdentity.Source.PATH;
            }
        }
        return agency == null || year == null ? Optional.empty() : Optional.of(new ReportIdentity(agency, year, source));
    }

    /** An agency name as identities compare it (spaces removed, title brackets stripped), or null when it names none. */
    public static String agencyName(String text) {
        if (text == null) {
            return null;
        }
        String a = ReportTitle.compress(text);
        return a.isEmpty() || a.matches("[\\d年度（）()]*") ? null : a;
    }

    private static Integer year(String text) {
        OptionalInt y = ReportTitle.year(text);
        return y.isPresent() ? y.getAsInt() : null;
    }
}

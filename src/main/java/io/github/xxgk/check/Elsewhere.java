package io.github.xxgk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A place in another report that a finding across reports is about (last year's 结转下年度 cell, a member agency's
 * cell, the report a table was copied from): file, location and the value there. Carried in the finding's
 * {@code args} under {@value #KEY}, so that every writer can name both places without a change to {@link Finding}.
 */
public record Elsewhere(String file, String location, String value) {

    public static final String KEY = "elsewhere";
    /** The args key every finding of the run-wide phase carries (also those of rules shared with one report's checks). */
    public static final String ACROSS = "across";

    /** Whether the finding comes from the checks across reports. */
    public static boolean across(Finding f) {
        return f.args().containsKey(ACROSS);
    }

    public static List<Elsewhere> of(Finding f) {
        String encoded = f.args().get(KEY);
        if (encoded == null || encoded.isEmpty()) {
            return List.of();
        }
        List<Elsewhere> all = new ArrayList<>();
        for (String line : encoded.split("\n")) {
            String[] p = line.split("\t", -1);
            all.add(new Elsewhere(p[0], p.length > 1 ? p[1] : "", p.length > 2 ? p[2] : ""));
        }
        return List.copyOf(all);
    }

    /** The args entry for these places (tabs and line breaks inside a name become spaces). */
    public static Map.Entry<String, String> encode(List<Elsewhere> places) {
        return Map.entry(KEY, places.stream().map(e -> clean(e.file) + "\t" + clean(e.location) + "\t" + clean(e.value))
                .collect(Collectors.joining("\n")));
    }

    /** 「2022.xlsx 表三!D31」. */
    public String display() {
        return location.isEmpty() ? file : file + " " + location;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }
}

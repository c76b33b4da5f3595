package io.github.xxgk.sandbox;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a finding says about why a file was not read or checked, as data: a message key ({@code detail.<key>} in
 * messages*.properties) with its own arguments (a part name, a size, a limit), rendered in the report's language;
 * and the same in English for logs and exception messages. A finding carries it in its args as
 * {@code detailKey} and {@code detail.<name>}, beside {@code detail}, the English text.
 */
public record Detail(String key, Map<String, String> args, String english) {

    /** The finding arg that names the detail's key. */
    public static final String KEY = "detailKey";
    /** The prefix of the finding args that hold the detail's own arguments. */
    public static final String ARG = "detail.";
    /** The key of an English text no message key was given for: its zh text does not quote it. */
    public static final String UNLISTED = "unlisted";

    public Detail {
        args = Map.copyOf(args);
    }

    /** {@code detail.<key>} filled from {@code namesAndValues} (name, value, name, value, …). */
    public static Detail of(String key, String english, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs: " + key);
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
        }
        return new Detail(key, args, english);
    }

    /** An English text without a key of its own (a library's message): only the English report quotes it. */
    public static Detail unlisted(String english) {
        return of(UNLISTED, english, "text", String.valueOf(english));
    }

    /** The args a finding carries this detail in, with {@code others} (the finding's own args) beside them. */
    public Map<String, String> findingArgs(Map<String, String> others) {
        Map<String, String> all = new HashMap<>(others);
        all.put("detail", english);
        all.put(KEY, key);
        args.forEach((name, value) -> all.put(ARG + name, value));
        return all;
    }

    /** The detail's own arguments out of a finding's args (those under {@link #ARG}, without the prefix). */
    public static Map<String, String> argsOf(Map<String, String> findingArgs) {
        Map<String, String> own = new HashMap<>();
        findingArgs.forEach((name, value) -> {
            if (name.startsWith(ARG)) {
                own.put(name.substring(ARG.length()), value);
            }
        });
        return own;
    }

    /** The detail a finding's args carry ({@link #findingArgs}), if they carry one. */
    public static Optional<Detail> from(Map<String, String> findingArgs) {
        String key = findingArgs.get(KEY);
        return key == null ? Optional.empty()
                : Optional.of(new Detail(key, argsOf(findingArgs), String.valueOf(findingArgs.get("detail"))));
    }

    @Override
    public String toString() {
        return english;
    }
}

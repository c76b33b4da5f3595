package io.github.xxgk.core;

import java.util.Map;
import java.util.TreeMap;

/**
 * A setting the user has to correct (a negative thread count, a baseline entry without a reason): a build
 * error, not a finding. {@code key} names the message ({@code config.<key>} in messages*.properties) and
 * {@code args} fill it, so that the goal can say it in the user's language.
 */
public final class ConfigurationException extends IllegalArgumentException {

    private final String key;
    private final Map<String, String> args;

    public ConfigurationException(String key, Map<String, String> args) {
        super(key + " " + new TreeMap<>(args));
        this.key = key;
        this.args = Map.copyOf(args);
    }

    public String key() {
        return key;
    }

    public Map<String, String> args() {
        return args;
    }
}

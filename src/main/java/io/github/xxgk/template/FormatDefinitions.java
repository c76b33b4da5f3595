package io.github.xxgk.template;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Loads the bundled format definitions ({@code templates/<id>.json}); each is parsed once and then shared. */
public final class FormatDefinitions {

    public static final String DEFAULT = "gov-2021";

    private static final Map<String, FormatDefinition> CACHE = new ConcurrentHashMap<>();
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private FormatDefinitions() {
    }

    /** Accepts {@code gov-2021} or just the year {@code 2021}. */
    public static FormatDefinition load(String id) {
        String key = id.matches("\\d{4}") ? "gov-" + id : id;
        return CACHE.computeIfAbsent(key, FormatDefinitions::parse);
    }

    public static FormatDefinition standard() {
        return load(DEFAULT);
    }

    private static FormatDefinition parse(String key) {
        String resource = "/io/github/xxgk/templates/" + key + ".json";
        try (InputStream in = FormatDefinitions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("unknown format '" + key + "' (known: " + DEFAULT + ")");
            }
            return MAPPER.readValue(in, FormatDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read format definition " + resource, e);
        }
    }
}

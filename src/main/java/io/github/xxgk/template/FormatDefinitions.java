package io.github.xxgk.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Loads the bundled format definitions ({@code templates/<id>.json}); each is parsed and validated once and then
 * shared. A definition that cannot be used is an {@link InvalidDefinitionException} naming every problem.
 */
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

    /**
     * Reads and validates a definition; {@code name} (the file's name, e.g. {@code gov-2021.json}) names it in the
     * problems of an {@link InvalidDefinitionException}.
     */
    public static FormatDefinition read(String name, InputStream in) {
        FormatDefinition definition;
        try {
            definition = MAPPER.readValue(in, FormatDefinition.class);
        } catch (JsonProcessingException e) {
            throw new InvalidDefinitionException(name, List.of(describe(e)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read format definition " + name, e);
        }
        List<String> problems = DefinitionValidator.problems(definition);
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(name, problems);
        }
        return definition;
    }

    /** {@code relations[0].each: "columns" is not one of row, column (line 1, column 27)}. */
    private static String describe(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        String what;
        if (e instanceof UnrecognizedPropertyException) {
            what = "unknown property";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            what = "\"" + f.getValue() + "\" is not one of " + Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        } else {
            what = e.getOriginalMessage().lines().findFirst().orElse("").strip();
        }
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        return path.isEmpty() ? where + ": " + what : path + ": " + what + (where.isEmpty() ? "" : " (" + where + ")");
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static FormatDefinition parse(String key) {
        String resource = "/io/github/xxgk/templates/" + key + ".json";
        try (InputStream in = FormatDefinitions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("unknown format '" + key + "' (known: " + DEFAULT + ")");
            }
            return read(key + ".json", in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read format definition " + resource, e);
        }
    }
}

package io.github.xxgk.template;

import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.sandbox.InvalidSettingException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    /** The definitions shipped in the plugin, oldest first. */
    public static final List<String> BUILT_IN = List.of("gov-2019", "gov-2021");

    private static final Map<String, FormatDefinition> CACHE = new ConcurrentHashMap<>();
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private FormatDefinitions() {
    }

    /**
     * A built-in definition by id ({@code gov-2021}) or year ({@code 2021}), or a definition file in the publishing
     * repository ({@code formats/hubei-2020.json}: any setting ending in {@code .json}, relative to the current
     * directory unless absolute), which may extend a built-in one.
     */
    public static FormatDefinition load(String id) {
        if (id.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return CACHE.computeIfAbsent(Path.of(id).toAbsolutePath().normalize().toString(), FormatDefinitions::file);
        }
        String key = id.matches("\\d{4}") ? "gov-" + id : id;
        return CACHE.computeIfAbsent(key, FormatDefinitions::parse);
    }

    /** The built-in definitions, oldest first. */
    public static List<FormatDefinition> builtIn() {
        return BUILT_IN.stream().map(FormatDefinitions::load).toList();
    }

    private static FormatDefinition file(String path) {
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
            throw new InvalidSettingException(Detail.of("format.missing", "format definition " + path + " does not exist",
                    "path", path));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new InvalidSettingException(Detail.of("format.unreadable", "cannot read format definition " + path + ": "
                    + e.getMessage(), "path", path, "text", String.valueOf(e.getMessage())), e);
        }
    }

    /** The JSON of a built-in definition, for a variant to extend. */
    static JsonNode builtInTree(String id) {
        String key = id.matches("\\d{4}") ? "gov-" + id : id;
        try (InputStream in = FormatDefinitions.class.getResourceAsStream("/io/github/xxgk/templates/" + key + ".json")) {
            return in == null ? null : MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            byte[] bytes = in.readAllBytes();
            JsonNode tree = MAPPER.readTree(bytes);
            definition = tree != null && tree.has(Variant.EXTENDS)
                    ? MAPPER.treeToValue(Variant.apply(name, tree), FormatDefinition.class)
                    : MAPPER.readValue(bytes, FormatDefinition.class);
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
                throw new InvalidSettingException(Detail.of("format.unknown", "unknown format '" + key + "' (known: "
                        + String.join(", ", BUILT_IN) + ", their years, " + FormatChoice.BY_YEAR
                        + " or a definition file ending in .json)", "format", key, "known", String.join(", ", BUILT_IN),
                        "byYear", FormatChoice.BY_YEAR));
            }
            return read(key + ".json", in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read format definition " + resource, e);
        }
    }
}

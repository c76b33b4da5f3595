package io.github.xxgk.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A definition that extends a built-in one ({@code "extends": "gov-2019"}): a province's template as data. It may
 * set its own {@code id}, {@code name}, {@code source} and {@code version}, and lists what it changes:
 * <ul>
 * <li>{@code rows}: extra rows, {@code {"table": "t2", "section": "a20-1", "after": "normative-docs", "row": {...}}}
 *     ({@code after} absent: at the end of the section);</li>
 * <li>{@code headers}: renamed labels and notes inside a header cell, {@code {"table": "t2", "column": "items-5",
 *     "label": "…", "note": "（指2019年事项数）"}} (or {@code "row": id}); the note is printed after the label;</li>
 * <li>{@code relations}: extra relations, written as in a built-in definition.</li>
 * </ul>
 * The result is validated like a built-in definition; what the variant names that the base does not have is a
 * problem naming the variant's entry.
 */
final class Variant {

    static final String EXTENDS = "extends";
    private static final Set<String> OWN = Set.of(EXTENDS, "id", "name", "source", "version", "rows", "headers", "relations");

    private final List<String> problems = new ArrayList<>();

    private Variant() {
    }

    /** The base definition's JSON with the variant's changes applied; an InvalidDefinitionException if they do not fit. */
    static JsonNode apply(String name, JsonNode variant) {
        Variant v = new Variant();
        JsonNode result = v.merge(variant);
        if (!v.problems.isEmpty()) {
            throw new InvalidDefinitionException(name, v.problems);
        }
        return result;
    }

    private JsonNode merge(JsonNode variant) {
        String base = variant.path(EXTENDS).asText("");
        JsonNode tree = FormatDefinitions.BUILT_IN.contains(base) || base.matches("\\d{4}")
                ? FormatDefinitions.builtInTree(base) : null;
        if (tree == null) {
            problems.add("extends \"" + base + "\" is not a built-in format (" + String.join(", ", FormatDefinitions.BUILT_IN) + ")");
            return variant;
        }
        ObjectNode d = (ObjectNode) tree;
        for (Iterator<Map.Entry<String, JsonNode>> it = variant.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!OWN.contains(field.getKey())) {
                problems.add(field.getKey() + ": unknown property of a variant (" + String.join(", ", OWN.stream().sorted().toList()) + ")");
            }
        }
        for (String own : List.of("id", "name", "source", "version")) {
            if (variant.has(own)) {
                d.set(own, variant.get(own));
            }
        }
        each(variant, "rows", (at, change) -> row(d, at, change));
        each(variant, "headers", (at, change) -> header(d, at, change));
        each(variant, "relations", (at, change) -> ((ArrayNode) d.withArray("relations")).add(change));
        return d;
    }

    private interface Change {
        void apply(String at, JsonNode change);
    }

    private static void each(JsonNode variant, String field, Change change) {
        JsonNode list = variant.path(field);
        for (int i = 0; i < list.size(); i++) {
            change.apply(field + "[" + i + "]", list.get(i));
        }
    }

    private void row(ObjectNode d, String at, JsonNode change) {
        ObjectNode section = section(d, at, change);
        if (section == null) {
            return;
        }
        if (!change.path("row").isObject()) {
            problems.add(at + " row is missing (the row to add, as in a built-in definition)");
            return;
        }
        ArrayNode rows = section.withArray("rows");
        String after = change.path("after").asText("");
        if (after.isEmpty()) {
            rows.add(change.get("row"));
            return;
        }
        int index = indexOf(rows, after);
        if (index < 0) {
            problems.add(at + " after \"" + after + "\" is not a row of section " + section.path("id").asText());
        } else {
            rows.insert(index + 1, change.get("row"));
        }
    }

    private void header(ObjectNode d, String at, JsonNode change) {
        ObjectNode table = table(d, at, change);
        if (table == null) {
            return;
        }
        String kind = change.has("column") ? "column" : change.has("row") ? "row" : null;
        if (kind == null) {
            problems.add(at + " names no column and no row");
            return;
        }
        String id = change.path(kind).asText();
        ObjectNode item = null;
        for (JsonNode section : table.path("sections")) {
            int index = indexOf(section.path(kind + "s"), id);
            if (index >= 0) {
                item = (ObjectNode) section.path(kind + "s").get(index);
            }
        }
        if (item == null) {
            problems.add(at + " " + kind + " \"" + id + "\" is not a " + kind + " of table " + table.path("id").asText());
            return;
        }
        String label = change.has("label") ? change.get("label").asText() : item.path("label").asText();
        item.put("label", label + change.path("note").asText(""));
    }

    private ObjectNode table(ObjectNode d, String at, JsonNode change) {
        String id = change.path("table").asText("");
        int index = indexOf(d.path("tables"), id);
        if (index < 0) {
            problems.add(at + " table \"" + id + "\" is not a table of " + d.path("id").asText());
            return null;
        }
        return (ObjectNode) d.path("tables").get(index);
    }

    private ObjectNode section(ObjectNode d, String at, JsonNode change) {
        ObjectNode table = table(d, at, change);
        if (table == null) {
            return null;
        }
        String id = change.path("section").asText("");
        JsonNode sections = table.path("sections");
        int index = id.isEmpty() && sections.size() == 1 ? 0 : indexOf(sections, id);
        if (index < 0) {
            problems.add(at + " section \"" + id + "\" is not a section of table " + table.path("id").asText());
            return null;
        }
        return (ObjectNode) sections.get(index);
    }

    private static int indexOf(JsonNode array, String id) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).path("id").asText().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}

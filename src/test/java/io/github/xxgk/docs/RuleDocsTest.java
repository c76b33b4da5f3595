package io.github.xxgk.docs;

import io.github.xxgk.check.Rule;
import io.github.xxgk.template.FormatDefinitions;
import io.github.xxgk.template.Relation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule ids, their docs pages, their messages and the format definition's relations cannot drift apart. */
class RuleDocsTest {

    private static final Path RULES = Path.of("docs/rules");

    private static Set<String> ids() {
        return Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void docs_should_have_a_page_for_every_rule_and_no_other() throws IOException {
        Set<String> pages;
        try (Stream<Path> files = Files.list(RULES)) {
            pages = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md"))
                    .map(n -> n.replaceFirst("\\.md$", "")).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(ids(), pages);
        for (String id : ids()) {
            String page = Files.readString(RULES.resolve(id + ".md"));
            assertTrue(page.contains("`" + id + "`"), id + ".md must name its rule id");
        }
    }

    @Test
    void docs_index_should_list_every_rule() throws IOException {
        String index = Files.readString(RULES.resolve("README.md"));
        for (String id : ids()) {
            assertTrue(index.contains("[`" + id + "`](" + id + ".md)"), "docs/rules/README.md must list " + id);
        }
    }

    @Test
    void messages_should_exist_for_every_rule_in_both_languages() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/io/github/xxgk", bundle), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            for (String id : ids()) {
                assertTrue(p.containsKey(id + ".title") && p.containsKey(id + ".message"), bundle + " lacks " + id);
            }
        }
    }

    @Test
    void format_relations_should_name_known_rules() {
        for (Relation r : FormatDefinitions.standard().relations()) {
            assertTrue(ids().contains(r.rule()), r.id() + " names unknown rule " + r.rule());
        }
    }
}

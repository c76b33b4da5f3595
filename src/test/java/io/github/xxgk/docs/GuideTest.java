package io.github.xxgk.docs;

import io.github.xxgk.check.Rule;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The user guide (docs/guide.zh.md, docs/guide.en.md) agrees with the plugin: every goal and every parameter with its
 * user property and default exactly as in the plugin descriptor — which is what {@code mvn xxgk:help -Ddetail}
 * prints — and every rule with the example message of its page.
 */
class GuideTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final List<Path> GUIDES = List.of(Path.of("docs/guide.zh.md"), Path.of("docs/guide.en.md"));
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| `([^`]+)` \\| (?:`([^`]*)`|—) \\|", Pattern.MULTILINE);

    /** goal → parameter rows 「name property default」 (default "—" where there is none), from the descriptor. */
    static Map<String, Set<String>> descriptor() throws Exception {
        assertTrue(Files.isRegularFile(DESCRIPTOR), "run after compile: " + DESCRIPTOR);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
        Map<String, Set<String>> goals = new TreeMap<>();
        NodeList mojos = xml.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = text(mojo, "goal");
            Map<String, String[]> configuration = new TreeMap<>();
            NodeList config = ((Element) mojo.getElementsByTagName("configuration").item(0)).getChildNodes();
            for (int j = 0; j < config.getLength(); j++) {
                if (config.item(j) instanceof Element c) {
                    String property = c.getTextContent().replaceAll("^\\$\\{(.*)}$", "$1");
                    configuration.put(c.getTagName(), new String[] {property, c.getAttribute("default-value")});
                }
            }
            Set<String> rows = new TreeSet<>();
            NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int j = 0; j < parameters.getLength(); j++) {
                Element p = (Element) parameters.item(j);
                if ("false".equals(text(p, "editable"))) {
                    continue;
                }
                String[] c = configuration.get(text(p, "name"));
                rows.add(text(p, "name") + " " + c[0] + " " + (c[1].isEmpty() ? "—" : c[1]));
            }
            goals.put(goal, rows);
        }
        return goals;
    }

    private static String text(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().strip();
    }

    /** goal → the rows of its parameter table in the guide. */
    static Map<String, Set<String>> guide(String text) {
        Map<String, Set<String>> goals = new TreeMap<>();
        Matcher heading = Pattern.compile("^### `xxgk:([a-z]+)`.*$", Pattern.MULTILINE).matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (heading.find()) {
            spans.add(new int[] {heading.end(), 0});
            names.add(heading.group(1));
        }
        for (int i = 0; i < spans.size(); i++) {
            int end = text.indexOf("\n## ", spans.get(i)[0]);
            int next = i + 1 < spans.size() ? text.lastIndexOf("###", spans.get(i + 1)[0]) : text.length();
            String section = text.substring(spans.get(i)[0], Math.min(end < 0 ? text.length() : end, next));
            Set<String> rows = new TreeSet<>();
            Matcher row = ROW.matcher(section);
            while (row.find()) {
                rows.add(row.group(1) + " " + row.group(2) + " " + (row.group(3) == null ? "—" : row.group(3)));
            }
            goals.put(names.get(i), rows);
        }
        return goals;
    }

    @Test
    void guide_should_list_every_goal_and_parameter_as_the_plugin_descriptor_does() throws Exception {
        Map<String, Set<String>> descriptor = descriptor();
        assertEquals(Set.of("baseline", "check", "help", "template"), descriptor.keySet());
        for (Path guide : GUIDES) {
            assertEquals(descriptor, guide(Files.readString(guide)), guide.toString());
        }
    }

    @Test
    void help_should_describe_the_format_choices_the_guide_describes() throws Exception {
        String xml = Files.readString(DESCRIPTOR);
        for (String choice : List.of("auto", "2019", "2021", ".json", "国办公开办函〔2019〕60号", "国办公开办函〔2021〕30号")) {
            assertTrue(xml.contains(choice), "the help text of format names " + choice);
        }
    }

    @Test
    void guide_should_give_every_rule_with_the_example_of_its_page() throws IOException {
        String zh = Files.readString(GUIDES.get(0));
        String en = Files.readString(GUIDES.get(1));
        for (Rule rule : Rule.values()) {
            String page = Files.readString(Path.of("docs/rules", rule.id() + ".md"));
            Matcher example = Pattern.compile("## 示例\\n(> .*)").matcher(page);
            assertTrue(example.find(), rule.id() + ".md has an example");
            for (String guide : List.of(zh, en)) {
                assertTrue(guide.contains("### `" + rule.id() + "`"), "the guide lists " + rule.id());
                assertTrue(withoutLinks(guide).contains(withoutLinks(example.group(1))), "the guide gives the example of " + rule.id());
            }
        }
    }

    /** Link targets differ between a rule page and the guide (docs/rules/ or docs/); the text is the same. */
    private static String withoutLinks(String markdown) {
        return markdown.replaceAll("\\]\\([^)]*\\)", "]");
    }

    @Test
    void guide_should_answer_the_clerks_questions() throws IOException {
        String zh = Files.readString(GUIDES.get(0));
        for (String question : List.of("空白和 0", "「/」", "公式", "合并了单元格", "2019 年版和 2021 年版")) {
            assertTrue(zh.contains("**") && zh.contains(question), "the FAQ answers " + question);
        }
        assertFalse(zh.contains("TODO"));
    }
}

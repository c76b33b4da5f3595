package io.github.xxgk.report;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Findings;
import io.github.xxgk.check.Fingerprint;
import io.github.xxgk.check.Rule;
import io.github.xxgk.sandbox.Detail;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A finding's detail is text of the bundles in the report's language: the Chinese notice quotes no English beyond
 * the names it passes as arguments (a part, a cell, a setting) and the product names a clerk knows.
 */
class DetailMessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/io/github/xxgk");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** Three or more ASCII letters in a row: an English word, or a name. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    /** What a Chinese detail may name: the programs and formats a clerk knows, and file extensions. */
    private static final Pattern DETAIL_NAMES = Pattern.compile("(?<![A-Za-z])(Excel|Word|PDF)(?![A-Za-z])|\\.[a-z]{2,4}(?![A-Za-z])");
    /**
     * What the Chinese messages of the rules quoted before details were keyed, and still may: programs, formats,
     * a DDE formula's 「=cmd|…」, the reports folder, the baseline file and a setting's name.
     */
    private static final Pattern MESSAGE_NAMES = Pattern.compile(
            "(?<![A-Za-z])(Excel|Word|WPS|PDF|VBA|DDE|XML|cmd|reports)(?![A-Za-z])|xxgk-baseline\\.csv|xxgk\\.identityPattern"
            + "|\\.[a-z]{2,4}(?![A-Za-z])");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> detailKeys(Properties p) {
        return p.stringPropertyNames().stream().filter(k -> k.startsWith("detail."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The pattern with every placeholder filled with a value that has no ASCII letter: what is left is the bundle's. */
    private static String filled(String pattern) {
        return PLACEHOLDER.matcher(pattern).replaceAll("〇");
    }

    @Test
    void every_detail_should_be_in_both_languages_with_the_same_arguments() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        assertEquals(detailKeys(zh), detailKeys(en));
        assertTrue(detailKeys(zh).size() > 60, detailKeys(zh).toString());
        for (String key : detailKeys(zh)) {
            // the English may quote a library's own words ({text}); the Chinese names all else the English does
            Set<String> english = placeholders(en.getProperty(key));
            Set<String> chinese = placeholders(zh.getProperty(key));
            assertTrue(english.containsAll(chinese), key + ": " + chinese + " not all in " + english);
            english.removeAll(chinese);
            assertTrue(english.isEmpty() || english.equals(Set.of("text")), key + " leaves out " + english + " in Chinese");
        }
    }

    @Test
    void chinese_details_should_hold_no_english_words() throws IOException {
        Properties zh = bundle("messages.properties");
        for (String key : detailKeys(zh)) {
            String left = DETAIL_NAMES.matcher(filled(zh.getProperty(key))).replaceAll("");
            assertTrue(!WORD.matcher(left).find(), key + " holds English: " + zh.getProperty(key));
        }
    }

    @Test
    void chinese_rule_messages_with_any_detail_should_hold_no_english_words() throws IOException {
        Properties zh = bundle("messages.properties");
        Messages m = Messages.of("zh");
        for (Rule rule : Rule.values()) {
            for (String key : detailKeys(zh)) {
                Map<String, String> args = new HashMap<>();
                for (String name : placeholders(zh.getProperty(rule.id() + ".message"))) {
                    args.put(name, "〇");
                }
                args.put("detail", m.text(key, Map.of()).replaceAll("\\{\\w+}", "〇"));
                String left = MESSAGE_NAMES.matcher(m.text(rule.id() + ".message", args)).replaceAll("");
                assertTrue(!WORD.matcher(left).find(), rule.id() + " with " + key + ": " + left);
            }
        }
    }

    @Test
    void every_detail_the_code_names_should_be_in_both_bundles() throws IOException {
        Set<String> zh = detailKeys(bundle("messages.properties"));
        Set<String> en = detailKeys(bundle("messages_en.properties"));
        Pattern named = Pattern.compile("Detail\\.of\\(\"([^\"]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = named.matcher(Files.readString(f));
                while (m.find()) {
                    used.add("detail." + m.group(1));
                }
            }
        }
        assertTrue(used.size() > 50, used.toString());
        for (String key : used) {
            // a key put together ("pdf.page." + what) must have keys that begin so
            boolean known = key.endsWith(".") ? zh.stream().anyMatch(k -> k.startsWith(key)) : zh.contains(key);
            assertTrue(known && (key.endsWith(".") || en.contains(key)), key + " is named in the code, not in both bundles");
        }
    }

    @Test
    void detail_should_be_rendered_in_the_language_of_the_report_with_its_arguments() {
        Findings findings = new Findings("炸弹.xlsx");
        Detail ratio = Detail.of("zip.ratio", "xl/worksheets/sheet1.xml inflates 16463 bytes 1019 times, over the 500 "
                + "times a zip bomb shows", "part", "xl/worksheets/sheet1.xml", "bytes", 16463, "times", 1019, "limit", 500);
        findings.onFile(Rule.FILE_TOO_LARGE, ratio.findingArgs(Map.of()));
        Finding f = findings.list().get(0);
        assertEquals("文件解压或解析出的内容超过读取上限，未检查（xl/worksheets/sheet1.xml 由 16463 字节解压膨胀了 1019 倍，"
                + "超过压缩炸弹的判定值 500 倍）。年度报告统计表通常不超过1MB，请删除无关内容后报送。", Messages.of("zh").message(f));
        assertTrue(Messages.of("en").message(f).contains("(" + ratio.english() + ")"), Messages.of("en").message(f));
        assertEquals(ratio.english(), f.args().get("detail"), "the English text stays with the finding, for logs");
    }

    @Test
    void detail_without_a_key_should_be_quoted_in_english_only() {
        Findings findings = new Findings("a.xlsx");
        findings.onFile(Rule.FILE_UNREADABLE, Detail.unlisted("a library's own words").findingArgs(Map.of()));
        Finding f = findings.list().get(0);
        assertEquals("文件已损坏或无法打开，未能检查（技术说明见英文核对结果）。请用 Excel 或 WPS 打开后另存为 .xlsx 再报送。",
                Messages.of("zh").message(f));
        assertTrue(Messages.of("en").message(f).contains("(a library's own words)"), Messages.of("en").message(f));
    }

    @Test
    void fingerprint_should_not_change_when_the_detail_is_keyed() {
        // the same finding as the plugin gave it before its detail was keyed: baselines written then keep matching
        Findings before = new Findings("2024/炸弹.xlsx");
        before.onFile(Rule.FILE_TOO_LARGE, Map.of("detail", "xl/worksheets/sheet1.xml inflates 16463 bytes 1019 times, "
                + "over the 500 times a zip bomb shows"));
        Findings after = new Findings("2024/炸弹.xlsx");
        after.onFile(Rule.FILE_TOO_LARGE, Detail.of("zip.ratio", "xl/worksheets/sheet1.xml inflates 16463 bytes 1019 "
                + "times, over the 500 times a zip bomb shows", "part", "xl/worksheets/sheet1.xml", "bytes", 16463,
                "times", 1019, "limit", 500).findingArgs(Map.of()));
        String pinned = Fingerprint.of(before.list().get(0));
        assertEquals(pinned, Fingerprint.of(after.list().get(0)));
        assertEquals("ea5dbfed1d8190b358a5069c", pinned);
        assertEquals(List.of(Rule.FILE_TOO_LARGE), after.list().stream().map(Finding::rule).toList());
    }
}

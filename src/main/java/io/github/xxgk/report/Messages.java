package io.github.xxgk.report;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Rule;
import io.github.xxgk.check.Severity;
import io.github.xxgk.check.Term;
import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.table.CellRef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Renders findings for people, in Chinese (default) or English, from messages*.properties. */
public final class Messages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final ResourceBundle bundle;
    private final boolean chinese;
    /**
     * Each message pattern split once at its placeholders: literal, name, literal, name, …, literal. A run renders
     * every finding several times (copy, sections, CSV, JSON, SARIF, JUnit); matching the pattern each time was half
     * of what a message cost.
     */
    private final Map<String, String[]> templates;
    /** Each finding's message as rendered once, for one file's outputs ({@link #remembering}); else null. */
    private final Map<Finding, String> rendered;

    private Messages(ResourceBundle bundle, boolean chinese) {
        this(bundle, chinese, new ConcurrentHashMap<>(), null);
    }

    private Messages(ResourceBundle bundle, boolean chinese, Map<String, String[]> templates, Map<Finding, String> rendered) {
        this.bundle = bundle;
        this.chinese = chinese;
        this.templates = templates;
        this.rendered = rendered;
    }

    /**
     * The same messages, each finding's rendered once however often it is asked for: for the outputs of one file
     * (its annotated copy and report sections show every message), on one thread. Findings are told apart by
     * identity.
     */
    public Messages remembering() {
        return new Messages(bundle, chinese, templates, new IdentityHashMap<>());
    }

    /** {@code zh} (default) or {@code en}. */
    public static Messages of(String locale) {
        boolean en = locale != null && locale.toLowerCase(Locale.ROOT).startsWith("en");
        Locale l = en ? Locale.ENGLISH : Locale.ROOT;
        return new Messages(ResourceBundle.getBundle("io.github.xxgk.messages", l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), !en);
    }

    public static boolean supported(String locale) {
        return locale != null && (locale.equalsIgnoreCase("zh") || locale.toLowerCase(Locale.ROOT).startsWith("zh_")
                || locale.equalsIgnoreCase("en") || locale.toLowerCase(Locale.ROOT).startsWith("en_"));
    }

    /** The message {@code key} with its placeholders filled from {@code args} (a placeholder without one stays). */
    public String text(String key, Map<String, String> args) {
        String[] parts = templates.computeIfAbsent(key, k -> split(bundle.getString(k)));
        String[] values = new String[parts.length];
        int size = 0;
        for (int i = 0; i < parts.length; i++) {
            String value = i % 2 == 0 ? parts[i] : args.get(parts[i]);
            values[i] = value != null ? value : "{" + parts[i] + "}";
            size += values[i].length();
        }
        StringBuilder out = new StringBuilder(size); // the message's length, known before it is put together
        for (String v : values) {
            out.append(v);
        }
        return out.toString();
    }

    private static String[] split(String pattern) {
        List<String> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        int from = 0;
        while (m.find()) {
            parts.add(pattern.substring(from, m.start()));
            parts.add(m.group(1));
            from = m.end();
        }
        parts.add(pattern.substring(from));
        return parts.toArray(String[]::new);
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    public String title(Rule rule) {
        return bundle.getString(rule.id() + ".title");
    }

    public String severity(Severity severity) {
        return bundle.getString("ui.severity." + severity.name());
    }

    /** The finding as one sentence, ready for a correction notice. */
    public String message(Finding f) {
        if (rendered != null) {
            String known = rendered.get(f);
            if (known == null) {
                known = render(f);
                rendered.put(f, known);
            }
            return known;
        }
        return render(f);
    }

    private String render(Finding f) {
        return text(f.rule().id() + ".message", arguments(f)).strip();
    }

    /**
     * What a finding's message is filled with: its own args, its item and values, the relation written out, and the
     * parts that are sentences of their own (a set of corrections described, the size of the next one, a reason).
     */
    public Map<String, String> arguments(Finding f) {
        Map<String, String> args = new HashMap<>(f.args());
        args.put("item", f.item());
        args.put("reported", f.reported());
        args.put("expected", f.expected());
        args.put("expression", expression(f));
        if (f.args().containsKey("pattern")) {
            args.put("description", text("correction.description." + f.args().get("pattern"), args));
        }
        if (f.args().containsKey("nextSize")) {
            args.put("next", f.args().get("nextSize").isEmpty() ? "" : text("correction.next", args));
        }
        if (f.args().containsKey("relationship")) {
            args.put("relationship", text("across.relationship." + f.args().get("relationship")));
        }
        if (f.rule() == Rule.ROLLUP_MEMBER_MISSING) {
            args.put("which", rollupMembers(args));
        }
        if (f.args().containsKey(Detail.KEY)) { // why a file was not read, in this language
            args.put("detail", withDetail(f.args()).get("detail"));
        }
        // the advice of a read failure fits the kind of file: "save as .xlsx" only for a workbook
        args.put("advice", text("advice." + f.args().getOrDefault("fileKind", "workbook"), args));
        if (f.args().containsKey("reason")) {
            args.put("reason", text("correction.reason." + f.args().get("reason"), args));
        }
        return args;
    }

    /**
     * {@code args} with their {@link Detail} (why a file was not read, why a setting cannot be used) rendered as
     * {@code detail} in this language, from {@code detail.<key>}; args without one as they are.
     */
    public Map<String, String> withDetail(Map<String, String> args) {
        if (!args.containsKey(Detail.KEY)) {
            return args;
        }
        Map<String, String> all = new HashMap<>(args);
        all.put("detail", text("detail." + args.get(Detail.KEY), Detail.argsOf(args)));
        return all;
    }

    /** The members a roll-up lacks: those without a report, and those whose report takes no part. */
    private String rollupMembers(Map<String, String> args) {
        boolean absent = !args.getOrDefault("members", "").isEmpty();
        boolean unusable = !args.getOrDefault("unusable", "").isEmpty();
        if (absent && unusable) {
            Map<String, String> both = new HashMap<>(args);
            both.put("absent", text("rollup.members.absent", args));
            both.put("unusable", text("rollup.members.unusable", args));
            return text("rollup.members.both", both);
        }
        return text(unusable ? "rollup.members.unusable" : "rollup.members.absent", args);
    }

    /** 「表三!C27」, or empty for a finding on the whole file. */
    public static String location(Finding f) {
        return f.location() == null ? "" : a1(f.location());
    }

    /** 「表三!D29」 for a workbook cell, 「line 214」 for a line of a text document. */
    public static String a1(CellRef ref) {
        return ref.a1();
    }

    /**
     * reported − expected where both are numbers; for a relation finding whose cell no correction pins, reported −
     * the value the relation alone gives (its 差额, which says by how much the relation fails, not what to enter).
     */
    public static String difference(Finding f) {
        if (f.expected().isEmpty()) {
            return f.args().getOrDefault("difference", "");
        }
        try {
            return new BigDecimal(f.reported()).subtract(new BigDecimal(f.expected())).toPlainString();
        } catch (NumberFormatException e) {
            return "";
        }
    }

    /**
     * The relation written out with its numbers. A total over parts reads
     * 「（七）总计 = （一）予以公开 60 + … = 164，填报 165」 (parts that are 0 are counted, not listed);
     * an identity of two sums reads 「一、… 169 + 二、… 0 = 169 ≠ （七）总计 165 + 四、… 5 = 170」.
     */
    public String expression(Finding f) {
        List<Term> terms = f.terms();
        if (terms.isEmpty() || terms.stream().anyMatch(t -> t.value() == null)) {
            return "";
        }
        Term target = terms.stream().filter(Term::target).findFirst().orElse(null);
        List<Term> targetSide = terms.stream().filter(t -> target != null && t.left() == target.left()).toList();
        if (target != null && targetSide.size() == 1) {
            List<Term> parts = terms.stream().filter(t -> t.left() != target.left()).toList();
            return target.label() + " = " + sum(parts, true) + (chinese ? "，" : ", ") + text("ui.reported") + " "
                    + plain(target.value());
        }
        List<Term> left = terms.stream().filter(Term::left).toList();
        List<Term> right = terms.stream().filter(t -> !t.left()).toList();
        return sum(left, false) + " ≠ " + sum(right, false);
    }

    private String sum(List<Term> parts, boolean hideZeros) {
        List<Term> shown = hideZeros ? parts.stream().filter(t -> t.value().signum() != 0).toList() : parts;
        BigDecimal total = parts.stream().map(Term::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        String joined = shown.isEmpty() ? "0" : shown.stream().map(t -> t.label() + " " + plain(t.value()))
                .collect(Collectors.joining(" + "));
        String text = joined + " = " + plain(total);
        int zeros = parts.size() - shown.size();
        if (hideZeros && zeros > 0 && !shown.isEmpty()) {
            text += chinese ? "（" + text("ui.others.zero", Map.of("count", Integer.toString(zeros))) + "）"
                    : " (" + text("ui.others.zero", Map.of("count", Integer.toString(zeros))) + ")";
        }
        return text;
    }

    private static String plain(BigDecimal v) {
        return v.toPlainString();
    }
}

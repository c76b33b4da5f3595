package io.github.xxgk.template;

import java.util.List;
import java.util.Objects;

/**
 * Which format a report is checked against: the one set explicitly ({@code xxgk.format=2019}, {@code 2021}, a
 * definition file), or, by default ({@code auto}), the built-in one whose years cover the report's year — the 2019
 * format (国办公开办函〔2019〕60号) for 2019 and 2020 reports, the 2021 format (国办公开办函〔2021〕30号) from 2021 on —
 * and the 2021 format when the year is not known. The versions a report might have been filled in instead are the
 * other built-in ones.
 */
public final class FormatChoice {

    /** The setting that chooses by the report's year. */
    public static final String BY_YEAR = "auto";

    private final FormatDefinition fixed;
    private final List<FormatDefinition> builtIn;

    private FormatChoice(FormatDefinition fixed, List<FormatDefinition> builtIn) {
        this.fixed = fixed;
        this.builtIn = List.copyOf(builtIn);
    }

    /**
     * From the setting: {@code auto} (or none), a built-in id or year, or a definition file; an unknown format is an
     * IllegalArgumentException, a broken definition an InvalidDefinitionException.
     */
    public static FormatChoice of(String setting) {
        List<FormatDefinition> builtIn = FormatDefinitions.builtIn();
        if (setting == null || setting.isBlank() || setting.strip().equalsIgnoreCase(BY_YEAR)) {
            return new FormatChoice(null, builtIn);
        }
        return new FormatChoice(FormatDefinitions.load(setting.strip()), builtIn);
    }

    /** Always {@code definition}, whatever the year (tests, and callers that hold a definition). */
    public static FormatChoice fixed(FormatDefinition definition) {
        return new FormatChoice(Objects.requireNonNull(definition), FormatDefinitions.builtIn());
    }

    /** Whether the format was set explicitly rather than chosen by year. */
    public boolean isFixed() {
        return fixed != null;
    }

    /** The format a report of {@code year} is to be filled in. */
    public FormatDefinition forYear(int year) {
        if (fixed != null) {
            return fixed;
        }
        return builtIn.stream().filter(d -> d.version().covers(year)).findFirst().orElse(byDefault());
    }

    /** The format of a report whose year is not known. */
    public FormatDefinition byDefault() {
        return fixed != null ? fixed : FormatDefinitions.standard();
    }

    /** The other versions a report expected in {@code expected} may have been filled in: built-ins of another version. */
    public List<FormatDefinition> alternatives(FormatDefinition expected) {
        String name = expected.version() == null ? "" : expected.version().name();
        return builtIn.stream().filter(d -> !d.version().name().equals(name)).toList();
    }
}

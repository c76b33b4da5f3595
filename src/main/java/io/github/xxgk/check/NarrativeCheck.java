package io.github.xxgk.check;

import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.CellRef;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.table.Grid;
import io.github.xxgk.template.FormatDefinition;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R10, text against tables, conservatively: only sentences that plainly state a quantity the tables hold —
 * applications received (「共收到政府信息公开申请2条」 ↔ 表三 一、本年新收 × 总计), administrative reviews and lawsuits
 * (↔ 表四 totals). A sentence whose scope is unclear (「指导各部门受理和回复依申请件169件」, a hotline's 「办结226件」)
 * is not compared. A mismatch is a warning quoting both places. The sentences are the format definition's
 * {@code narrative} claims.
 */
public final class NarrativeCheck implements Check {

    /** A claim of the format's narrative with its pattern compiled once per definition. */
    private record Claim(Pattern pattern, String table, String row, List<String> columns) {
    }

    /** By identity, as the equation model: a definition is loaded once, and a record's hash would walk all of it. */
    private static final Map<FormatDefinition, List<Claim>> CLAIMS = Collections.synchronizedMap(new IdentityHashMap<>());

    private static List<Claim> claims(FormatDefinition format) {
        return CLAIMS.computeIfAbsent(format, f -> f.narrative().stream()
                .map(c -> new Claim(Pattern.compile(c.pattern()), c.table(), c.row(), c.columns())).toList());
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！？]");

    @Override
    public void check(BoundReport report, Findings findings) {
        Grid grid = report.grid();
        if (grid == null || !grid.ragged()) {
            return;
        }
        List<Claim> claims = claims(report.format());
        for (Grid.TextLine line : grid.text()) {
            for (String sentence : SENTENCE_END.split(line.text())) {
                for (Claim claim : claims) {
                    Matcher m = claim.pattern().matcher(sentence);
                    if (m.find()) {
                        compare(report, claim, new BigDecimal(m.group(1)), sentence.strip(), line.line(), findings);
                    }
                }
            }
        }
    }

    private static void compare(BoundReport report, Claim claim, BigDecimal stated, String quote, int line,
                                Findings findings) {
        Optional<BoundTable> table = report.table(claim.table());
        if (table.isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (String column : claim.columns()) {
            Optional<BigDecimal> v = table.get().cell(claim.row(), column)
                    .filter(c -> c.value() instanceof CellValue.Number)
                    .map(c -> ((CellValue.Number) c.value()).value());
            if (v.isEmpty()) {
                return; // not a number in the table: the value checks say so
            }
            sum = sum.add(v.get());
        }
        if (sum.compareTo(stated) == 0) {
            return;
        }
        var t = table.get().template();
        String item = t.displayName() + " " + String.join(" + ", claim.columns().stream()
                .map(c -> t.itemLabel(claim.row(), c)).toList());
        findings.add(new Finding(Rule.NARRATIVE_MISMATCH, Rule.NARRATIVE_MISMATCH.severity(), findings.file(),
                new CellRef("正文", 0, 0, line), claim.table(), claim.row(), claim.columns().get(0), item,
                stated.toPlainString(), sum.toPlainString(), null, List.of(), Map.of("quote", quote)));
    }
}

package io.github.xxgk.check;

import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.CellRef;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.table.Grid;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R10, text against tables, conservatively: only sentences that plainly state a quantity the tables hold —
 * applications received (「共收到政府信息公开申请2条」 ↔ 表三 一、本年新收 × 总计), administrative reviews and lawsuits
 * (↔ 表四 totals). A sentence whose scope is unclear (「指导各部门受理和回复依申请件169件」, a hotline's 「办结226件」)
 * is not compared. A mismatch is a warning quoting both places.
 */
public final class NarrativeCheck implements Check {

    private record Claim(Pattern pattern, String table, String row, List<String> columns) {
    }

    /**
     * The stated number is group 1. A verb before 行政复议/行政诉讼 (被申请, 发生, 收到; 被提起, 提起) does not change
     * which number a sentence states, and the patterns start at the noun: an optional alternation in front is tried
     * at every character of every sentence.
     */
    private static final List<Claim> CLAIMS = List.of(
            new Claim(Pattern.compile("收到[^，。；,;！？\\d]{0,14}申请[^，。；,;！？\\d]{0,6}?(\\d+)\\s*[件条个]"),
                    "t3", "new", List.of("total")),
            new Claim(Pattern.compile("行政复议(?:案件)?(?:共)?(\\d+)\\s*[件起]"),
                    "t4", "cases", List.of("review-total")),
            new Claim(Pattern.compile("行政诉讼(?:案件)?(?:共)?(\\d+)\\s*[件起]"),
                    "t4", "cases", List.of("direct-total", "after-review-total")));

    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！？]");

    @Override
    public void check(BoundReport report, Findings findings) {
        Grid grid = report.grid();
        if (grid == null || !grid.ragged()) {
            return;
        }
        for (Grid.TextLine line : grid.text()) {
            for (String sentence : SENTENCE_END.split(line.text())) {
                for (Claim claim : CLAIMS) {
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

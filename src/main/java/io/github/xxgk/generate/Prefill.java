package io.github.xxgk.generate;

import io.github.xxgk.identity.ReportIdentity;
import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.BoundTable;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.Relation;
import io.github.xxgk.template.SectionSpec;
import io.github.xxgk.template.YearRelation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What this year's template can be given from last year's report of the same agency: the cover (机关名称, 报告年度 =
 * last year + 1) and every cell that a relation across years gives from last year's report alone
 * ({@link YearRelation#fromPreviousYear}: R6, 表三 二、上年结转 = last year's 四、结转下年度继续办理, column by column).
 * A cell whose terms are not all numbers in last year's report is left for the agency to fill. The relation then
 * holds by construction; the cells stay editable. Keys are 「t3:carried|natural」; {@code from} names, by key, what
 * of last year's report the value was taken from.
 */
public record Prefill(String agency, int year, String source, Map<String, BigDecimal> values, Map<String, String> from) {

    public Prefill {
        values = Map.copyOf(values);
        from = Map.copyOf(from);
    }

    /** The tables of last year's report a template of {@code format} takes values from. */
    public static Set<String> sourceTables(FormatDefinition format) {
        return format.acrossYears().stream().filter(YearRelation::fromPreviousYear).map(YearRelation::table)
                .collect(Collectors.toSet());
    }

    /**
     * This year's pre-fill, for a template of {@code format}, from last year's bound report and identity;
     * {@code source} names last year's file.
     */
    public static Prefill fromPrevious(FormatDefinition format, BoundReport previous, ReportIdentity identity,
                                       String source) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, String> from = new LinkedHashMap<>();
        for (YearRelation r : format.acrossYears()) {
            if (r.fromPreviousYear()) {
                previous.table(r.table()).ifPresent(t -> take(r, t, values, from));
            }
        }
        return new Prefill(identity.agency(), identity.year() + 1, source, values, from);
    }

    /** The relation's target in every column (or row) of last year's section that holds its terms. */
    private static void take(YearRelation r, BoundTable t, Map<String, BigDecimal> values, Map<String, String> from) {
        boolean down = r.each() == Relation.Each.COLUMN;
        for (SectionSpec s : t.template().sections()) {
            if (!r.holdsIn(s)) {
                continue; // last year's format may lack the terms: then there is nothing to take, and no label
            }
            String label = r.equals().stream().map(YearRelation::item)
                    .map(i -> down ? t.template().rowLabel(i) : t.template().columnLabel(i)).collect(Collectors.joining("」「"));
            for (String scope : r.scopes(s)) {
                BigDecimal sum = BigDecimal.ZERO;
                for (String term : r.equals()) {
                    String[] cell = r.cell(YearRelation.item(term), scope);
                    BigDecimal v = number(t, cell[0], cell[1]);
                    if (v == null) {
                        sum = null;
                        break;
                    }
                    sum = sum.add(v.multiply(BigDecimal.valueOf(YearRelation.sign(term))));
                }
                if (sum != null) {
                    String[] cell = r.cell(r.target(), scope);
                    String key = key(r.table(), cell[0], cell[1]);
                    values.put(key, sum);
                    from.put(key, label);
                }
            }
        }
    }

    /** How {@link #values()} and {@link #from()} name a cell: table, row and column ids. */
    public static String key(String tableId, String rowId, String columnId) {
        return tableId + ":" + rowId + "|" + columnId;
    }

    /** The cell's number, or null for a blank, a text or the continuation of a merged cell. */
    private static BigDecimal number(BoundTable t, String rowId, String columnId) {
        return t.cell(rowId, columnId).filter(c -> !c.cell().mergeContinuation())
                .map(c -> c.value() instanceof CellValue.Number n ? n.value() : null).orElse(null);
    }
}

package io.github.xxgk.generate;

import io.github.xxgk.identity.ReportIdentity;
import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.CellValue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What this year's template can be given from last year's report of the same agency: the cover (机关名称, 报告年度 =
 * last year + 1) and 表三 二、上年结转 taken from last year's 四、结转下年度继续办理, column by column (a blank or
 * non-numeric cell of last year's is left for the agency to fill). The carry-over across years then holds by
 * construction; the cells stay editable. Keys are 「t3:carried|natural」.
 */
public record Prefill(String agency, int year, String source, Map<String, BigDecimal> values) {

    static final String TABLE = "t3";
    static final String CARRIED = "carried";
    static final String CARRIED_NEXT = "carried-next";

    public Prefill {
        values = Map.copyOf(values);
    }

    /** This year's pre-fill from last year's bound report and identity; {@code source} names last year's file. */
    public static Prefill fromPrevious(BoundReport previous, ReportIdentity identity, String source) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        previous.table(TABLE).ifPresent(t -> t.template().sectionOfRow(CARRIED_NEXT).columns().forEach(c ->
                t.cell(CARRIED_NEXT, c.id()).ifPresent(cell -> {
                    if (cell.value() instanceof CellValue.Number n && !cell.cell().mergeContinuation()) {
                        values.put(TABLE + ":" + CARRIED + "|" + c.id(), n.value());
                    }
                })));
        return new Prefill(identity.agency(), identity.year() + 1, source, values);
    }
}

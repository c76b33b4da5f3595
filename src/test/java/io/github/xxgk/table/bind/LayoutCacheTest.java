package io.github.xxgk.table.bind;

import io.github.xxgk.fixtures.AgencyWorkbook;
import io.github.xxgk.fixtures.GeneratedReport;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.fixtures.SourceFiles;
import io.github.xxgk.read.xlsx.XlsxReader;
import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.Grid;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A binding replayed from a workbook of the same layout equals the binding made afresh: over every layout the
 * fixtures have, with other values, with a value made blank, a label renamed, a cell merged.
 */
class LayoutCacheTest {

    private static final FormatDefinition FORMAT = FormatDefinitions.standard();
    private static final List<UnaryOperator<AgencyWorkbook>> LAYOUTS = List.of(wb -> wb, wb -> wb.oneSheet(true),
            wb -> wb.titleRows(0), wb -> wb.titleRows(3), wb -> wb.startCol(2), wb -> wb.lineBreaks(true),
            wb -> wb.spanSingleValues(true), wb -> wb.emptyRowUnderTable2Header(true),
            wb -> wb.oneSheet(true).titleRows(2).startCol(3).lineBreaks(true));

    private static Grid grid(AgencyWorkbook wb) throws Exception {
        return SourceFiles.read(new XlsxReader(), "r.xlsx", wb.toXlsx());
    }

    /** The report as a fresh binder binds it and as a binder that bound {@code before} first binds it. */
    private static void sameAsAfresh(Grid before, Grid grid, String what) {
        ReportBinder warm = new ReportBinder();
        warm.bind(before, FORMAT);
        BoundReport replayed = warm.bind(grid, FORMAT);
        BoundReport afresh = new ReportBinder().bind(grid, FORMAT);
        assertEquals(afresh.tables(), replayed.tables(), what);
        assertEquals(afresh.cover(), replayed.cover(), what);
    }

    @Test
    void replayed_binding_should_equal_a_fresh_one_for_every_layout_and_seed() throws Exception {
        Random random = new Random(5);
        for (int i = 0; i < LAYOUTS.size(); i++) {
            UnaryOperator<AgencyWorkbook> layout = LAYOUTS.get(i);
            Grid a = grid(layout.apply(GeneratedReport.workbook(GeneratedReport.consistent(random))));
            Grid b = grid(layout.apply(GeneratedReport.workbook(GeneratedReport.consistent(random))));
            assertEquals(LayoutCache.layout(a), LayoutCache.layout(b), "other values, same layout " + i);
            sameAsAfresh(a, b, "layout " + i);
            for (Map.Entry<String, AgencyWorkbook> seed : SeedWorkbooks.all().entrySet()) {
                Grid s = grid(layout.apply(seed.getValue()));
                Grid changed = grid(layout.apply(seed.getValue()).set("t3", "open", "natural", 12345));
                sameAsAfresh(s, changed, seed.getKey() + " layout " + i);
            }
        }
    }

    @Test
    void blank_renamed_or_merged_cell_should_be_another_layout() throws Exception {
        AgencyWorkbook base = SeedWorkbooks.seed004();
        String layout = LayoutCache.layout(grid(base));
        List<Grid> others = new ArrayList<>(List.of(
                grid(SeedWorkbooks.seed004().set("t3", "open", "natural", "")),
                grid(SeedWorkbooks.seed004().set("t3", "open", "natural", "/")),
                grid(SeedWorkbooks.seed004().label("t3.row.open", "（一）予以公开信息")),
                grid(SeedWorkbooks.seed004().mergeValue("t3", "open", "natural", 2, 1))));
        for (Grid other : others) {
            assertNotEquals(layout, LayoutCache.layout(other));
            sameAsAfresh(grid(base), other, "a different layout binds afresh");
        }
    }
}

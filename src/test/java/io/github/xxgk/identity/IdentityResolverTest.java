package io.github.xxgk.identity;

import io.github.xxgk.fixtures.Seeds;
import io.github.xxgk.read.Readers;
import io.github.xxgk.read.SourceFile;
import io.github.xxgk.table.Grid;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityResolverTest {

    private static Optional<ReportIdentity> seed(String name) throws Exception {
        Grid grid = Readers.standard().read(SourceFile.of(Seeds.file(name), name));
        return IdentityResolver.NONE.resolve(name, Map.of(), grid);
    }

    @Test
    void identity_should_come_from_the_published_titles_of_the_seeds() throws Exception {
        assertEquals(Optional.of(new ReportIdentity("南关区政府办公室", 2023, ReportIdentity.Source.TITLE)),
                seed("001_97627d600dd8fb72.txt"));
        assertEquals(Optional.of(new ReportIdentity("高新区管委会办公室", 2021, ReportIdentity.Source.TITLE)),
                seed("003_3c9d37f73f8f4a79.txt"));
        // 「宜春丰城高新区2022年政府信息公开」「工作年度报告」: a title over two lines
        assertEquals(Optional.of(new ReportIdentity("宜春丰城高新区", 2022, ReportIdentity.Source.TITLE)),
                seed("004_7ed1e439a9c9913c.txt"));
        // 「政府信息公开工作年度报告」 alone, and a report that opens with its text: never guessed from the prose
        assertTrue(seed("000_a26b6c3908db602a.txt").isEmpty());
        assertTrue(seed("002_7d7228ee9adc21b3.txt").isEmpty());
    }

    @Test
    void cover_should_win_and_each_field_come_from_the_first_source_that_states_it() {
        IdentityResolver r = new IdentityResolver("{year}/{agency}.xlsx");
        assertEquals(new ReportIdentity("二道区人民政府", 2022, ReportIdentity.Source.COVER),
                r.resolve("2023/别的名字.xlsx", Map.of("机关名称", "二道区 人民政府", "报告年度", "２０２２年"), null).orElseThrow());
        // the cover names the agency only: the year from the path
        assertEquals(new ReportIdentity("二道区人民政府", 2023, ReportIdentity.Source.COVER),
                r.resolve("2023/别的名字.XLSX", Map.of("机关名称", "二道区人民政府"), null).orElseThrow());
        assertEquals(new ReportIdentity("财政局", 2024, ReportIdentity.Source.PATH),
                r.resolve("2024/财政局.xlsx", Map.of(), null).orElseThrow());
        assertTrue(r.resolve("2024/sub/财政局.xlsx", Map.of(), null).isEmpty(), "{agency} is one path segment");
        assertTrue(r.resolve("财政局.xlsx", Map.of("报告年度", "去年"), null).isEmpty());
    }

    @Test
    void path_pattern_should_take_globs_and_reject_patterns_without_fields() {
        IdentityResolver r = new IdentityResolver("**/{agency}/{year}*.xlsx");
        assertEquals("南关区政府办公室 2023", r.resolve("长春/南关区政府办公室/2023年报.xlsx", Map.of(), null).orElseThrow().display());
        assertEquals("南关区政府办公室 2023", r.resolve("南关区政府办公室/2023.xlsx", Map.of(), null).orElseThrow().display());
        assertThrows(IllegalArgumentException.class, () -> new IdentityResolver("reports/*.xlsx"));
        assertThrows(IllegalArgumentException.class, () -> new IdentityResolver("{year}/{year}.xlsx"));
    }
}

package io.github.xxgk.check;

import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.FindingTuple;
import io.github.xxgk.fixtures.Seeds;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NarrativeCheckTest {

    private static List<FindingTuple> check(Path dir, String text) throws Exception {
        Path file = Files.writeString(dir.resolve("r.txt"), text, StandardCharsets.UTF_8);
        return FindingTuple.of(new ReportChecker(FormatDefinitions.standard()).checkFile(file, "r.txt").findings()).stream()
                .filter(f -> f.rule().equals("narrative-mismatch")).toList();
    }

    /** Seed 001 with its narrative changed to claim 12 applications where table 三 has 10 new ones. */
    @Test
    void narrative_should_be_compared_with_the_tables_where_its_meaning_is_plain(@TempDir Path dir) throws Exception {
        String seed = Files.readString(Seeds.file("001_97627d600dd8fb72.txt"));
        String claim = seed.replace("（三）认真规范处理依申请公开。", "（三）认真规范处理依申请公开。全年共收到政府信息公开申请12件，被申请行政复议1件。");
        assertEquals(List.of(
                new FindingTuple("narrative-mismatch", "line 8", "表三 一、本年新收政府信息公开申请数量 × 总计", "12", "10"),
                new FindingTuple("narrative-mismatch", "line 8", "表四 行政复议·总计", "1", "0")), check(dir, claim));
        // unclear scope: guiding other departments, a hotline's cases: not compared
        String unclear = seed.replace("（三）认真规范处理依申请公开。", "（三）全年指导各部门受理和回复依申请件169件，12345热线办结226件。");
        assertEquals(List.of(), check(dir, unclear));
        String agrees = seed.replace("（三）认真规范处理依申请公开。", "（三）2023年共收到政府信息公开申请10件。");
        assertEquals(List.of(), check(dir, agrees));
    }
}

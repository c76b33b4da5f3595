package io.github.xxgk.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.FindingTuple;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelationCheckTest {

    /** A relation over the rows of table 二's 第（六）项, not its first section: checked in that section's columns. */
    @Test
    void check_should_evaluate_a_relation_in_the_columns_of_its_own_section(@TempDir Path dir) throws Exception {
        ObjectNode json;
        try (InputStream in = getClass().getResourceAsStream("/io/github/xxgk/templates/gov-2021.json")) {
            json = (ObjectNode) new ObjectMapper().readTree(in);
        }
        ObjectNode r = json.withArray("relations").addObject();
        r.put("id", "R-test").put("rule", "sum-row-total").put("table", "t2").put("each", "column");
        r.putArray("left").add("penalty");
        r.putArray("right").add("coercion");
        r.put("target", "penalty").put("wording", "行政处罚 = 行政强制").put("reference", "test");
        FormatDefinition format = FormatDefinitions.read("test.json",
                new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)));
        Path file = SeedWorkbooks.seed000().writeXlsx(dir.resolve("000.xlsx")); // one sheet; 行政处罚 12, 行政强制 0

        List<FindingTuple> found = FindingTuple.of(new ReportChecker(format).checkFile(file, "000.xlsx").findings());

        // one equation, two cells: either 行政处罚 12 → 0 or 行政强制 0 → 12, and the numbers cannot tell which
        assertEquals(List.of(new FindingTuple("sum-row-total", "年度报告!B11", "行政处罚 × 本年处理决定数量", "12", ""),
                new FindingTuple("correction-candidate", "年度报告!B11", "行政处罚 × 本年处理决定数量", "12", "0"),
                new FindingTuple("correction-candidate", "年度报告!B12", "行政强制 × 本年处理决定数量", "0", "12")), found);
    }
}

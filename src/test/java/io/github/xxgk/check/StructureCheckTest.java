package io.github.xxgk.check;

import io.github.xxgk.core.CheckRequest;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.AgencyWorkbook;
import io.github.xxgk.fixtures.FindingTuple;
import io.github.xxgk.report.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StructureCheckTest {

    @Test
    void check_should_name_a_missing_column_by_its_group_where_its_label_recurs(@TempDir Path dir) throws Exception {
        // table 四 has three 总计 columns; the agency left the header of the first one empty
        new AgencyWorkbook().label("t4.column.review-total", "").writeXlsx(dir.resolve("a.xlsx"));
        CheckResult result = ReportChecker.run(new CheckRequest(dir, null, null, "2021", 1));
        List<Finding> missing = result.findings().stream().filter(f -> f.rule() == Rule.COLUMN_MISSING).toList();
        assertEquals(List.of(new FindingTuple("column-missing", "表四!A2", "行政复议·总计", "", "行政复议·总计")),
                FindingTuple.of(missing));
        assertEquals("表四缺少列「行政复议·总计」。", Messages.of("zh").message(missing.get(0)));
    }
}

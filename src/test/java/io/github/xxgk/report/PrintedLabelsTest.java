package io.github.xxgk.report;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Rule;
import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.FileResult;
import io.github.xxgk.fixtures.FindingsCsv;
import io.github.xxgk.table.BoundReport;
import io.github.xxgk.template.ColumnSpec;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.FormatDefinitions;
import io.github.xxgk.template.RowSpec;
import io.github.xxgk.template.TableTemplate;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The row and column labels the reports print name one row or column of their table each. */
class PrintedLabelsTest {

    private record Printed(String table, String id, String label) {
    }

    @Test
    void csv_should_print_row_and_column_labels_that_are_unique_within_each_table(@TempDir Path dir) throws Exception {
        FormatDefinition format = FormatDefinitions.standard();
        List<Finding> findings = new ArrayList<>();
        for (TableTemplate t : format.tables()) {
            for (RowSpec r : t.rows()) {
                findings.add(new Finding(Rule.ROW_MISSING, Severity.ERROR, "a.xlsx", null, t.id(), r.id(), null, "",
                        "", "", null, List.of(), Map.of()));
            }
            for (ColumnSpec c : t.columns()) {
                findings.add(new Finding(Rule.COLUMN_MISSING, Severity.ERROR, "a.xlsx", null, t.id(), null, c.id(), "",
                        "", "", null, List.of(), Map.of()));
            }
        }
        CheckResult result = new CheckResult(List.of(
                new FileResult("a.xlsx", new BoundReport(format, Map.of(), Map.of(), null), findings)));
        Reports.write(result, new ReportContext(Messages.of("zh"), Severity.ERROR, dir), dir, EnumSet.of(ReportFormat.CSV));
        List<CSVRecord> records = FindingsCsv.records(dir.resolve("findings.csv"));
        assertEquals(findings.size(), records.size());

        List<Printed> rows = new ArrayList<>();
        List<Printed> columns = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.rowId() != null) {
                rows.add(new Printed(f.tableId(), f.rowId(), records.get(i).get("row")));
            } else {
                columns.add(new Printed(f.tableId(), f.columnId(), records.get(i).get("column")));
            }
        }
        assertEquals(Map.of(), repeated(rows));
        assertEquals(Map.of(), repeated(columns));
        assertEquals(List.of("行政复议·总计", "行政诉讼·未经复议直接起诉·总计", "行政诉讼·复议后起诉·总计"),
                columns.stream().filter(p -> p.id().endsWith("-total") && p.table().equals("t4")).map(Printed::label).toList());
        assertEquals(List.of("本年制发件数", "本年废止件数", "现行有效件数", "第二十条第（五）项·本年处理决定数量",
                "第二十条第（六）项·本年处理决定数量", "本年收费金额（单位：万元）"),
                columns.stream().filter(p -> p.table().equals("t2")).map(Printed::label).toList());
        assertEquals("自然人", columns.stream().filter(p -> p.id().equals("natural")).findFirst().orElseThrow().label());
    }

    /** 「表四 总计」 → the ids printed so, where more than one id is. */
    private static Map<String, List<String>> repeated(List<Printed> printed) {
        Map<String, List<String>> ids = printed.stream().collect(Collectors.groupingBy(p -> p.table() + " " + p.label(),
                LinkedHashMap::new, Collectors.mapping(Printed::id, Collectors.toList())));
        ids.values().removeIf(list -> list.size() == 1);
        return ids;
    }
}

package io.github.xxgk.generate;

import io.github.xxgk.fixtures.SourceFiles;
import io.github.xxgk.read.poi.WorkbookReader;
import io.github.xxgk.table.BoundCell;
import io.github.xxgk.table.BoundReport;
import io.github.xxgk.table.bind.ReportBinder;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.FormatDefinitions;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Fills a generated template the way an agency would, by code: finds each input cell with the checker's own
 * binder (so the test relies on no coordinates) and types a value into it. Keys are "t3:row|column".
 */
public final class TemplateFiller {

    private TemplateFiller() {
    }

    /** Every input cell of the standard format, 0. */
    public static Map<String, Object> zeros() {
        Map<String, Object> v = new HashMap<>();
        for (var t : FormatDefinitions.standard().tables()) {
            for (var c : t.cells()) {
                v.put(t.id() + ":" + c.row().id() + "|" + c.column().id(), 0);
            }
        }
        return v;
    }

    public static byte[] fill(byte[] template, Map<String, Object> values, boolean recalculate) throws Exception {
        return fill(template, FormatDefinitions.standard(), values, Map.of(), recalculate);
    }

    /**
     * Fills a template generated from {@code format}: the table cells by key, the cover fields by label
     * (「报告年度」 → 2020) in the cell to the right of the label.
     */
    public static byte[] fill(byte[] template, FormatDefinition format, Map<String, ?> values, Map<String, String> cover,
                              boolean recalculate) throws Exception {
        BoundReport report = new ReportBinder().bind(SourceFiles.read(new WorkbookReader(), "template.xlsx", template),
                format);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            for (Row row : wb.getSheet(TemplateWorkbook.COVER)) {
                Cell label = row.getCell(0);
                if (label != null && label.getCellType() == CellType.STRING && cover.containsKey(label.getStringCellValue())) {
                    row.getCell(1).setCellValue(cover.get(label.getStringCellValue()));
                }
            }
            for (var table : report.tables().values()) {
                for (BoundCell bound : table.cells().values()) {
                    String key = table.tableId() + ":" + bound.rowId() + "|" + bound.columnId();
                    if (!values.containsKey(key)) {
                        continue;
                    }
                    Cell cell = wb.getSheet(bound.ref().sheet()).getRow(bound.ref().row()).getCell(bound.ref().col());
                    Object v = values.get(key);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof String s) {
                        cell.setCellValue(s);
                    } else {
                        cell.setBlank();
                    }
                }
            }
            if (recalculate) {
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}

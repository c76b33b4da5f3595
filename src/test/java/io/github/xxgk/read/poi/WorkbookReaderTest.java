package io.github.xxgk.read.poi;

import io.github.xxgk.fixtures.SourceFiles;
import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.table.GridCell;
import io.github.xxgk.table.GridSheet;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbookReaderTest {

    private static GridSheet read(XSSFWorkbook wb) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return SourceFiles.read(new WorkbookReader(), "t.xlsx", out.toByteArray()).sheets().get(0);
    }

    @Test
    void reader_should_type_every_kind_of_cell() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("表三");
            XSSFRow r = s.createRow(0);
            r.createCell(0).setCellValue(14);
            r.createCell(1).setCellValue("14");
            r.createCell(2).setCellValue(" 14 ");
            r.createCell(3).setCellValue("１４");
            r.createCell(4).setCellValue("1,234");
            r.createCell(5).setCellValue("\u00a014\u00a0");
            r.createCell(6).setCellValue(14789.29);
            r.createCell(7).setCellValue(0);
            r.createCell(8).setCellValue("/");
            r.createCell(9); // blank
            r.createCell(10).setCellValue("[bookmark: _GoBack]0");
            r.createCell(11).setCellErrorValue(FormulaError.DIV0.getCode());
            r.createCell(12).setCellValue(true);
            r.createCell(13).setCellFormula("A1+1");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(r.getCell(13));
            r.createCell(14).setCellFormula("A1*2"); // never evaluated: no cached value in the file
            r.createCell(15).setCellValue("   ");
            GridSheet g = read(wb);
            List<String> numbers = new ArrayList<>();
            for (int c = 0; c <= 7; c++) {
                CellValue v = g.cell(0, c).value();
                assertInstanceOf(CellValue.Number.class, v, "column " + c);
                numbers.add(((CellValue.Number) v).value().toPlainString());
            }
            assertEquals(List.of("14", "14", "14", "14", "1234", "14", "14789.29", "0"), numbers);
            assertTrue(((CellValue.Text) g.cell(0, 8).value()).placeholder());
            assertInstanceOf(CellValue.Blank.class, g.cell(0, 9).value());
            assertEquals(new CellValue.Text("[bookmark: _GoBack]0"), g.cell(0, 10).value());
            assertEquals(new CellValue.Error("#DIV/0!"), g.cell(0, 11).value());
            assertEquals(new CellValue.Text("TRUE"), g.cell(0, 12).value());
            assertEquals(new BigDecimal("15"), ((CellValue.Number) g.cell(0, 13).value()).value());
            assertEquals(new CellValue.Uncalculated("A1*2"), g.cell(0, 14).value());
            assertInstanceOf(CellValue.Blank.class, g.cell(0, 15).value());
        }
    }

    @Test
    void reader_should_resolve_merged_regions_to_their_origin() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("表三");
            s.createRow(0).createCell(0).setCellValue("三、本年度办理结果");
            s.addMergedRegion(new CellRangeAddress(0, 21, 0, 0));
            s.createRow(30).createCell(5).setCellValue(1);
            GridSheet g = read(wb);
            GridCell inside = g.cell(7, 0);
            assertEquals("三、本年度办理结果", inside.text());
            assertTrue(inside.mergeContinuation());
            assertEquals(g.cell(0, 0).ref(), inside.origin());
            assertTrue(!g.cell(0, 0).mergeContinuation());
            assertInstanceOf(CellValue.Blank.class, g.cell(500, 500).value(), "outside the sheet reads blank");
        }
    }

    @Test
    void reader_should_refuse_sheets_laid_out_over_the_cell_limit_and_cut_each_at_the_dimension_limits() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (int i = 0; i < 9; i++) { // 9 × 2000 × 120 cells: over the 2,000,000 a file's grid may have
                wb.createSheet("s" + i).createRow(1999).createCell(500).setCellValue(1);
                wb.getSheet("s" + i).createRow(5000).createCell(0).setCellValue(1);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            UnreadableException e = assertThrows(UnreadableException.class,
                    () -> SourceFiles.read(new WorkbookReader(), "t.xlsx", out.toByteArray()));
            assertEquals(UnreadableException.Reason.TOO_LARGE, e.reason());
            wb.removeSheetAt(8);
            for (int i = 1; i < 8; i++) {
                wb.removeSheetAt(1);
            }
            GridSheet g = read(wb);
            assertEquals(List.of(2000, 120), List.of(g.rows(), g.columns()));
        }
    }
}

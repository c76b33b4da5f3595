package io.github.xxgk.read.poi;

import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.fixtures.SourceFiles;
import io.github.xxgk.fixtures.XlsFixtures;
import io.github.xxgk.read.ActiveContent;
import io.github.xxgk.read.ActiveContent.Kind;
import io.github.xxgk.read.SourceFile;
import io.github.xxgk.table.Grid;
import org.apache.poi.hssf.usermodel.HSSFName;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.hssf.record.SupBookRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The .xls reader says what acts when the workbook is opened, from the records it has read: macro sheets, VBA
 * modules, names that run on opening, links to other workbooks, DDE and OLE links; and nothing for a plain workbook,
 * whoever wrote it (POI, LibreOffice Calc), add-in functions and Excel's names of newer functions included.
 */
class XlsActiveContentTest {

    private interface Edit {
        void apply(HSSFWorkbook wb) throws Exception;
    }

    /** Seed 002 as .xls (it has findings, so it would get an annotated copy), changed by {@code edit} through POI. */
    private static byte[] seed002(Edit edit) throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(SeedWorkbooks.seed002().toXls()))) {
            edit.apply(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Seed 002 with one more sheet 「Macro1」, A1 a formula, made the sheet type {@code type} with {@code visibility}. */
    static byte[] withSheetOfType(int type, int visibility, Edit more) throws Exception {
        byte[] xls = seed002(wb -> {
            HSSFSheet macro = wb.createSheet("Macro1");
            macro.createRow(0).createCell(0).setCellFormula("1+1");
            more.apply(wb);
        });
        return XlsFixtures.sheetType(xls, "Macro1", type, visibility);
    }

    /** What the reader says of the file, after reading its grid (which it still reads whole). */
    private static Set<Kind> kinds(byte[] xls) throws Exception {
        SourceFile file = SourceFiles.write("t.xls", xls);
        Grid grid = new WorkbookReader().read(file);
        assertTrue(grid.sheets().size() >= 3, "the tables are still read");
        assertNotNull(file.activeContent(), "the reader says what it saw");
        return file.activeContent();
    }

    @Test
    void plain_xls_written_by_poi_or_calc_should_have_no_active_content() throws Exception {
        Map<String, Set<Kind>> found = new LinkedHashMap<>();
        found.put("poi", kinds(SeedWorkbooks.seed002().toXls()));
        found.put("calc-plain", kinds(XlsFixtures.resource("xls-calc-plain.xls")));
        found.put("calc-functions", kinds(XlsFixtures.resource("xls-calc-functions.xls")));
        found.put("poi-add-in-function", kinds(seed002(wb -> wb.getSheetAt(0).getRow(0).createCell(40)
                .setCellFormula("EOMONTH(DATE(2022,1,31),1)"))));
        found.put("poi-names", kinds(seed002(wb -> {
            HSSFName name = wb.createName();
            name.setNameName("数据");
            name.setRefersToFormula("'" + wb.getSheetName(1) + "'!$A$1:$B$2");
            wb.setPrintArea(1, "$A$1:$C$10");
        })));
        Set<Kind> none = EnumSet.noneOf(Kind.class);
        assertEquals(Map.of("poi", none, "calc-plain", none, "calc-functions", none, "poi-add-in-function", none,
                "poi-names", none), found);
    }

    @Test
    void dde_written_by_calc_should_be_dde() throws Exception {
        assertEquals(EnumSet.of(Kind.DDE), kinds(XlsFixtures.resource("xls-calc-dde.xls")));
    }

    @Test
    void references_to_another_workbook_should_be_external_links() throws Exception {
        Map<String, Set<Kind>> found = new LinkedHashMap<>();
        found.put("calc", kinds(XlsFixtures.resource("xls-calc-external-link.xls")));
        try (HSSFWorkbook other = new HSSFWorkbook()) {
            other.createSheet("Sheet1").createRow(0).createCell(0).setCellValue(7);
            found.put("poi-cell", kinds(seed002(wb -> {
                wb.linkExternalWorkbook("other.xls", other);
                wb.getSheetAt(0).getRow(0).createCell(40).setCellFormula("[other.xls]Sheet1!A1");
            })));
            found.put("poi-name", kinds(seed002(wb -> {
                wb.linkExternalWorkbook("other.xls", other);
                HSSFName name = wb.createName();
                name.setNameName("上年");
                name.setRefersToFormula("[other.xls]Sheet1!$A$1");
            })));
        }
        Set<Kind> links = EnumSet.of(Kind.EXTERNAL_LINKS);
        assertEquals(Map.of("calc", links, "poi-cell", links, "poi-name", links), found);
    }

    @Test
    void macro_sheets_and_vba_modules_should_be_macros_hidden_or_not() throws Exception {
        Map<String, Set<Kind>> found = new LinkedHashMap<>();
        Edit nothing = wb -> { };
        found.put("macro-sheet", kinds(withSheetOfType(XlsFixtures.MACRO_SHEET, XlsFixtures.VISIBLE, nothing)));
        found.put("macro-sheet-hidden", kinds(withSheetOfType(XlsFixtures.MACRO_SHEET, XlsFixtures.HIDDEN, nothing)));
        found.put("macro-sheet-very-hidden", kinds(withSheetOfType(XlsFixtures.MACRO_SHEET, XlsFixtures.VERY_HIDDEN, nothing)));
        found.put("vba-module", kinds(withSheetOfType(XlsFixtures.VBA_MODULE, XlsFixtures.VERY_HIDDEN, nothing)));
        // the classic: a very hidden macro sheet run by Auto_Open
        found.put("auto-open", kinds(withSheetOfType(XlsFixtures.MACRO_SHEET, XlsFixtures.VERY_HIDDEN, wb -> {
            HSSFName name = wb.createName();
            name.setNameName("Auto_Open");
            name.setRefersToFormula("Macro1!$A$1");
        })));
        Set<Kind> macros = EnumSet.of(Kind.MACROS);
        assertEquals(Map.of("macro-sheet", macros, "macro-sheet-hidden", macros, "macro-sheet-very-hidden", macros,
                "vba-module", macros, "auto-open", macros), found);
    }

    @Test
    void names_that_run_a_macro_should_be_macros_but_excel_names_of_newer_functions_none() throws Exception {
        Map<String, Set<Kind>> found = new LinkedHashMap<>();
        for (String n : new String[] {"Auto_Open", "auto_close_1", "Auto_Activate"}) {
            found.put(n, kinds(seed002(wb -> {
                HSSFName name = wb.createName();
                name.setNameName(n);
                name.setRefersToFormula("'" + wb.getSheetName(1) + "'!$A$1");
            })));
        }
        found.put("function", kinds(seed002(wb -> {
            HSSFName name = wb.createName();
            name.setNameName("合计宏");
            name.setRefersToFormula("'" + wb.getSheetName(1) + "'!$A$1");
            name.setFunction(true);
        })));
        found.put("_xlfn.IFERROR", kinds(seed002(wb -> {
            HSSFName name = wb.createName();
            name.setNameName("_xlfn.IFERROR");
            name.setRefersToFormula("#NAME?");
            name.setFunction(true);
        })));
        Set<Kind> macros = EnumSet.of(Kind.MACROS);
        assertEquals(Map.of("Auto_Open", macros, "auto_close_1", macros, "Auto_Activate", macros, "function", macros,
                "_xlfn.IFERROR", EnumSet.noneOf(Kind.class)), found);
    }

    @Test
    void vba_project_should_be_macros_from_the_directory_the_reader_opened() throws Exception {
        byte[] xls = SeedWorkbooks.seed002().toXls();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(xls))) {
            fs.getRoot().createDirectory("_VBA_PROJECT_CUR").createDirectory("VBA")
                    .createDocument("dir", new ByteArrayInputStream(new byte[] {1, 2, 3}));
            fs.writeFilesystem(out);
        }
        assertEquals(EnumSet.of(Kind.MACROS), kinds(out.toByteArray()));
    }

    @Test
    void link_whose_path_cannot_be_decoded_should_be_a_link_and_dde_not_scanned_never_an_exception() {
        // a virtual path that ends at its volume marker: POI loads the file, and throws when asked for the path
        SupBookRecord book = new SupBookRecord("\u0001\u0001", new String[] {"Sheet1"});
        Set<Kind> found = EnumSet.noneOf(Kind.class);
        assertThrows(RuntimeException.class, book::getURL);
        assertThrows(RuntimeException.class, () -> XlsActiveContent.look(book, found));
        assertEquals(EnumSet.of(Kind.EXTERNAL_LINKS), found, "a link all the same");
        assertEquals(EnumSet.of(Kind.EXTERNAL_LINKS, Kind.NOT_SCANNED), XlsActiveContent.of(List.of(book)));
        // DDE found in another record is the stronger finding
        SupBookRecord dde = new SupBookRecord("cmd\u0003/C calc", new String[0]);
        assertEquals(EnumSet.of(Kind.EXTERNAL_LINKS, Kind.DDE), XlsActiveContent.of(List.of(book, dde)));
    }
}

package io.github.xxgk.report.xlsx;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The first sheet of an annotated workbook written with POI's usermodel (an .xls): the {@link FindingsTable}; prints
 * on A4 landscape, one page wide, the header row repeated on every page, gridlines printed.
 */
final class FindingsSheet {

    private FindingsSheet() {
    }

    static void add(Workbook wb, FindingsTable table) {
        Sheet sheet = wb.createSheet(table.sheetName());
        wb.setSheetOrder(sheet.getSheetName(), 0);
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        CellStyle header = style(wb, true);
        CellStyle body = style(wb, false);
        Row top = sheet.createRow(0);
        for (int c = 0; c < table.header().size(); c++) {
            Cell cell = top.createCell(c);
            cell.setCellValue(table.header().get(c));
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, FindingsTable.WIDTHS[c] * 256);
        }
        int r = 1;
        for (FindingsTable.Line line : table.lines()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < line.values().size(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(line.values().get(c));
                cell.setCellStyle(body);
            }
            row.setHeightInPoints(Math.min(409, line.height() * sheet.getDefaultRowHeightInPoints()));
            if (line.cellLink() != null) {
                row.getCell(1).setHyperlink(link(wb, HyperlinkType.DOCUMENT, line.cellLink()));
            }
            row.getCell(5).setHyperlink(link(wb, HyperlinkType.URL, line.ruleUrl()));
        }
        sheet.createFreezePane(0, 1);
        print(sheet, table);
    }

    private static void print(Sheet sheet, FindingsTable table) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.setPrintGridlines(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.getHeader().setLeft(table.pageHeader());
        sheet.getFooter().setCenter(table.pageFooter());
    }

    private static CellStyle style(Workbook wb, boolean bold) {
        CellStyle style = wb.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (bold) {
            Font font = wb.createFont();
            font.setBold(true);
            style.setFont(font);
        }
        return style;
    }

    private static Hyperlink link(Workbook wb, HyperlinkType type, String address) {
        Hyperlink link = wb.getCreationHelper().createHyperlink(type);
        link.setAddress(address);
        return link;
    }
}

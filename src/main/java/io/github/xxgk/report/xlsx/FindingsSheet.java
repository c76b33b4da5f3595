package io.github.xxgk.report.xlsx;

import io.github.xxgk.check.Finding;
import io.github.xxgk.report.Messages;
import io.github.xxgk.report.RuleDocs;
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
import org.apache.poi.ss.util.WorkbookUtil;

import java.util.List;

/**
 * The first sheet of an annotated workbook: one row per finding, its cell and rule as links, in the run's
 * language; prints on A4 landscape, one page wide, the header row repeated on every page, gridlines printed.
 */
final class FindingsSheet {

    private static final String[] COLUMNS = {"severity", "location", "item", "reported", "expected", "rule", "message"};
    /** Column widths in characters; together about one landscape page at a readable scale. */
    private static final int[] WIDTHS = {9, 11, 26, 18, 18, 20, 60};

    private FindingsSheet() {
    }

    static void add(Workbook wb, String file, List<Finding> findings, Messages m) {
        Sheet sheet = wb.createSheet(freeName(wb, WorkbookUtil.createSafeSheetName(m.text("ui.annotated.sheet"))));
        wb.setSheetOrder(sheet.getSheetName(), 0);
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        CellStyle header = style(wb, true);
        CellStyle body = style(wb, false);
        Row top = sheet.createRow(0);
        for (int c = 0; c < COLUMNS.length; c++) {
            Cell cell = top.createCell(c);
            cell.setCellValue(m.text("ui.col." + COLUMNS[c]));
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        int r = 1;
        for (Finding f : findings) {
            Row row = sheet.createRow(r++);
            String[] values = {m.severity(f.severity()), Messages.location(f), f.item(), f.reported(), f.expected(),
                    f.rule().id(), m.message(f)};
            int lines = 1;
            for (int c = 0; c < values.length; c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(values[c]);
                cell.setCellStyle(body);
                lines = Math.max(lines, lines(values[c], WIDTHS[c]));
            }
            row.setHeightInPoints(Math.min(409, lines * sheet.getDefaultRowHeightInPoints()));
            if (f.location() != null && f.location().line() == 0 && wb.getSheet(f.location().sheet()) != null) {
                row.getCell(1).setHyperlink(link(wb, HyperlinkType.DOCUMENT, "'" + f.location().sheet().replace("'", "''")
                        + "'!" + Messages.location(f).substring(f.location().sheet().length() + 1)));
            }
            row.getCell(5).setHyperlink(link(wb, HyperlinkType.URL, RuleDocs.url(f.rule())));
        }
        sheet.createFreezePane(0, 1);
        print(sheet, file, m);
    }

    private static void print(Sheet sheet, String file, Messages m) {
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
        sheet.getHeader().setLeft(file.replace("&", "&&"));
        sheet.getFooter().setCenter(m.text("ui.annotated.footer"));
    }

    /**
     * How many lines a wrapped text takes in a column of {@code width} characters: spreadsheets do not grow a row
     * for wrapped text by themselves (LibreOffice keeps the default height), so the sheet sets it. A CJK character
     * is about two characters wide.
     */
    static int lines(String text, int width) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            int units = line.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
            lines += Math.max(1, (units + width - 2) / (width - 1));
        }
        return lines;
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

    /** The name, or the name with a number where the workbook already has a sheet of that name. */
    private static String freeName(Workbook wb, String name) {
        String free = name;
        for (int i = 2; wb.getSheet(free) != null; i++) {
            free = name + i;
        }
        return free;
    }
}

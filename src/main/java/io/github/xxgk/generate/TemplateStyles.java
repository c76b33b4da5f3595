package io.github.xxgk.generate;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the template: title, header (locked), label (locked), input (unlocked), check. */
final class TemplateStyles {

    static final String FONT = "宋体";

    final CellStyle title;
    final CellStyle header;
    final CellStyle label;
    final CellStyle count;
    final CellStyle amount;
    final CellStyle text;
    final CellStyle check;
    final CellStyle note;
    /** An input cell pre-filled from last year's report: light blue, still unlocked. */
    final CellStyle prefilled;

    TemplateStyles(Workbook wb) {
        Font titleFont = font(wb, 14, true);
        Font bold = font(wb, 10, true);
        Font plain = font(wb, 10, false);
        title = style(wb, titleFont, HorizontalAlignment.CENTER, false, false);
        header = style(wb, bold, HorizontalAlignment.CENTER, true, true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label = style(wb, plain, HorizontalAlignment.LEFT, true, true);
        count = input(wb, plain, "0");
        amount = input(wb, plain, "0.00##");
        text = input(wb, plain, "@");
        text.setAlignment(HorizontalAlignment.LEFT);
        check = style(wb, plain, HorizontalAlignment.CENTER, true, true);
        note = style(wb, plain, HorizontalAlignment.LEFT, true, false);
        prefilled = input(wb, plain, "0");
        prefilled.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
    }

    private static CellStyle input(Workbook wb, Font font, String format) {
        CellStyle s = style(wb, font, HorizontalAlignment.RIGHT, true, true);
        s.setLocked(false);
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        s.setFillForegroundColor(IndexedColors.WHITE.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }

    private static Font font(Workbook wb, int points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    private static CellStyle style(Workbook wb, Font font, HorizontalAlignment align, boolean wrap, boolean border) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(wrap);
        s.setLocked(true);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}

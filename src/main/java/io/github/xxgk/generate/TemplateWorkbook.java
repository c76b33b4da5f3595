package io.github.xxgk.generate;

import io.github.xxgk.identity.ReportTitle;
import io.github.xxgk.template.ColumnSpec;
import io.github.xxgk.template.Equation;
import io.github.xxgk.template.EquationModel;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.Group;
import io.github.xxgk.template.Relation;
import io.github.xxgk.template.RowSpec;
import io.github.xxgk.template.SectionSpec;
import io.github.xxgk.template.TableTemplate;
import io.github.xxgk.template.ValueKind;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard blank workbook agencies fill in, generated from the format definition (no label list of its own):
 * a cover sheet, then tables 二, 三 and 四 laid out as printed in the format, label cells locked, input cells
 * unlocked with data validation, every relation shown beside its table as a live check that turns red, one A4
 * landscape page per table.
 */
public final class TemplateWorkbook {

    /** The cover sheet: the checker reads agency and year from here when present. */
    public static final String COVER = "封面";
    static final String FORMAT_FIELD = "格式版本";

    static final String OK = "✓ 相符";
    static final String PENDING = "待填";
    static final String WRONG = "✗";

    private final FormatDefinition format;
    private final EquationModel equations;
    private XSSFWorkbook wb;
    private TemplateStyles styles;
    /** Where each template cell (table:row|column) sits: sheet name and A1 address. */
    private final Map<String, CellReference> cells = new HashMap<>();
    private Prefill prefill;

    public TemplateWorkbook(FormatDefinition format) {
        this.format = format;
        this.equations = EquationModel.of(format);
    }

    /** The template with the cover and 二、上年结转 filled from last year's report (marked, still editable). */
    public TemplateWorkbook prefilled(Prefill values) {
        this.prefill = values;
        return this;
    }

    /** The name the workbook is distributed under: 「年度报告统计表-2021.xlsx」 for gov-2021. */
    public static String fileName(FormatDefinition format) {
        return "年度报告统计表-" + format.id().replaceFirst("^gov-", "") + ".xlsx";
    }

    public byte[] toBytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            wb = workbook;
            styles = new TemplateStyles(wb);
            cover();
            for (TableTemplate t : format.tables()) {
                XSSFSheet sheet = wb.createSheet(t.sheetHint());
                finish(sheet, switch (t.layout()) {
                    case BLOCKS -> blocks(sheet, t);
                    case HEADED, SINGLE_ROW -> headed(sheet, t);
                });
            }
            wb.setForceFormulaRecalculation(true);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // cached values for readers without a calc engine
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- cover ----

    private void cover() {
        XSSFSheet sheet = wb.createSheet(COVER);
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        put(sheet, 0, 0, "政府信息公开工作年度报告统计表", styles.title);
        merge(sheet, 0, 0, 0, 1);
        int r = 2;
        List<String> fields = new ArrayList<>(format.cover().stream().map(Group::label).toList());
        fields.add(FORMAT_FIELD);
        for (String field : fields) {
            put(sheet, r, 0, field, styles.header);
            Cell value = cell(sheet, r, 1);
            if (field.equals(FORMAT_FIELD)) {
                value.setCellValue(format.name() + "（" + format.source() + "，" + format.id() + "）");
                value.setCellStyle(styles.label);
            } else {
                value.setCellStyle(styles.text);
                if (prefill != null && field.equals(format.coverLabel("agency"))) {
                    value.setCellValue(prefill.agency());
                } else if (prefill != null && field.equals(format.coverLabel("year"))) {
                    value.setCellValue(prefill.year());
                    value.setCellStyle(styles.count);
                }
            }
            sheet.getRow(r).setHeightInPoints(22);
            r++;
        }
        DataValidationHelper dv = sheet.getDataValidationHelper();
        DataValidation year = dv.createValidation(dv.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "2019", Integer.toString(ReportTitle.LAST_YEAR)), new CellRangeAddressList(2 + yearField(), 2 + yearField(), 1, 1));
        explain(year, format.coverLabel("year"), "填写报告所属年度，如 2024（四位数字）。", "报告年度应为四位数字的年份，如 2024。");
        sheet.addValidationData(year);
        String[] help = {
                "填写说明：",
                "1. 只在白色单元格内填写，其余单元格已锁定。数字单元格只接受大于或等于0的数；件数为整数，金额以万元为单位。",
                "2. 没有发生的项目填 0，不要留空，也不要填“/”“-”“无”：空白不等于0，核对时无法计算。",
                "3. “总计”各单元格由本机关按实际填写；表格右侧和下方的“核对”单元格自动核算，出现红色“✗”时表示总计与各项之和不符。",
                "4. 请勿增删行列、修改项目名称或合并单元格；报送前请确认所有核对单元格均显示“✓ 相符”。"};
        r += 1;
        for (String line : help) {
            put(sheet, r, 0, line, styles.note);
            merge(sheet, r, r, 0, 1);
            sheet.getRow(r).setHeightInPoints(line.length() > 40 ? 30 : 16);
            r++;
        }
        printSetup(sheet, r - 1, 1);
        sheet.enableLocking();
    }

    /** The row of the cover field {@code year} among the fields. */
    private int yearField() {
        return Math.max(0, format.cover().stream().map(Group::id).toList().indexOf("year"));
    }

    // ---- table 二: blocks ----

    /** The last row and column a table's page shows. */
    private record Extent(int lastRow, int lastCol) {
    }

    private Extent blocks(XSSFSheet sheet, TableTemplate t) {
        int w = t.blockWidth();
        sheet.setColumnWidth(0, 22 * 256);
        for (int c = 1; c <= w; c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
        int r = title(sheet, t, w);
        for (SectionSpec s : t.sections()) {
            put(sheet, r, 0, s.title(), styles.header);
            merge(sheet, r, r, 0, w);
            r++;
            put(sheet, r, 0, s.headerLabel(), styles.header);
            int width = w / s.columns().size();
            for (int i = 0; i < s.columns().size(); i++) {
                put(sheet, r, 1 + i * width, s.columns().get(i).label(), styles.header);
                merge(sheet, r, r, 1 + i * width, i == s.columns().size() - 1 ? w : i * width + width);
            }
            sheet.getRow(r).setHeightInPoints(30);
            r++;
            for (RowSpec row : s.rows()) {
                put(sheet, r, 0, row.printed(), styles.label);
                for (int i = 0; i < s.columns().size(); i++) {
                    int c0 = 1 + i * width;
                    int c1 = i == s.columns().size() - 1 ? w : i * width + width;
                    input(sheet, t, row.id(), s.columns().get(i), r, c0);
                    for (int c = c0 + 1; c <= c1; c++) {
                        cell(sheet, r, c).setCellStyle(styles.label);
                    }
                    merge(sheet, r, r, c0, c1);
                }
                sheet.getRow(r).setHeightInPoints(20);
                r++;
            }
        }
        return new Extent(r - 1, w);
    }

    // ---- tables 三 and 四: one header over all columns ----

    private Extent headed(XSSFSheet sheet, TableTemplate t) {
        SectionSpec s = t.grid();
        List<ColumnSpec> columns = s.columns();
        boolean labelled = t.layout() == TableTemplate.Layout.HEADED;
        int labelCols = labelled ? 1 + maxRowDepth(s) : 0;
        int depth = t.headerDepth();
        int d0 = labelCols;
        int r = title(sheet, t, d0 + columns.size() - 1);
        int top = r;
        if (labelled) {
            String note = t.notes().isEmpty() ? "" : t.notes().get(0).label();
            for (int rr = top; rr < top + depth; rr++) {
                for (int c = 0; c < labelCols; c++) {
                    cell(sheet, rr, c).setCellStyle(styles.header);
                }
            }
            put(sheet, top, 0, note, styles.header);
            merge(sheet, top, top + depth - 1, 0, labelCols - 1);
        }
        header(sheet, t, columns, top, depth, d0);
        r = top + depth;
        int first = r;
        Map<String, int[]> groupSpan = new HashMap<>(); // group id → first row, last row, level
        for (RowSpec row : s.rows()) {
            if (labelled) {
                rowLabel(sheet, t, row, r, labelCols, groupSpan);
            }
            for (int i = 0; i < columns.size(); i++) {
                input(sheet, t, row.id(), columns.get(i), r, d0 + i);
            }
            sheet.getRow(r).setHeightInPoints(labelled && row.printed().length() > 24 ? 30 : 20);
            r++;
        }
        for (Group g : t.rowGroups()) {
            int[] span = groupSpan.get(g.id());
            if (span != null) {
                put(sheet, span[0], span[2], g.printed(), styles.label);
                merge(sheet, span[0], span[1], span[2], span[2]);
            }
        }
        sheet.setColumnWidth(0, (labelled ? 6 : 10) * 256);
        if (labelled) {
            sheet.setColumnWidth(1, 12 * 256);
            sheet.setColumnWidth(2, 40 * 256);
        }
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(d0 + i, (labelled ? 10 : 8) * 256);
        }
        return checks(sheet, t, first, r - 1, d0 + columns.size());
    }

    private static int maxRowDepth(SectionSpec s) {
        return s.rows().stream().mapToInt(r -> r.groups().size()).max().orElse(0);
    }

    private void header(XSSFSheet sheet, TableTemplate t, List<ColumnSpec> columns, int top, int depth, int d0) {
        for (int rr = top; rr < top + depth; rr++) {
            for (int i = 0; i < columns.size(); i++) {
                cell(sheet, rr, d0 + i).setCellStyle(styles.header);
            }
            sheet.getRow(rr).setHeightInPoints(rr == top + depth - 1 ? 30 : 18);
        }
        // group headers: a run of adjacent columns sharing the group at that level is one merged cell
        for (int level = 0; level < depth - 1; level++) {
            int i = 0;
            while (i < columns.size()) {
                String g = level < columns.get(i).groups().size() ? columns.get(i).groups().get(level) : null;
                int j = i;
                while (g != null && j + 1 < columns.size() && level < columns.get(j + 1).groups().size()
                        && columns.get(j + 1).groups().get(level).equals(g)) {
                    j++;
                }
                if (g != null) {
                    put(sheet, top + level, d0 + i, t.columnGroup(g).map(Group::label).orElse(g), styles.header);
                    merge(sheet, top + level, top + level, d0 + i, d0 + j);
                }
                i = j + 1;
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            int level = columns.get(i).groups().size();
            put(sheet, top + level, d0 + i, columns.get(i).label(), styles.header);
            merge(sheet, top + level, top + depth - 1, d0 + i, d0 + i);
        }
    }

    private void rowLabel(XSSFSheet sheet, TableTemplate t, RowSpec row, int r, int labelCols, Map<String, int[]> spans) {
        for (int c = 0; c < labelCols; c++) {
            cell(sheet, r, c).setCellStyle(styles.label);
        }
        int depth = row.groups().size();
        for (int level = 0; level < depth; level++) {
            int lvl = level;
            int[] span = spans.computeIfAbsent(row.groups().get(level), k -> new int[] {r, r, lvl});
            span[1] = r;
        }
        put(sheet, r, depth, row.printed(), styles.label);
        merge(sheet, r, r, depth, labelCols - 1);
    }

    // ---- live checks, one per relation instance ----

    private Extent checks(XSSFSheet sheet, TableTemplate t, int firstRow, int lastRow, int rightCol) {
        int r = lastRow + 1;
        int extraCol = rightCol;
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        List<CellRangeAddress> checkCells = new ArrayList<>();
        SectionSpec s = t.grid();
        List<String> singleRowWordings = new ArrayList<>();
        for (Relation rel : format.relations()) {
            if (!rel.table().equals(t.id())) {
                continue;
            }
            if (rel.each() == Relation.Each.COLUMN) {
                put(sheet, r, 0, "核对：" + rel.wording(), styles.check);
                merge(sheet, r, r, 0, Math.max(0, columnOf(t, rel, s.columns().get(0).id()) - 1));
                for (ColumnSpec c : s.columns()) {
                    int col = columnOf(t, rel, c.id());
                    checkCell(sheet, t, rel, c.id(), r, col);
                    checkCells.add(new CellRangeAddress(r, r, col, col));
                }
                sheet.getRow(r).setHeightInPoints(30);
                r++;
            } else if (t.layout() == TableTemplate.Layout.SINGLE_ROW) {
                String rowId = s.rows().get(0).id();
                int col = cells.get(key(t, rowId, rel.target())).getCol();
                checkCell(sheet, t, rel, rowId, r, col);
                checkCells.add(new CellRangeAddress(r, r, col, col));
                sheet.getRow(r).setHeightInPoints(30);
                singleRowWordings.add(rel.wording());
            } else {
                int headerTop = firstRow - t.headerDepth();
                for (int hr = headerTop; hr < firstRow; hr++) {
                    cell(sheet, hr, extraCol).setCellStyle(styles.header);
                }
                put(sheet, headerTop, extraCol, "核对：" + rel.wording(), styles.header);
                merge(sheet, headerTop, firstRow - 1, extraCol, extraCol);
                sheet.setColumnWidth(extraCol, 18 * 256);
                for (RowSpec row : s.rows()) {
                    int rr = cells.get(key(t, row.id(), rel.target())).getRow();
                    checkCell(sheet, t, rel, row.id(), rr, extraCol);
                    checkCells.add(new CellRangeAddress(rr, rr, extraCol, extraCol));
                }
                extraCol++;
            }
        }
        if (!singleRowWordings.isEmpty()) {
            r++;
            put(sheet, r, 0, "核对（上方单元格）：" + String.join("；", singleRowWordings) + "。显示“" + WRONG + "”时总计与各项之和不符。",
                    styles.note);
            merge(sheet, r, r, 0, rightCol - 1);
            sheet.getRow(r).setHeightInPoints(30);
            r++;
        }
        // one rule per cell keeps the relative reference simple for every spreadsheet program
        for (CellRangeAddress range : checkCells) {
            String ref = new CellReference(range.getFirstRow(), range.getFirstColumn(), false, false).formatAsString();
            ConditionalFormattingRule rule = cf.createConditionalFormattingRule("LEFT(" + ref + ",1)=\"" + WRONG + "\"");
            PatternFormatting fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
            fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
            FontFormatting font = rule.createFontFormatting();
            font.setFontColorIndex(IndexedColors.RED.getIndex());
            font.setFontStyle(false, true);
            cf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
        }
        return new Extent(Math.max(r - 1, lastRow), Math.max(extraCol, rightCol) - 1);
    }

    private int columnOf(TableTemplate t, Relation rel, String columnId) {
        return cells.get(key(t, t.grid().rows().get(0).id(), columnId)).getCol();
    }

    /**
     * =IF(COUNT(all)&lt;n,"待填",IF(SUM(+)=SUM(−),"✓ 相符","✗ 不相符，差 "&amp;ABS(SUM(+)−SUM(−)))), from the equation
     * model: blank operands are "not filled in", never 0, as in the checker; a formula cannot know which cell is
     * wrong, so it says by how much the relation fails, never what a cell should be.
     */
    private void checkCell(XSSFSheet sheet, TableTemplate t, Relation rel, String scope, int r, int c) {
        Equation e = equations.instance(rel, scope).orElseThrow();
        List<String> plus = e.operands().stream().filter(o -> o.weight() > 0).map(o -> a1(key(t, o.rowId(), o.columnId()))).toList();
        List<String> minus = e.operands().stream().filter(o -> o.weight() < 0).map(o -> a1(key(t, o.rowId(), o.columnId()))).toList();
        List<String> all = new ArrayList<>(plus);
        all.addAll(minus);
        String l = "SUM(" + String.join(",", plus) + ")";
        String rr = "SUM(" + String.join(",", minus) + ")";
        String formula = "IF(COUNT(" + String.join(",", all) + ")<" + all.size() + ",\"" + PENDING + "\",IF(" + l + "=" + rr
                + ",\"" + OK + "\",\"" + WRONG + " 不相符，差 \"&ABS(" + l + "-" + rr + ")))";
        Cell cell = cell(sheet, r, c);
        cell.setCellFormula(formula);
        cell.setCellStyle(styles.check);
    }

    private String a1(String key) {
        CellReference ref = cells.get(key);
        return new CellReference(ref.getRow(), ref.getCol(), false, false).formatAsString();
    }

    private static String key(TableTemplate t, String rowId, String columnId) {
        return Prefill.key(t.id(), rowId, columnId);
    }

    // ---- cells ----

    private void input(XSSFSheet sheet, TableTemplate t, String rowId, ColumnSpec column, int r, int c) {
        Cell cell = cell(sheet, r, c);
        cell.setCellStyle(column.kind() == ValueKind.AMOUNT ? styles.amount : styles.count);
        cells.put(key(t, rowId, column.id()), new CellReference(sheet.getSheetName(), r, c, false, false));
        java.math.BigDecimal pre = prefill == null ? null : prefill.values().get(key(t, rowId, column.id()));
        if (pre != null) {
            cell.setCellValue(pre.doubleValue());
            cell.setCellStyle(styles.prefilled);
            comment(sheet, cell, "预填：取自上年报告（" + prefill.source() + "）「"
                    + prefill.from().get(key(t, rowId, column.id())) + "」。数字有变化（如统计范围调整）时可以修改。");
        }
        DataValidationHelper dv = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = switch (column.kind()) {
            case AMOUNT -> dv.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
            case CHANGE -> dv.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "-999999999", "999999999");
            case COUNT -> dv.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
        };
        DataValidation v = dv.createValidation(constraint, new CellRangeAddressList(r, r, c, c));
        if (column.kind() == ValueKind.AMOUNT) {
            explain(v, "金额（万元）", "填写大于或等于0的金额，单位万元，最多" + format.amountScale() + "位小数；没有请填0。",
                    "请填写大于或等于0的数字（万元）。");
        } else if (column.kind() == ValueKind.CHANGE) {
            explain(v, "增减数", "填写整数，减少用负数表示，如 -8；没有变化请填0。", "请填写整数（减少用负数）。");
        } else {
            explain(v, "件数", "填写大于或等于0的整数；没有请填0，不要留空。", "请填写大于或等于0的整数。");
        }
        sheet.addValidationData(v);
    }

    private void comment(XSSFSheet sheet, Cell cell, String text) {
        var drawing = sheet.createDrawingPatriarch();
        var anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 3);
        var comment = drawing.createCellComment(anchor);
        comment.setString(wb.getCreationHelper().createRichTextString(text));
        comment.setAuthor("xxgk");
        cell.setCellComment(comment);
    }

    private static void explain(DataValidation v, String title, String prompt, String error) {
        v.setShowPromptBox(true);
        v.createPromptBox(title, prompt);
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("填写有误", error);
        v.setEmptyCellAllowed(true);
    }

    private int title(XSSFSheet sheet, TableTemplate t, int lastCol) {
        put(sheet, 0, 0, t.number() + "、" + t.title(), styles.title);
        merge(sheet, 0, 0, 0, lastCol);
        sheet.getRow(0).setHeightInPoints(24);
        return 2;
    }

    private void finish(XSSFSheet sheet, Extent extent) {
        printSetup(sheet, extent.lastRow(), extent.lastCol());
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    private void printSetup(XSSFSheet sheet, int lastRow, int lastCol) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 1);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, lastCol, 0, lastRow);
    }

    private static void put(Sheet sheet, int r, int c, String text, CellStyle style) {
        Cell cell = cell(sheet, r, c);
        if (!text.isEmpty()) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    private static void merge(Sheet sheet, int r0, int r1, int c0, int c1) {
        if (r1 > r0 || c1 > c0) {
            sheet.addMergedRegion(new CellRangeAddress(r0, r1, c0, c1));
        }
    }
}

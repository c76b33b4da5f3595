package io.github.xxgk.report.xlsx;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Rule;
import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.FileResult;
import io.github.xxgk.read.Digest;
import io.github.xxgk.report.Messages;
import io.github.xxgk.report.ReportContext;
import io.github.xxgk.report.ReportWriter;
import io.github.xxgk.table.CellRef;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * annotated/&lt;same path&gt;: a copy of every input workbook with findings, for the clerk to send back to the
 * agency. Each cell with a finding is filled red (errors) or amber (warnings) and carries a comment with the
 * expected value and the rule; a first sheet (「核对结果」, in English 「Check results」) lists the findings with links
 * to their cells and rules, set up to print on A4 landscape, one page wide. The input file is only read.
 */
public final class AnnotatedWorkbookWriter implements ReportWriter {

    /** Rules whose content must never reach the clerk who opens the copy: no copy is made of such a workbook. */
    private static final Set<Rule> ACTIVE = EnumSet.of(Rule.WORKBOOK_MACROS, Rule.WORKBOOK_EXTERNAL_LINKS, Rule.WORKBOOK_DDE);

    /**
     * The input could not be copied as it was checked (it changed since, or cannot be opened again): not a failed
     * build, but an {@code annotated-copy-not-made} warning on the file.
     */
    public static final class NotCopied extends IOException {
        public NotCopied(String detail, Throwable cause) {
            super(detail, cause);
        }
    }

    /**
     * Written as soon as the file is checked: nothing of it is held for the end of the run. The copy is made of the
     * bytes that were checked (their SHA-256 is compared); a workbook with macros, external links or DDE gets none.
     */
    @Override
    public void file(int index, FileResult f, ReportContext context, Path directory) throws IOException {
        if (f.report() == null || f.findings().isEmpty() || !f.file().matches("(?i).*\\.(xlsx|xlsm|xls)$")
                || f.findings().stream().anyMatch(x -> ACTIVE.contains(x.rule()))) {
            return;
        }
        Workbook wb;
        try {
            byte[] input = Files.readAllBytes(context.reportsDirectory().resolve(f.file()));
            if (f.report().sourceSha256() != null && !f.report().sourceSha256().equals(Digest.sha256(input))) {
                throw new NotCopied("changed since it was checked", null);
            }
            wb = WorkbookFactory.create(new ByteArrayInputStream(input));
        } catch (NotCopied e) {
            throw e;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            throw new NotCopied("cannot be opened again", e);
        }
        Path out = directory.resolve(f.file());
        Files.createDirectories(out.getParent());
        try (wb; OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out))) {
            annotate(wb, f.findings(), context.messages());
            FindingsSheet.add(wb, f.file(), f.findings(), context.messages());
            wb.write(stream);
        }
    }

    @Override
    public void write(CheckResult result, ReportContext context, Path directory) {
        // every copy is written in file(), while its file is checked
    }

    private static void annotate(Workbook wb, List<Finding> findings, Messages m) {
        CreationHelper helper = wb.getCreationHelper();
        Map<String, CellStyle> styles = new HashMap<>();
        Map<CellRef, StringBuilder> notes = new LinkedHashMap<>();
        Map<CellRef, Severity> worst = new HashMap<>();
        for (Finding f : findings) {
            if (f.location() == null) {
                continue;
            }
            notes.computeIfAbsent(f.location(), k -> new StringBuilder()).append(notes.get(f.location()).length() > 0 ? "\n" : "")
                    .append(m.text("ui.annotated.note", Map.of("severity", m.severity(f.severity()),
                            "message", m.message(f), "rule", f.rule().id())));
            Severity fill = fill(f);
            if (fill != null) {
                worst.merge(f.location(), fill, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            }
        }
        Map<String, Drawing<?>> drawings = new HashMap<>();
        notes.forEach((ref, text) -> {
            Sheet sheet = wb.getSheet(ref.sheet());
            if (sheet == null) {
                return;
            }
            Cell cell = cell(sheet, ref.row(), ref.col());
            Severity s = worst.get(ref);
            if (s != null) {
                cell.setCellStyle(styles.computeIfAbsent(cell.getCellStyle().getIndex() + ":" + s, k -> {
                    CellStyle style = wb.createCellStyle();
                    style.cloneStyleFrom(cell.getCellStyle());
                    style.setFillForegroundColor(s == Severity.ERROR ? IndexedColors.ROSE.getIndex()
                            : IndexedColors.LIGHT_ORANGE.getIndex());
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    return style;
                }));
            }
            Drawing<?> drawing = drawings.computeIfAbsent(sheet.getSheetName(), k -> sheet.createDrawingPatriarch());
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(ref.col() + 1);
            anchor.setCol2(ref.col() + 6);
            anchor.setRow1(ref.row());
            anchor.setRow2(ref.row() + 6);
            cell.removeCellComment();
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(helper.createRichTextString(text.toString()));
            comment.setAuthor("xxgk");
            cell.setCellComment(comment);
        });
    }

    /**
     * The fill a finding asks for: red for a cell to change (a suggested correction, any other error), amber for a
     * candidate or a warning; none for the total of a failing relation, which need not be the cell to change (its
     * comment says why the relation fails).
     */
    private static Severity fill(Finding f) {
        if (f.rule() == Rule.SUGGESTED_CORRECTION) {
            return Severity.ERROR;
        }
        if (f.rule() == Rule.CORRECTION_CANDIDATE) {
            return Severity.WARNING;
        }
        if (f.relationId() != null) {
            return null;
        }
        return f.severity() == Severity.ERROR ? Severity.ERROR : Severity.WARNING;
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }
}

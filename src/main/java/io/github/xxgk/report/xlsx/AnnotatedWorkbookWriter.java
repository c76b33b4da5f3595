package io.github.xxgk.report.xlsx;

import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Severity;
import io.github.xxgk.core.CheckResult;
import io.github.xxgk.core.FileResult;
import io.github.xxgk.read.Digest;
import io.github.xxgk.report.Messages;
import io.github.xxgk.report.ReportContext;
import io.github.xxgk.report.ReportWriter;
import io.github.xxgk.sandbox.Detail;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * annotated/&lt;same path&gt;: a copy of every input workbook with findings, for the clerk to send back to the
 * agency. Each cell with a finding is filled red (errors) or amber (warnings) and carries a comment with the
 * expected value and the rule; a first sheet (「核对结果」, in English 「Check results」) lists the findings with links
 * to their cells and rules, set up to print on A4 landscape, one page wide. The input file is only read. An .xlsx
 * is changed in its package ({@link AnnotatedPackage}: the parts not marked are copied as they are); an .xls, and
 * an .xlsx the package writer leaves alone, go through POI's usermodel.
 */
public final class AnnotatedWorkbookWriter implements ReportWriter {

    /** The files a copy is made of. */
    private static final Pattern WORKBOOK = Pattern.compile("(?i).*\\.(xlsx|xlsm|xls)$");

    /**
     * The input could not be copied as it was checked (it changed since, or cannot be opened again): not a failed
     * build, but an {@code annotated-copy-not-made} warning on the file.
     */
    public static final class NotCopied extends IOException {
        private final Detail detail;

        public NotCopied(Detail detail, Throwable cause) {
            super(detail.english(), cause);
            this.detail = detail;
        }

        /** Why, for the finding: in the report's language. */
        public Detail detail() {
            return detail;
        }
    }

    /**
     * Written as soon as the file is checked: nothing of it is held for the end of the run. The copy is made of the
     * bytes that were checked: those the file's check read and held, or, for a workbook too large to hold, the file
     * read again if its SHA-256 is still the one taken before it was checked. A workbook with macros, external links
     * or DDE gets none.
     */
    @Override
    public void file(int index, FileResult f, ReportContext context, Path directory) throws IOException {
        if (!f.getsCopy() || !WORKBOOK.matcher(f.file()).matches()) {
            return;
        }
        byte[] input = f.report().sourceBytes();
        if (input == null) {
            input = again(context.reportsDirectory().resolve(f.file()), f.report().sourceSha256());
        }
        Path out = directory.resolve(f.file());
        Files.createDirectories(out.getParent());
        copy(input, out, f.file(), f.findings(), context.messages());
    }

    /** The file read again, if it is still what was checked (its SHA-256, where one was taken). */
    private static byte[] again(Path file, String sha256) throws NotCopied {
        byte[] input;
        try {
            input = Files.readAllBytes(file);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            throw new NotCopied(Detail.of("copy.notOpened", "cannot be opened again"), e);
        }
        if (sha256 != null && !sha256.equals(Digest.sha256(input))) {
            throw new NotCopied(Detail.of("copy.changed", "changed since it was checked"), null);
        }
        return input;
    }

    @Override
    public void write(CheckResult result, ReportContext context, Path directory) {
        // every copy is written in file(), while its file is checked
    }

    /** The annotated copy of {@code input} at {@code out}: in the package where it can be, else with the usermodel. */
    static void copy(byte[] input, Path out, String file, List<Finding> findings, Messages m) throws IOException {
        if (!file.toLowerCase(Locale.ROOT).endsWith(".xls")) {
            try {
                AnnotatedPackage.write(input, out, file, findings, m);
                return;
            } catch (Unsupported e) {
                // written with the usermodel below
            } catch (IOException | RuntimeException e) {
                throw new NotCopied(Detail.of("copy.notOpened", "cannot be opened again"), e);
            }
        }
        usermodel(input, out, file, findings, m);
    }

    static void usermodel(byte[] input, Path out, String file, List<Finding> findings, Messages m) throws IOException {
        Workbook opened;
        try {
            opened = WorkbookFactory.create(new ByteArrayInputStream(input));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            throw new NotCopied(Detail.of("copy.notOpened", "cannot be opened again"), e);
        }
        try (Workbook wb = opened; OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out))) {
            List<String> texts = findings.stream().map(m::message).toList();
            annotate(wb, Annotations.of(findings, texts, m));
            FindingsSheet.add(wb, FindingsTable.of(file, findings, texts, m, n -> wb.getSheet(n) != null));
            wb.write(stream);
        }
    }

    private static void annotate(Workbook wb, Annotations marks) {
        CreationHelper helper = wb.getCreationHelper();
        Map<String, CellStyle> styles = new HashMap<>();
        Map<String, Drawing<?>> drawings = new HashMap<>();
        marks.notes().forEach((ref, text) -> {
            Sheet sheet = wb.getSheet(ref.sheet());
            if (sheet == null) {
                return;
            }
            Cell cell = cell(sheet, ref.row(), ref.col());
            Severity s = marks.fills().get(ref);
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
            comment.setString(helper.createRichTextString(text));
            comment.setAuthor(NotesParts.AUTHOR);
            cell.setCellComment(comment);
        });
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }
}

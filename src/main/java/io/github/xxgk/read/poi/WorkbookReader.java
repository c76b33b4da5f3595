package io.github.xxgk.read.poi;

import io.github.xxgk.read.ActiveContent.Kind;
import io.github.xxgk.read.CellText;
import io.github.xxgk.read.Numbers;
import io.github.xxgk.read.Container;
import io.github.xxgk.read.GridBudget;
import io.github.xxgk.read.ReadLimits;
import io.github.xxgk.read.SheetGridBuilder;
import io.github.xxgk.read.SourceFile;
import io.github.xxgk.read.SourceReader;
import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.read.UnreadableException.Reason;
import io.github.xxgk.read.ZipParts;
import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.table.Grid;
import io.github.xxgk.table.GridSheet;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static io.github.xxgk.read.SheetGridBuilder.MAX_ROWS;
import static io.github.xxgk.read.SheetGridBuilder.MAX_SHEETS;

/**
 * Reads workbooks with POI's usermodel into a {@link Grid}: every cell type, merges resolved. It takes any file the
 * readers before it left: legacy .xls and encrypted packages (OLE2), zip packages where no streaming reader is asked
 * first, and files that are no workbook at all, which it names.
 */
public final class WorkbookReader implements SourceReader {

    @Override
    public boolean accepts(SourceFile file) {
        return true;
    }

    @Override
    public Grid read(SourceFile file) throws UnreadableException {
        Container container = Containers.of(file);
        try {
            if (container == Container.ZIP) {
                try (ZipParts parts = ZipParts.open(file)) {
                    parts.checkDeclared(PoiPackages::parsed, ReadLimits.current().treePartBytes());
                    parts.rejectDoctype();
                }
                try (Workbook workbook = WorkbookFactory.create(file.path().toFile(), null, true)) {
                    return grid(workbook);
                }
            }
            try (POIFSFileSystem fs = new POIFSFileSystem(file.path().toFile(), true)) {
                if (Ole2Kind.of(fs.getRoot()) == Ole2Kind.WORD_DOCUMENT) {
                    throw new UnreadableException(Reason.NOT_A_WORKBOOK, Detail.of("workbook.oldDoc",
                            "an old Word document (.doc) renamed ." + file.extension()
                            + "; the statistical tables are asked for as a workbook", "extension", "." + file.extension()));
                }
                checkWorkbookStream(fs.getRoot());
                try (Workbook workbook = WorkbookFactory.create(fs)) {
                    if (workbook instanceof HSSFWorkbook xls) { // what acts when it is opened, from what is read here
                        file.activeContent(XlsActiveContent.of(fs.getRoot(), xls));
                    } else {
                        // a package encrypted with the password Excel opens without asking (「VelvetSweatshop」): its
                        // parts are not looked at here, so it is not said to hold nothing, and never copied decrypted
                        file.activeContent(EnumSet.of(Kind.NOT_SCANNED));
                    }
                    return grid(workbook);
                }
            }
        } catch (UnreadableException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableException(Reason.ENCRYPTED, Detail.of("password", "an open password is set"), e);
        } catch (Exception | OutOfMemoryError e) {
            // POI signals broken packages with many runtime exceptions; all mean the same to a clerk.
            throw new UnreadableException(Reason.CORRUPT, Detail.of("workbook.damaged",
                    "the workbook is damaged: a download or copy that did not finish, or a file written by a faulty tool"), e);
        }
    }

    private static Grid grid(Workbook workbook) throws UnreadableException {
        GridBudget budget = new GridBudget();
        List<GridSheet> sheets = new ArrayList<>();
        for (int i = 0; i < Math.min(workbook.getNumberOfSheets(), MAX_SHEETS); i++) {
            sheets.add(readSheet(workbook.getSheetAt(i), budget));
        }
        return new Grid(sheets);
    }

    /** A legacy workbook's records are parsed whole: their stream is what is bounded (an encrypted package has none). */
    private static void checkWorkbookStream(DirectoryNode root) throws UnreadableException {
        for (Entry entry : root) {
            if (entry instanceof DocumentEntry stream && (stream.getName().equalsIgnoreCase("Workbook")
                    || stream.getName().equalsIgnoreCase("Book"))
                    && stream.getSize() > ReadLimits.current().xlsStreamBytes()) {
                throw ReadLimits.tooLarge(Detail.of("xls.stream", "the workbook stream has " + stream.getSize() + " bytes, over the "
                        + ReadLimits.mib(ReadLimits.current().xlsStreamBytes()) + " a legacy workbook is read to",
                        "bytes", stream.getSize(), "limit", ReadLimits.mib(ReadLimits.current().xlsStreamBytes())));
            }
        }
    }

    private static GridSheet readSheet(Sheet sheet, GridBudget budget) throws UnreadableException {
        SheetGridBuilder b = new SheetGridBuilder(sheet.getSheetName());
        b.lastRow(sheet.getLastRowNum());
        for (int r = 0; r < Math.min(sheet.getLastRowNum() + 1, MAX_ROWS); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            b.row(r, row.getLastCellNum());
            for (Cell cell : row) {
                if (SheetGridBuilder.kept(r, cell.getColumnIndex())) {
                    b.cell(cell.getColumnIndex(), value(cell));
                }
            }
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            b.merge(region.getFirstRow(), region.getLastRow(), region.getFirstColumn(), region.getLastColumn());
        }
        return b.build(budget);
    }

    static CellValue value(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
                return new CellValue.Uncalculated(cell.getCellFormula());
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> {
                double d = cell.getNumericCellValue();
                yield new CellValue.Number(Numbers.ofDouble(d), Double.toString(d));
            }
            case STRING -> text(cell.getStringCellValue());
            case BOOLEAN -> new CellValue.Text(Boolean.toString(cell.getBooleanCellValue()).toUpperCase());
            case ERROR -> new CellValue.Error(errorCode(cell.getErrorCellValue()));
            default -> CellValue.BLANK;
        };
    }

    static CellValue text(String s) {
        return CellText.value(s);
    }

    private static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}

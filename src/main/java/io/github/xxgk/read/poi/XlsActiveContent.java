package io.github.xxgk.read.poi;

import io.github.xxgk.read.ActiveContent.Kind;
import io.github.xxgk.sandbox.Deadline;
import io.github.xxgk.sandbox.LimitExceeded;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.ExternalNameRecord;
import org.apache.poi.hssf.record.NameRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SupBookRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryEntry;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What acts when an old binary workbook (.xls, BIFF8) is opened, found in what POI has already read for the reader:
 * the compound file's directory (a VBA project, {@link Ole2Macros}) and the records of the workbook globals
 * (nothing is read again):
 * <ul>
 * <li>a BOUNDSHEET of an Excel 4.0 macro sheet or a VBA module sheet (hidden or not): {@link Kind#MACROS};</li>
 * <li>a defined name (NAME) that runs on opening or closing (「Auto_Open」, 「Auto_Close」, 「Auto_Activate」,
 * 「Auto_Deactivate」, built-in or written out, also with a suffix as Excel runs them), or one flagged a macro
 * (function, command or VBA procedure), but for the names Excel gives functions newer than the format
 * (「_xlfn.IFERROR」, 「_xlws.…」, every .xls saved by Excel 2007 or later that uses one has them): {@link Kind#MACROS};</li>
 * <li>a SUPBOOK that is neither the workbook's own (internal references) nor the add-in functions' (EOMONTH of the
 * Analysis ToolPak): one naming another workbook, {@link Kind#EXTERNAL_LINKS} (every formula or name that refers
 * to another workbook, a 3-D reference or a name, does so through one); one whose path is an application and a
 * topic separated by U+0003, a DDE or OLE link ({@code =cmd|'/C calc'!A0}), {@link Kind#DDE};</li>
 * <li>an EXTERNNAME flagged a DDE or OLE item (automatic link, picture, OLE StdDocumentName, OLE link): {@link Kind#DDE}.</li>
 * </ul>
 * A record that cannot be looked at is {@link Kind#NOT_SCANNED} (unless DDE is found anyway), never an exception.
 */
public final class XlsActiveContent {

    /** BOUNDSHEET's sheet types (dt, the high byte of its options) that hold no code: a worksheet or dialog, a chart. */
    private static final int WORKSHEET = 0x00;
    private static final int CHART = 0x02;

    /** The prefixes Excel gives the hidden names of functions newer than the file format: no macro of the workbook's. */
    private static final List<String> FUTURE_FUNCTIONS = List.of("_xlfn.", "_xlws.");

    private static final List<String> RUN_ON_OPEN = List.of("auto_open", "auto_close", "auto_activate", "auto_deactivate");

    private XlsActiveContent() {
    }

    /** The active content of a workbook POI has opened from {@code root}. */
    public static Set<Kind> of(DirectoryEntry root, HSSFWorkbook workbook) {
        Set<Kind> found;
        try {
            found = of(workbook.getInternalWorkbook().getRecords());
        } catch (LimitExceeded e) {
            throw e;
        } catch (RuntimeException e) {
            found = EnumSet.of(Kind.NOT_SCANNED);
        }
        if (Ole2Macros.in(root)) {
            found.add(Kind.MACROS);
        }
        return found;
    }

    /** The active content the records of a workbook's globals name. */
    static Set<Kind> of(List<Record> records) {
        Set<Kind> found = EnumSet.noneOf(Kind.class);
        int n = 0;
        for (Record r : records) {
            if ((++n & 0x3ff) == 0) {
                Deadline.check();
            }
            try {
                look(r, found);
            } catch (LimitExceeded e) {
                throw e;
            } catch (RuntimeException e) {
                found.add(Kind.NOT_SCANNED); // a record POI kept but cannot say what it holds
            }
        }
        if (found.contains(Kind.DDE)) {
            found.remove(Kind.NOT_SCANNED); // the stronger finding, as for a package
        }
        return found;
    }

    /**
     * Adds what one record of the workbook globals is (nothing for most); throws when POI cannot say what it holds.
     * A SUPBOOK that is no internal or add-in one is a link before its path is read: a path that cannot be decoded
     * leaves it a link, and DDE unconfirmed.
     */
    static void look(Record r, Set<Kind> found) {
        if (r instanceof BoundSheetRecord sheet) {
            int type = sheetType(sheet);
            if (type != WORKSHEET && type != CHART) {
                found.add(Kind.MACROS);
            }
        } else if (r instanceof SupBookRecord book) {
            if (!book.isInternalReferences() && !book.isAddInFunctions()) {
                String url;
                try {
                    url = book.getURL();
                } catch (RuntimeException e) {
                    found.add(Kind.EXTERNAL_LINKS);
                    throw e;
                }
                // application U+0003 topic: no workbook, a program asked for data
                found.add(url != null && url.indexOf('\u0003') >= 0 ? Kind.DDE : Kind.EXTERNAL_LINKS);
            }
        } else if (r instanceof ExternalNameRecord name) {
            if (name.isAutomaticLink() || name.isPicureLink() || name.isStdDocumentNameIdentifier()
                    || name.isOLELink() || name.isIconifiedPictureLink()) {
                found.add(Kind.DDE);
            }
        } else if (r instanceof NameRecord name && runsMacro(name)) {
            found.add(Kind.MACROS);
        }
    }

    /**
     * The sheet type of a BOUNDSHEET: 0 worksheet (or dialog), 1 Excel 4.0 macro sheet, 2 chart, 6 VBA module. POI
     * has no accessor for it; the record as POI writes it back is the file's: 4 bytes of header, 4 of the
     * sheet's position, then the visibility and the type.
     */
    static int sheetType(BoundSheetRecord sheet) {
        byte[] bytes = sheet.serialize();
        return bytes[9] & 0xff;
    }

    private static boolean runsMacro(NameRecord name) {
        String text = name.getNameText();
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        for (String run : RUN_ON_OPEN) {
            if (lower.startsWith(run)) {
                return true;
            }
        }
        if (name.isBuiltInName() && (name.getBuiltInName() == NameRecord.BUILTIN_AUTO_OPEN
                || name.getBuiltInName() == NameRecord.BUILTIN_AUTO_CLOSE
                || name.getBuiltInName() == NameRecord.BUILTIN_AUTO_ACTIVATE
                || name.getBuiltInName() == NameRecord.BUILTIN_AUTO_DEACTIVATE)) {
            return true;
        }
        if (!(name.isMacro() || name.isFunctionName() || name.isCommandName())) {
            return false;
        }
        for (String prefix : FUTURE_FUNCTIONS) {
            if (lower.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }
}

package io.github.xxgk.read.xlsx;

import io.github.xxgk.read.CellText;
import io.github.xxgk.read.Numbers;
import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.read.UnreadableException.Reason;
import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.table.CellRef;
import io.github.xxgk.table.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * A cell's value from its XML, by the rules POI's usermodel (XSSFCell) follows, so that both readers type every
 * cell alike: a formula's cached value by the cell's {@code t}, a formula without one as
 * {@link CellValue.Uncalculated}; numbers as doubles at 15 digits; text with its _xHHHH_ escapes undone.
 */
final class CellDecoder {

    private final RawSheet sheet;
    private final SharedStrings strings;

    CellDecoder(RawSheet sheet, SharedStrings strings) {
        this.sheet = sheet;
        this.strings = strings;
    }

    CellValue value(RawCell cell) throws UnreadableException {
        String t = cell.type() == null ? "n" : cell.type();
        RawCell.Formula f = cell.formula();
        RawSheet.ArrayRange array = sheet.array(cell.row(), cell.col());
        boolean formula = f != null && !"dataTable".equals(f.type()) || array != null;
        if (formula) {
            if (cell.value() == null) {
                return new CellValue.Uncalculated(formulaText(cell, array));
            }
            return switch (t) { // the cached value, read as it was saved
                case "n" -> number(cell);
                case "b", "e", "d" -> base(cell, t);
                case "s", "str", "inlineStr" -> text(cell.value());
                default -> throw unknownType(cell, t);
            };
        }
        return base(cell, t);
    }

    private CellValue base(RawCell cell, String t) throws UnreadableException {
        String v = cell.value();
        return switch (t) {
            case "n" -> v == null ? CellValue.BLANK : number(cell);
            case "b" -> new CellValue.Text("1".equals(v) ? "TRUE" : "FALSE");
            case "e" -> error(cell);
            case "s" -> CellText.value(RichText.unescape(sharedString(v)));
            case "inlineStr" -> text(cell.hasInline() ? cell.inline() : v == null ? "" : v);
            case "str" -> text(v == null ? "" : v);
            case "d" -> text(v == null ? "" : v); // an ISO date as text: POI's usermodel cannot read the type at all
            default -> throw unknownType(cell, t);
        };
    }

    private static CellValue text(String s) {
        return CellText.value(RichText.unescape(s));
    }

    private String sharedString(String v) {
        if (v == null) {
            return "";
        }
        try {
            String s = strings.get(Integer.parseInt(v));
            return s == null ? "" : s;
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private CellValue number(RawCell cell) throws UnreadableException {
        String v = cell.value();
        double d;
        try {
            d = v.isEmpty() ? 0.0 : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UnreadableException(Reason.CORRUPT, notANumber(cell, v), e);
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new UnreadableException(Reason.CORRUPT, notANumber(cell, v));
        }
        return new CellValue.Number(Numbers.ofDouble(d), Double.toString(d));
    }

    private CellValue error(RawCell cell) throws UnreadableException {
        if (cell.value() == null) {
            return new CellValue.Error(FormulaError.NULL.getString());
        }
        try {
            return new CellValue.Error(FormulaError.forString(cell.value()).getString());
        } catch (IllegalArgumentException e) {
            throw new UnreadableException(Reason.CORRUPT, Detail.of("cell.unknownError",
                    at(cell) + " holds an unknown error 「" + cell.value() + "」", "cell", at(cell), "value", cell.value()), e);
        }
    }

    /** The formula as POI's getCellFormula() gives it: an array's from its range, a shared one moved from its master. */
    private String formulaText(RawCell cell, RawSheet.ArrayRange array) throws UnreadableException {
        RawCell.Formula f = cell.formula();
        if (array != null && (f == null || f.text().isEmpty())) {
            return array.text();
        }
        if ("shared".equals(f.type())) {
            RawSheet.SharedMaster master = sheet.shared.get(f.si());
            if (master == null) {
                throw new UnreadableException(Reason.CORRUPT, Detail.of("cell.sharedFormula",
                        at(cell) + " shares formula " + f.si() + ", which no cell defines", "cell", at(cell), "index", f.si()));
            }
            return SharedFormulas.shift(master.text(), cell.row() - master.firstRow(), cell.col() - master.firstCol());
        }
        return f.text();
    }

    private UnreadableException unknownType(RawCell cell, String t) {
        return new UnreadableException(Reason.CORRUPT, Detail.of("cell.unknownType",
                at(cell) + " has the unknown cell type 「" + t + "」", "cell", at(cell), "type", t));
    }

    private Detail notANumber(RawCell cell, String v) {
        return Detail.of("cell.notANumber", at(cell) + " holds 「" + v + "」 as a number", "cell", at(cell), "value", v);
    }

    private String at(RawCell cell) {
        return new CellRef(sheet.name, cell.row(), cell.col()).a1();
    }
}

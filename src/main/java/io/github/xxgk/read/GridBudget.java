package io.github.xxgk.read;

import io.github.xxgk.sandbox.Deadline;
import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.table.CellValue;

/** What one file's grid has used of {@link ReadLimits}: cells laid out, cells merges cover, characters of text kept. */
public final class GridBudget {

    private long cells;
    private long covered;
    private long chars;

    void cells(String sheet, long n) throws UnreadableException {
        cells += n;
        if (cells > ReadLimits.current().gridCells()) {
            throw ReadLimits.tooLarge(Detail.of("grid.cells", "the sheets read up to " + sheet + " lay out over "
                    + ReadLimits.current().gridCells() + " cells", "sheet", sheet, "limit", ReadLimits.current().gridCells()));
        }
    }

    void covered(String sheet, long n) throws UnreadableException {
        covered += n;
        if (covered > ReadLimits.current().gridCells()) {
            throw ReadLimits.tooLarge(Detail.of("grid.merged", "merged regions up to " + sheet + " cover over "
                    + ReadLimits.current().gridCells() + " cells", "sheet", sheet, "limit", ReadLimits.current().gridCells()));
        }
    }

    void text(String sheet, CellValue value) throws UnreadableException {
        Deadline.check();
        if (value instanceof CellValue.Text t) {
            chars += t.text().length();
        } else if (value instanceof CellValue.Number n) {
            chars += n.raw().length();
        } else if (value instanceof CellValue.Uncalculated u) {
            chars += u.formula().length();
        }
        if (chars > ReadLimits.current().textChars()) {
            throw ReadLimits.tooLarge(Detail.of("grid.text", "the cells read up to " + sheet + " hold over "
                    + ReadLimits.current().textChars() + " characters of text", "sheet", sheet,
                    "limit", ReadLimits.current().textChars()));
        }
    }
}

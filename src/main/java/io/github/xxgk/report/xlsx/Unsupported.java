package io.github.xxgk.report.xlsx;

/**
 * A workbook the package writer does not change in place (a strict-OOXML package, a sheet that already has
 * comments, a part too large): the copy is written with POI's usermodel instead.
 */
final class Unsupported extends Exception {

    Unsupported(String reason) {
        super(reason, null, false, false);
    }
}

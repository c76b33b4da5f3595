package io.github.xxgk.table;

import java.math.BigDecimal;
import java.util.Set;

/** A typed cell as read from a source. A blank is not 0, and a placeholder like 「/」 is neither. */
public sealed interface CellValue {

    /** Placeholders agencies write where they mean "nothing" or "not applicable". */
    Set<String> PLACEHOLDERS = Set.of("/", "／", "-", "－", "—", "——", "–", "无", "空", "N/A", "n/a", "\\");

    /** What the cell showed, for the report: the number as written, the text, or empty. */
    String display();

    /** A number: from a numeric cell, a formula's cached result, or text that holds a number. */
    record Number(BigDecimal value, String raw) implements CellValue {
        @Override
        public String display() {
            return value.toPlainString();
        }
    }

    /** Text that is not a number (a label, 「/」, 「[bookmark: _GoBack]0」 …). */
    record Text(String text) implements CellValue {
        public Text {
            text = PlainText.clean(text); // what a file holds goes into every output: no half characters, no controls
        }

        public boolean placeholder() {
            return PLACEHOLDERS.contains(text.strip());
        }

        @Override
        public String display() {
            return text;
        }
    }

    /** An empty cell. */
    record Blank() implements CellValue {
        @Override
        public String display() {
            return "";
        }
    }

    /** A spreadsheet error such as #DIV/0! or #REF!. */
    record Error(String code) implements CellValue {
        @Override
        public String display() {
            return code;
        }
    }

    /** A formula saved without a calculated value: what it shows depends on the program that opens it. */
    record Uncalculated(String formula) implements CellValue {
        @Override
        public String display() {
            return "=" + formula;
        }
    }

    /** No cell at all: a text row that is short of the table's columns. Not blank, not 0: missing. */
    record Absent() implements CellValue {
        @Override
        public String display() {
            return "";
        }
    }

    Blank BLANK = new Blank();
    Absent ABSENT = new Absent();
}

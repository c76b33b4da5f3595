package io.github.xxgk.table;

import java.util.List;

/**
 * Everything a reader found in one file: its sheets (or document tables) as typed cells; for documents also the
 * text outside the tables (for the narrative and the part headings) and editing artefacts found in cells.
 * {@code ragged} grids come from documents, whose rows need not line up with the header (text, Word, HTML, CSV).
 */
public record Grid(List<GridSheet> sheets, List<TextLine> text, List<TextLine> artefacts, boolean ragged) {

    public Grid {
        sheets = List.copyOf(sheets);
        text = List.copyOf(text);
        artefacts = List.copyOf(artefacts);
    }

    /** A workbook: sheets only. */
    public Grid(List<GridSheet> sheets) {
        this(sheets, List.of(), List.of(), false);
    }

    /** A line of document text with its place (line number, or paragraph number). */
    public record TextLine(int line, String text) {
        public TextLine {
            text = PlainText.clean(text);
        }
    }
}

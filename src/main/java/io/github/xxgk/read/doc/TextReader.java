package io.github.xxgk.read.doc;

import io.github.xxgk.read.CellText;
import io.github.xxgk.read.SourceFile;
import io.github.xxgk.read.SourceReader;
import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.sandbox.Deadline;
import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.table.CellValue;
import io.github.xxgk.table.Grid;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A report as text copied from a web page or a Word document, in the three layouts the published reports show:
 * one cell per line with rows separated by blank lines (seeds 000, 001, 004); cells ending in 「|」 with rows
 * ended by a line of pipes (002); one row per line with tab-separated cells (003). Lines outside tables are kept
 * as the narrative. UTF-8, or GB18030 (GBK) where the bytes are not UTF-8.
 */
public final class TextReader implements SourceReader {

    private static final Pattern PIPES = Pattern.compile("\\s*\\|+\\s*");

    @Override
    public boolean accepts(SourceFile file) {
        return file.extension().equals("txt") || file.extension().equals("text");
    }

    @Override
    public Grid read(SourceFile file) throws UnreadableException {
        String text = decode(content(file));
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableException(UnreadableException.Reason.NOT_A_WORKBOOK, Detail.of("text.binary", "binary content, not text"));
        }
        DocumentGridBuilder b = new DocumentGridBuilder("正文");
        String[] lines = text.split("\r?\n|\r", -1);
        boolean inTabCell = false; // the last line was a one-cell-per-line cell: a plain line continues it
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int no = i + 1;
            Deadline.check();
            if (PIPES.matcher(line).matches()) {
                b.endRow();
                inTabCell = false;
            } else if (line.stripTrailing().endsWith("|")) {
                String cell = line.stripTrailing();
                cell = cell.substring(0, cell.length() - 1).strip();
                if (startsNextRow(b, cell)) {
                    b.endRow(); // a full row has no closing line of pipes: a label after values opens the next row
                }
                b.cell(cell, no);
                inTabCell = false;
            } else if (line.startsWith("\t") && line.indexOf('\t', 1) < 0) {
                b.cell(line.substring(1), no);
                inTabCell = true;
            } else if (line.indexOf('\t') >= 0) {
                b.endRow();
                for (String cell : line.split("\t", -1)) {
                    b.cell(cell, no);
                }
                b.endRow();
                inTabCell = false;
            } else if (line.isBlank()) {
                b.endRow();
                inTabCell = false;
            } else if (inTabCell && b.rowOpen()) {
                b.continueCell(line.strip());
            } else {
                b.endRow();
                b.text(no, line);
                inTabCell = false;
            }
        }
        return b.build();
    }

    /** A label cell that follows number cells in the current row. */
    private static boolean startsNextRow(DocumentGridBuilder b, String cell) {
        if (CellText.value(cell) instanceof CellValue.Number || cell.isEmpty()) {
            return false;
        }
        return b.currentRow().stream().anyMatch(c -> c.value() instanceof CellValue.Number);
    }

    /** The file's bytes; a document that cannot be read is a corrupt one. */
    static byte[] content(SourceFile file) throws UnreadableException {
        try {
            return file.text();
        } catch (IOException e) {
            throw new UnreadableException(UnreadableException.Reason.CORRUPT, Detail.of("file.notReadFromDisk", "the file cannot be read from the disk"), e);
        }
    }

    static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return new String(content, start, content.length - start, Charset.forName("GB18030"));
        }
    }
}

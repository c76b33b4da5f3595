package io.github.xxgk.report.xlsx;

import io.github.xxgk.table.CellRef;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The two parts that carry one sheet's comments: the comments themselves (what LibreOffice and POI read) and the
 * VML drawing of their boxes (what Excel needs to show them). Each box sits right of its cell, five columns wide
 * and six rows high, hidden until the cell is pointed at.
 */
final class NotesParts {

    static final String AUTHOR = "xxgk";

    private NotesParts() {
    }

    static byte[] comments(Map<CellRef, String> notes) {
        StringBuilder out = new StringBuilder(256 + notes.size() * 200);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<comments xmlns=\"").append(AnnotatedPackage.MAIN_NS).append("\"><authors><author>")
                .append(AUTHOR).append("</author></authors><commentList>");
        notes.forEach((ref, text) -> {
            out.append("<comment ref=\"").append(CellRef.column(ref.col())).append(ref.row() + 1)
                    .append("\" authorId=\"0\"><text><t xml:space=\"preserve\">");
            XmlText.text(out, XmlText.cellText(text)).append("</t></text></comment>");
        });
        return out.append("</commentList></comments>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param block the sheet's number among the annotated sheets: its shapes take ids 1024 × block + 1, … so that
     *              they are unique in the workbook
     */
    static byte[] vml(Map<CellRef, String> notes, int block) {
        StringBuilder out = new StringBuilder(1024 + notes.size() * 600);
        out.append("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
                + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
                + "<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"").append(block).append("\"/></o:shapelayout>"
                + "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">"
                + "<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        int id = 1024 * block;
        for (CellRef ref : notes.keySet()) {
            out.append("<v:shape id=\"_x0000_s").append(++id).append("\" type=\"#_x0000_t202\""
                    + " style=\"position:absolute;visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">"
                    + "<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>"
                    + "<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"/>"
                    + "</v:textbox><x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
                    .append(ref.col() + 1).append(", 0, ").append(ref.row()).append(", 0, ")
                    .append(ref.col() + 6).append(", 0, ").append(ref.row() + 6).append(", 0</x:Anchor>"
                    + "<x:AutoFill>False</x:AutoFill><x:Row>").append(ref.row()).append("</x:Row><x:Column>")
                    .append(ref.col()).append("</x:Column></x:ClientData></v:shape>");
        }
        return out.append("</xml>").toString().getBytes(StandardCharsets.UTF_8);
    }
}

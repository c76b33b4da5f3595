package io.github.xxgk.report.xlsx;

import io.github.xxgk.table.CellRef;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The findings sheet as a worksheet part, for the package writer: the {@link FindingsTable} in inline strings, the
 * header row frozen and repeated on every printed page (the workbook's print titles), A4 landscape one page wide,
 * gridlines printed, the file name in the page header and the page number in the footer.
 */
final class FindingsSheetXml {

    /** Points per text line: the sheet's default row height. */
    static final double LINE_HEIGHT = 15;

    private final FindingsTable table;
    /** Rule pages by URL, each with its relationship id. */
    private final Map<String, String> urls = new LinkedHashMap<>();

    FindingsSheetXml(FindingsTable table) {
        this.table = table;
    }

    byte[] sheet(int headerStyle, int bodyStyle) {
        StringBuilder out = new StringBuilder(2048 + table.lines().size() * 600);
        int last = table.lines().size() + 1;
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"")
                .append(AnnotatedPackage.MAIN_NS).append("\" xmlns:r=\"").append(AnnotatedPackage.RELATIONSHIPS_NS)
                .append("\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:G").append(last)
                .append("\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane ySplit=\"1\""
                        + " topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>"
                        + "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"").append(LINE_HEIGHT).append("\"/><cols>");
        for (int c = 0; c < FindingsTable.WIDTHS.length; c++) {
            out.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(FindingsTable.WIDTHS[c]).append("\" customWidth=\"1\"/>");
        }
        out.append("</cols><sheetData>");
        row(out, 1, table.header(), headerStyle, 1);
        int r = 2;
        for (FindingsTable.Line line : table.lines()) {
            row(out, r++, line.values(), bodyStyle, line.height());
        }
        out.append("</sheetData><hyperlinks>");
        r = 2;
        for (FindingsTable.Line line : table.lines()) {
            if (line.cellLink() != null) {
                out.append("<hyperlink ref=\"B").append(r).append("\" location=\"");
                XmlText.attr(out, line.cellLink()).append("\"/>");
            }
            String id = urls.computeIfAbsent(line.ruleUrl(), u -> "rId" + (urls.size() + 1));
            out.append("<hyperlink ref=\"F").append(r).append("\" r:id=\"").append(id).append("\"/>");
            r++;
        }
        out.append("</hyperlinks><printOptions gridLines=\"1\"/>"
                + "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
                + "<headerFooter><oddHeader>");
        XmlText.text(out, "&L" + table.pageHeader()).append("</oddHeader><oddFooter>");
        XmlText.text(out, "&C" + table.pageFooter()).append("</oddFooter></headerFooter></worksheet>");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The sheet's relationships: the rule pages its links open. Call after {@link #sheet}. */
    byte[] relationships() {
        StringBuilder out = new StringBuilder(256 + urls.size() * 200);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"")
                .append(AnnotatedPackage.PACKAGE_RELATIONSHIPS_NS).append("\">");
        urls.forEach((url, id) -> {
            out.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(AnnotatedPackage.HYPERLINK)
                    .append("\" Target=\"");
            XmlText.attr(out, url).append("\" TargetMode=\"External\"/>");
        });
        return out.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder out, int r, java.util.List<String> values, int style, int height) {
        out.append("<row r=\"").append(r).append('"');
        if (height > 1) {
            out.append(" ht=\"").append(Math.min(409, height * LINE_HEIGHT)).append("\" customHeight=\"1\"");
        }
        out.append('>');
        for (int c = 0; c < values.size(); c++) {
            out.append("<c r=\"").append(CellRef.column(c)).append(r).append("\" s=\"").append(style)
                    .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
            XmlText.text(out, XmlText.cellText(values.get(c))).append("</t></is></c>");
        }
        out.append("</row>");
    }
}

package io.github.xxgk.read;

import io.github.xxgk.fixtures.RawXlsx;
import io.github.xxgk.read.ActiveContent.Kind;
import io.github.xxgk.read.xlsx.XlsxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@link ActiveContent} calls DDE in a formula, and which parts of a package it looks at. */
class ActiveContentTest {

    private static final String DDE = "cmd|' /C calc'!A0";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {DDE, "'cmd'|' /C calc'!A0", "MSEXCEL|'\\..\\..\\Windows\\System32\\cmd.exe /c calc.exe'!''",
            "DDE(\"cmd\";\"/C calc\";\"x\")", "_xlfn.DDE(\"cmd\";\"x\";\"y\")",
            // a quote in a structured reference escapes the next character: it opens no sheet name
            "Table1['#x]&cmd|' /C calc'!A0", "Table1[[#This Row],['[x]]&cmd|' /C calc'!A0",
            "Table1['']&cmd|' /C calc'!A0",
            // a quoted text not followed by 「!」 is no sheet name: what it holds counts
            "'a'|'!A1", "'cmd|x'&A1", "'unclosed|", "SUM('x|y')"})
    void formula_should_be_dde(String formula) {
        assertTrue(ActiveContent.isDde(formula), formula);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'A|B'!A1", "'it''s|x'!B2", "'A|B'!A1+'it''s|x'!B2", "\"a|b\"&A1", "\"say \"\"|\"\"\"&A1",
            "Table1[[#This Row],['#x]]&'A|B'!A1", "'[Book|1.xlsx]Sheet'!A1", "SUM(A1:B2)", "ADDRESS(1;2)", "A1+1"})
    void formula_should_be_no_dde(String formula) {
        assertFalse(ActiveContent.isDde(formula), formula);
    }

    /** A worksheet part holding one formula in A1. */
    private static String worksheet(String formula) {
        return "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\"><f>" + formula
                + "</f><v>0</v></c></row></sheetData></worksheet>";
    }

    private static final String PLAIN = "<worksheet xmlns=\"" + RawXlsx.MAIN
            + "\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData></worksheet>";

    /**
     * A workbook of 50 plain sheets and one more part {@code part} holding {@code content}: listed as the 51st sheet
     * (past the sheets read) when {@code listed}, declared a worksheet in the content types when {@code typed}.
     */
    private static byte[] workbook(String part, String content, boolean listed, boolean typed, String contentTypes) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        StringBuilder book = new StringBuilder("<workbook xmlns=\"" + RawXlsx.MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>");
        StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int n = 1; n <= 51; n++) {
            if (n == 51 && !listed) {
                break;
            }
            String target = n == 51 ? "/" + part : "worksheets/sheet" + n + ".xml";
            book.append("<sheet name=\"表").append(n).append("\" sheetId=\"").append(n).append("\" r:id=\"rId").append(n).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(REL).append("/worksheet\" Target=\"")
                    .append(target).append("\"/>");
            if (n < 51) {
                types.append("<Override PartName=\"/xl/").append(target).append("\" ContentType=\"").append(WORKSHEET_TYPE).append("\"/>");
                parts.put("xl/" + target, PLAIN.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (typed) {
            types.append("<Override PartName=\"/").append(part).append("\" ContentType=\"").append(WORKSHEET_TYPE).append("\"/>");
        }
        parts.put("[Content_Types].xml", (contentTypes != null ? contentTypes : types.append("</Types>").toString())
                .getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
                .getBytes(StandardCharsets.UTF_8));
        parts.put("xl/workbook.xml", book.append("</sheets></workbook>").toString().getBytes(StandardCharsets.UTF_8));
        parts.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8));
        parts.put(part, content.getBytes(StandardCharsets.UTF_8));
        return RawXlsx.zip(parts);
    }

    /** What the reader says of the workbook, checked against what a scan of the whole package finds. */
    private Set<Kind> read(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        SourceFile read = SourceFile.of(file, name, true);
        new XlsxReader().read(read);
        assertEquals(ActiveContent.of(SourceFile.of(file, name)), read.activeContent(), name + ": reader and scan agree");
        return read.activeContent();
    }

    /** What the reader says of a workbook of one sheet whose workbook part has these defined names. */
    private Set<Kind> readWithNames(String name, String sheet, String definedNames) throws Exception {
        String workbook = "<workbook xmlns=\"" + RawXlsx.MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>"
                + "<sheet name=\"表三\" sheetId=\"1\" r:id=\"rId1\"/></sheets>" + definedNames + "</workbook>";
        Path file = dir.resolve(name);
        Files.write(file, new RawXlsx().sheet("表三", sheet).part("xl/workbook.xml", workbook).toBytes());
        SourceFile read = SourceFile.of(file, name, true);
        new XlsxReader().read(read);
        return read.activeContent();
    }

    @Test
    void macros_and_links_the_workbook_names_should_be_found_at_whatever_path() throws Exception {
        String ms = "http://schemas.microsoft.com/office/2006/relationships";
        for (String[] c : new String[][] {{ms + "/vbaProject", "xl/x/code.bin", "MACROS"},
                {ms + "/xlMacrosheet", "xl/x/s.xml", "MACROS"}, {ms + "/xlIntlMacrosheet", "other/s.xml", "MACROS"},
                {REL + "/externalLink", "xl/x/l.xml", "EXTERNAL_LINKS"}}) {
            String rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId9\" Type=\"" + c[0] + "\" Target=\"/" + c[1] + "\"/></Relationships>";
            Path file = dir.resolve("declared-" + c[2] + ".xlsx");
            Files.write(file, new RawXlsx().sheet("表三", PLAIN).part("xl/_rels/workbook.xml.rels", rels)
                    .part(c[1], "<x/>").toBytes());
            SourceFile read = SourceFile.of(file, file.getFileName().toString(), true);
            new XlsxReader().read(read);
            assertEquals(Set.of(Kind.valueOf(c[2])), read.activeContent(), c[1]);
        }
    }

    @Test
    void dde_in_a_conditional_format_or_a_data_validation_should_be_found() throws Exception {
        String data = "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>";
        Map<String, String> sheets = Map.of(
                "cfvo", data + "<conditionalFormatting sqref=\"A1\"><cfRule type=\"colorScale\" priority=\"1\"><colorScale>"
                        + "<cfvo type=\"min\"/><cfvo type=\"formula\" val=\"" + DDE.replace("'", "&apos;") + "\"/>"
                        + "<color rgb=\"FFF8696B\"/><color rgb=\"FF63BE7B\"/></colorScale></cfRule></conditionalFormatting>",
                "x14dv", data + "<extLst><ext uri=\"{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}\" xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\">"
                        + "<x14:dataValidations xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\" count=\"1\">"
                        + "<x14:dataValidation type=\"list\"><x14:formula1><xm:f>" + DDE + "</xm:f></x14:formula1>"
                        + "<xm:sqref>A1</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>",
                "cf", data + "<conditionalFormatting sqref=\"A1\"><cfRule type=\"expression\" priority=\"1\"><formula>"
                        + DDE + "</formula></cfRule></conditionalFormatting>",
                "dv", data + "<dataValidations count=\"1\"><dataValidation type=\"list\" sqref=\"A1\"><formula1>"
                        + DDE + "</formula1></dataValidation></dataValidations>",
                "dv2", data + "<dataValidations count=\"1\"><dataValidation type=\"whole\" operator=\"between\" sqref=\"A1\">"
                        + "<formula1>0</formula1><formula2>" + DDE + "</formula2></dataValidation></dataValidations>",
                "x14", data + "<extLst><ext uri=\"{78C0D931-6437-407d-A8EE-F0AAD7539E65}\" xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\">"
                        + "<x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\">"
                        + "<x14:cfRule type=\"expression\" priority=\"2\" id=\"{1}\"><xm:f>" + DDE + "</xm:f></x14:cfRule>"
                        + "<xm:sqref>A1</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>");
        for (Map.Entry<String, String> s : sheets.entrySet()) {
            String sheet = "<worksheet xmlns=\"" + RawXlsx.MAIN + "\">" + s.getValue() + "</worksheet>";
            Path read = dir.resolve(s.getKey() + "-read.xlsx");
            Files.write(read, new RawXlsx().sheet("表三", s.getValue()).toBytes());
            assertEquals(Set.of(Kind.DDE), read(read.getFileName().toString(), Files.readAllBytes(read)),
                    s.getKey() + " in a sheet read");
            assertEquals(Set.of(Kind.DDE), read(s.getKey() + "-unread.xlsx", workbook("xl/worksheets/sheet51.xml", sheet,
                    true, true, null)), s.getKey() + " in a sheet past those read");
        }
        String plain = data + "<dataValidations count=\"1\"><dataValidation type=\"list\" sqref=\"A1\"><formula1>"
                + "\"是,否\"</formula1></dataValidation></dataValidations>";
        assertEquals(Set.of(), read("list.xlsx", new RawXlsx().sheet("表三", plain).toBytes()), "a list of choices");
    }

    @Test
    void defined_name_that_asks_another_program_should_be_dde_as_a_formula_is() throws Exception {
        String uses = "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\"><f>数据</f><v>0</v></c>"
                + "</row></sheetData></worksheet>"; // the cell asks through the name, no bar of its own
        assertEquals(Set.of(Kind.DDE), readWithNames("name-dde.xlsx", uses,
                "<definedNames><definedName name=\"数据\">cmd|' /C calc'!A0</definedName></definedNames>"));
        assertEquals(Set.of(), readWithNames("name-plain.xlsx", uses,
                "<definedNames><definedName name=\"数据\">'A|B'!$A$1</definedName>"
                        + "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">表三!$A$1:$J$30</definedName></definedNames>"));
        assertEquals(Set.of(Kind.NOT_SCANNED), readWithNames("name-too-long.xlsx", uses,
                "<definedNames><definedName name=\"数据\">" + "A1+".repeat(11000) + "A1</definedName></definedNames>"));
        assertEquals(Set.of(Kind.NOT_SCANNED), readWithNames("name-with-element.xlsx", uses,
                "<definedNames><definedName name=\"数据\">A1<x/></definedName></definedNames>"), "not the file damaged");
        assertEquals(Set.of(), readWithNames("name-long-as-stored.xlsx", uses, "<definedNames><definedName name=\"数据\">"
                + "_xlfn.CONCAT(A1)&amp;".repeat(600) + "A1</definedName></definedNames>"), "10,000 stored characters: looked at");
    }

    @Test
    void formula_longer_than_excel_allows_in_a_sheet_read_should_be_said_so() throws Exception {
        String sheet = worksheet("A1+".repeat(11000) + "A1");
        assertEquals(Set.of(Kind.NOT_SCANNED), readWithNames("long-formula.xlsx", sheet, ""));
        String inExtension = "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData/><extLst><ext><f>" + "A1+".repeat(11000)
                + "A1</f></ext></extLst></worksheet>";
        assertEquals(Set.of(Kind.NOT_SCANNED), readWithNames("long-formula-skipped.xlsx", inExtension, ""));
        assertEquals(Set.of(Kind.DDE), readWithNames("long-and-dde.xlsx", "<worksheet xmlns=\"" + RawXlsx.MAIN
                + "\"><sheetData><row r=\"1\"><c r=\"A1\"><f>" + "A1+".repeat(11000) + "A1</f></c><c r=\"B1\"><f>"
                + DDE + "</f></c></row></sheetData></worksheet>", ""), "DDE is the stronger finding");
    }

    @Test
    void worksheet_anywhere_in_the_package_should_be_looked_at() throws Exception {
        String dde = worksheet(DDE);
        assertEquals(Set.of(Kind.DDE), read("typed.xlsx", workbook("xl/other/s.xml", dde, false, true, null)),
                "declared a worksheet by its content type, listed nowhere");
        assertEquals(Set.of(Kind.DDE), read("related.xlsx", workbook("xl/other/s.xml", dde, true, false, null)),
                "the workbook's 51st sheet, past the sheets read, at another path");
        assertEquals(Set.of(Kind.DDE), read("both.xlsx", workbook("xl/other/s.xml", dde, true, true, null)));
        assertEquals(Set.of(Kind.DDE), read("typed-outside.xlsx", workbook("data/s.xml", dde, false, true, null)),
                "declared a worksheet by its content type outside xl/");
        assertEquals(Set.of(Kind.DDE), read("typed-in-theme.xlsx", workbook("xl/theme/s.xml", dde, false, true, null)),
                "declared a worksheet by its content type in a folder of other parts");
        assertEquals(Set.of(), read("plain.xlsx", workbook("xl/other/s.xml", worksheet("A1+1"), true, true, null)));
        // content types that cannot be read: every unread part under xl/ that may be a sheet is looked at
        assertEquals(Set.of(Kind.DDE), read("untyped.xlsx", workbook("xl/other/s.xml", dde, false, false, "<Types><broken")));
        assertEquals(Set.of(), read("untyped-plain.xlsx", workbook("xl/other/s.xml", worksheet("A1+1"), false, false, "<Types><broken")));
    }

    @Test
    void worksheet_that_cannot_be_looked_at_should_be_said_so() throws Exception {
        String padded = "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><!--" + "x".repeat(20_000) + "--><sheetData><row r=\"1\">"
                + "<c r=\"A1\"><f>" + DDE + "</f></c></row></sheetData></worksheet>";
        ReadLimits.use(ReadLimits.parse("partBytes=12000"));
        try {
            assertEquals(Set.of(Kind.NOT_SCANNED), read("over-the-part-limit.xlsx", workbook("xl/worksheets/sheet99.xml", padded,
                    false, true, null)));
        } finally {
            ReadLimits.use(null);
        }
        String broken = "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData><row r=\"1\"></wrong>"
                + "<c r=\"A1\"><f>" + DDE + "</f></c></row></sheetData></worksheet>";
        assertEquals(Set.of(Kind.NOT_SCANNED), read("xml-error.xlsx", workbook("xl/other/s.xml", broken, true, true, null)));
        String longest = "1" + "+1".repeat(16_383); // 32,767 characters stored: the longest text looked at
        assertEquals(Set.of(), read("long.xlsx", workbook("xl/other/s.xml", worksheet(longest), true, true, null)));
        assertEquals(Set.of(Kind.NOT_SCANNED), read("too-long.xlsx", workbook("xl/other/s.xml",
                worksheet(longest + "+1"), true, true, null)), "a formula stored in more than 32,768 characters");
        assertEquals(Set.of(Kind.NOT_SCANNED), read("huge.xlsx", workbook("xl/other/s.xml",
                worksheet("1" + "+1".repeat(500_000) + "&" + DDE), true, true, null)));
        // a formula too long to look at does not hide DDE in a later one of the same part
        String tooLongThenDde = "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\"><f>" + longest
                + "+1</f></c><c r=\"B1\"><f>" + DDE + "</f></c></row></sheetData></worksheet>";
        assertEquals(Set.of(Kind.DDE), read("long-then-dde.xlsx", workbook("xl/other/s.xml", tooLongThenDde, true, true, null)));
        // what was found stays found: DDE in one sheet, another that cannot be looked at
        assertEquals(EnumSet.of(Kind.DDE), read("dde-and-broken.xlsx", withDdeInFirst(broken)));
    }

    /** The workbook of an unreadable 51st sheet whose first sheet has DDE. */
    private static byte[] withDdeInFirst(String broken) {
        byte[] base = workbook("xl/other/s.xml", broken, true, true, null);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(base))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), e.getName().equals("xl/worksheets/sheet1.xml")
                        ? worksheet(DDE).getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return RawXlsx.zip(parts);
    }
}

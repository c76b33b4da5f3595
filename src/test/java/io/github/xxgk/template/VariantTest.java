package io.github.xxgk.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A definition in the publishing repository that extends a built-in one: rows, headers and relations added. */
class VariantTest {

    static final Path PROVINCE = Path.of("src/test/resources/formats/province-2020.json");

    @Test
    void load_should_extend_the_base_with_rows_headers_and_relations() {
        FormatDefinition d = FormatDefinitions.load(PROVINCE.toString());
        FormatDefinition base = FormatDefinitions.load("2019");
        assertEquals("province-2020", d.id());
        assertEquals(base.version(), d.version(), "the variant keeps the base's years");
        TableTemplate t2 = d.table("t2");
        assertEquals(List.of("rules", "normative-docs", "other-docs", "docs-total"),
                t2.sections().get(0).rows().stream().map(RowSpec::id).toList());
        assertEquals("规章（设区的市、自治州人民政府应提供相关数据）", t2.row("rules").label());
        assertEquals("上一年项目数量（指2019年事项数）", t2.column("items-5").label());
        assertEquals("处理决定数量（指2020年办件量）", t2.column("decisions-5").label());
        assertEquals(base.relations().size() + 1, d.relations().size());
        assertEquals(3, EquationModel.of(d).ofTable("t2").size(), "P1 holds in each of the section's three columns");
        assertEquals(base.table("t3"), d.table("t3"), "what the variant does not name stays as in the base");
    }

    @Test
    void load_should_reject_a_variant_naming_what_the_base_does_not_have() {
        String json = "{\"extends\": \"gov-2019\", \"colour\": 1, "
                + "\"rows\": [{\"table\": \"t9\", \"row\": {\"id\": \"x\", \"label\": \"x\"}},"
                + " {\"table\": \"t2\", \"section\": \"a20-1\", \"after\": \"rule\", \"row\": {\"id\": \"x\", \"label\": \"x\"}}],"
                + " \"headers\": [{\"table\": \"t3\", \"column\": \"naturall\", \"note\": \"（注）\"}]}";
        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class, () -> read(json));
        assertEquals("v.json: colour: unknown property of a variant (extends, headers, id, name, relations, rows, source, version)\n"
                + "v.json: rows[0] table \"t9\" is not a table of gov-2019\n"
                + "v.json: rows[1] after \"rule\" is not a row of section a20-1\n"
                + "v.json: headers[0] column \"naturall\" is not a column of table t3", e.getMessage());
        assertEquals("v.json: extends \"gov-2018\" is not a built-in format (gov-2019, gov-2021)",
                assertThrows(InvalidDefinitionException.class, () -> read("{\"extends\": \"gov-2018\"}")).getMessage());
    }

    @Test
    void load_should_validate_the_extended_definition_like_a_built_in_one() {
        String json = "{\"extends\": \"gov-2019\", \"rows\": [{\"table\": \"t2\", \"section\": \"a20-1\", "
                + "\"row\": {\"id\": \"rules\", \"label\": \"规章\"}}], \"relations\": [{\"id\": \"R1\", \"rule\": \"sum-row-total\", "
                + "\"table\": \"t3\", \"each\": \"row\", \"left\": [\"total\"], \"right\": [\"natural\"], \"target\": \"total\", "
                + "\"wording\": \"w\", \"reference\": \"r\"}]}";
        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class, () -> read(json));
        assertEquals(List.of(
                "tables[0] \"t2\" sections[0] \"a20-1\" rows[2] \"rules\" has the same id as sections[0] rows[0]",
                "tables[0] \"t2\" sections[0] \"a20-1\" rows[2] \"rules\" has the same label \"规章\" under the same groups as rows[0] \"rules\"",
                "relations[6] \"R1\" has the same id as relations[0]"), e.problems());
    }

    @Test
    void load_should_name_a_missing_definition_file(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("none.json");
        assertEquals("format definition " + missing.toAbsolutePath().normalize() + " does not exist",
                assertThrows(IllegalArgumentException.class, () -> FormatDefinitions.load(missing.toString())).getMessage());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"extends\": \"gov-2021\", \"id\": \"\"}");
        assertEquals("broken.json: id is empty", assertThrows(InvalidDefinitionException.class,
                () -> FormatDefinitions.load(broken.toString())).getMessage());
    }

    private static FormatDefinition read(String json) {
        return FormatDefinitions.read("v.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}

package io.github.xxgk.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A broken definition is rejected when it is loaded, with every problem named by file and entry. Each case edits
 * the shipped gov-2021.json in memory. Indexes: tables t2 = 0, t3 = 1, t4 = 2; relations R1 = 0, R2 = 1, R3 = 2,
 * R4-review = 3, R4-direct = 4, R4-after-review = 5.
 */
class DefinitionValidatorTest {

    private static final String FILE = "gov-2021.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode shipped() {
        try (InputStream in = DefinitionValidatorTest.class.getResourceAsStream("/io/github/xxgk/templates/" + FILE)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FormatDefinition read(String json) {
        return FormatDefinitions.read(FILE, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** The message of loading the shipped definition after {@code edit}. */
    private static String problems(Consumer<ObjectNode> edit) {
        ObjectNode definition = shipped();
        edit.accept(definition);
        return assertThrows(InvalidDefinitionException.class, () -> read(definition.toString())).getMessage();
    }

    private static ObjectNode byId(JsonNode array, String id) {
        for (JsonNode n : array) {
            if (n.path("id").asText().equals(id)) {
                return (ObjectNode) n;
            }
        }
        throw new IllegalArgumentException("no " + id);
    }

    private static ObjectNode relation(ObjectNode d, String id) {
        return byId(d.get("relations"), id);
    }

    private static ObjectNode table(ObjectNode d, String id) {
        return byId(d.get("tables"), id);
    }

    private static ObjectNode section(ObjectNode d, String table, int index) {
        return (ObjectNode) table(d, table).get("sections").get(index);
    }

    private static ObjectNode row(ObjectNode d, String table, String row) {
        return byId(section(d, table, 0).get("rows"), row);
    }

    private static ObjectNode column(ObjectNode d, String table, String column) {
        return byId(section(d, table, 0).get("columns"), column);
    }

    private static void replace(ObjectNode relation, String side, int index, String term) {
        ((ArrayNode) relation.get(side)).set(index, term);
    }

    @Test
    void load_should_accept_the_shipped_definition() {
        FormatDefinition read = read(shipped().toString());
        assertEquals(FormatDefinitions.standard(), read);
        assertEquals(6, read.relations().size());
    }

    @Test
    void load_should_reject_a_relation_term_that_is_not_a_row() {
        // the typo that made seed 002's two (七)总计 errors vanish
        assertEquals("gov-2021.json: relations[2] \"R3\" term right[2] \"withheld-secrt\" is not a row of table t3",
                problems(d -> replace(relation(d, "R3"), "right", 2, "withheld-secrt")));
    }

    @Test
    void load_should_reject_a_relation_term_that_is_not_a_column() {
        assertEquals("gov-2021.json: relations[1] \"R2\" term right[0] \"naturel\" is not a column of table t3",
                problems(d -> replace(relation(d, "R2"), "right", 0, "naturel")));
    }

    @Test
    void load_should_reject_a_term_named_twice() {
        assertEquals("gov-2021.json: relations[0] \"R1\" term right[0] \"new\" is also left[0]",
                problems(d -> replace(relation(d, "R1"), "right", 0, "new")));
    }

    @Test
    void load_should_reject_an_unknown_rule_id() {
        assertEquals("gov-2021.json: relations[1] \"R2\" rule \"sum-row-totals\" is not a relation rule "
                        + "(balance-identity, sum-row-total, sum-results-total, sum-litigation-total)",
                problems(d -> relation(d, "R2").put("rule", "sum-row-totals")));
    }

    @Test
    void load_should_reject_a_rule_that_is_not_for_relations() {
        assertEquals("gov-2021.json: relations[3] \"R4-review\" rule \"value-blank\" is not a relation rule "
                        + "(balance-identity, sum-row-total, sum-results-total, sum-litigation-total)",
                problems(d -> relation(d, "R4-review").put("rule", "value-blank")));
    }

    @Test
    void load_should_reject_a_missing_or_foreign_target() {
        assertEquals("gov-2021.json: relations[0] \"R1\" target is missing\n"
                        + "gov-2021.json: relations[2] \"R3\" target \"new\" is not one of its terms",
                problems(d -> {
                    relation(d, "R1").remove("target");
                    relation(d, "R3").put("target", "new");
                }));
    }

    @Test
    void load_should_reject_an_unknown_table_and_a_missing_scope() {
        assertEquals("gov-2021.json: relations[3] \"R4-review\" table \"t5\" is not a table (t2, t3, t4)\n"
                        + "gov-2021.json: relations[4] \"R4-direct\" each is missing (column: the terms are rows; "
                        + "row: the terms are columns)",
                problems(d -> {
                    relation(d, "R4-review").put("table", "t5");
                    relation(d, "R4-direct").remove("each");
                }));
    }

    @Test
    void load_should_reject_empty_sides_and_texts_of_a_relation() {
        assertEquals("gov-2021.json: relations[5] \"R4-after-review\" right is empty\n"
                        + "gov-2021.json: relations[5] \"R4-after-review\" wording is empty\n"
                        + "gov-2021.json: relations[5] \"R4-after-review\" reference is missing",
                problems(d -> {
                    ObjectNode r = relation(d, "R4-after-review");
                    r.putArray("right");
                    r.put("wording", " ");
                    r.remove("reference");
                }));
    }

    @Test
    void load_should_reject_terms_in_several_sections() {
        assertEquals("gov-2021.json: relations[6] \"R9\" terms lie in several sections of table t2 (a20-5, a20-6); "
                        + "a relation holds within one section",
                problems(d -> {
                    ObjectNode r = ((ArrayNode) d.get("relations")).addObject();
                    r.put("id", "R9").put("rule", "sum-row-total").put("table", "t2").put("each", "column");
                    r.putArray("left").add("licensing");
                    r.putArray("right").add("penalty");
                    r.put("target", "licensing").put("wording", "许可 = 处罚").put("reference", "test");
                }));
    }

    @Test
    void load_should_reject_a_duplicate_row_id_and_list_every_problem() {
        assertEquals("gov-2021.json: tables[1] \"t3\" sections[0] \"applications\" rows[1] \"new\" has the same id "
                        + "as sections[0] rows[0]\n"
                        + "gov-2021.json: relations[0] \"R1\" term left[1] \"carried\" is not a row of table t3\n"
                        + "gov-2021.json: acrossYears[0] \"R6\" target \"carried\" is not a row of table t3",
                problems(d -> row(d, "t3", "carried").put("id", "new")));
    }

    @Test
    void load_should_reject_a_relation_across_years_without_last_years_term_or_with_one_term_twice() {
        assertEquals("gov-2021.json: acrossYears[0] \"R6\" equals has no term of last year's report (previous:…)\n"
                        + "gov-2021.json: acrossYears[1] \"R7\" equals[2] \"-previous:in-force\" is also equals[0]",
                problems(d -> {
                    ((ArrayNode) d.get("acrossYears").get(0).get("equals")).set(0, "carried-next");
                    ((ArrayNode) d.get("acrossYears").get(1).get("equals")).set(2, "-previous:in-force");
                }));
    }

    @Test
    void load_should_reject_a_relation_across_years_that_names_what_is_not_there() {
        assertEquals("gov-2021.json: acrossYears[1] \"R7\" has the same id as relations[6]\n"
                        + "gov-2021.json: acrossYears[1] \"R7\" rule \"sum-row-total\" is not a rule across years "
                        + "(carry-over-mismatch, valid-count-continuity)\n"
                        + "gov-2021.json: acrossYears[1] \"R7\" target \"previous:in-force\" must be this year's cell, unsigned\n"
                        + "gov-2021.json: acrossYears[1] \"R7\" equals[0] \"previous:in-force\" is also target\n"
                        + "gov-2021.json: acrossYears[1] \"R7\" equals[1] \"licensing\" is not a column of table t2",
                problems(d -> {
                    ObjectNode r = (ObjectNode) d.get("acrossYears").get(1);
                    r.put("rule", "sum-row-total").put("target", "previous:in-force");
                    ((ArrayNode) r.get("equals")).set(1, "licensing");
                    ObjectNode clash = ((ArrayNode) d.get("relations")).addObject();
                    clash.put("id", "R7").put("rule", "sum-row-total").put("table", "t2").put("each", "row");
                    clash.putArray("left").add("in-force");
                    clash.putArray("right").add("issued");
                    clash.put("target", "in-force").put("wording", "现行有效 = 制发").put("reference", "test");
                }));
    }

    @Test
    void load_should_reject_duplicate_ids_of_parts_groups_and_relations() {
        assertEquals("gov-2021.json: parts[1] \"overview\" has the same id as parts[0]\n"
                        + "gov-2021.json: tables[1] \"t3\" rowGroups[5] \"withheld\" has the same id as rowGroups[1]\n"
                        + "gov-2021.json: relations[4] \"R4-review\" has the same id as relations[3]",
                problems(d -> {
                    ((ObjectNode) d.get("parts").get(1)).put("id", "overview");
                    table(d, "t3").withArray("rowGroups").addObject().put("id", "withheld").put("label", "再次");
                    relation(d, "R4-direct").put("id", "R4-review");
                }));
    }

    @Test
    void load_should_reject_unknown_groups() {
        assertEquals("gov-2021.json: tables[1] \"t3\" sections[0] \"applications\" columns[1] \"business\" group "
                        + "\"organization\" is not a column group of table t3\n"
                        + "gov-2021.json: tables[1] \"t3\" sections[0] \"applications\" rows[4] \"withheld-secret\" group "
                        + "\"witheld\" is not a row group of table t3",
                problems(d -> {
                    ((ArrayNode) column(d, "t3", "business").get("groups")).set(1, "organization");
                    ((ArrayNode) row(d, "t3", "withheld-secret").get("groups")).set(1, "witheld");
                }));
    }

    @Test
    void load_should_reject_empty_labels() {
        assertEquals("gov-2021.json: parts[0] \"overview\" label is empty\n"
                        + "gov-2021.json: tables[0] \"t2\" sections[1] \"a20-5\" title is empty (each block of a table "
                        + "laid out in blocks shows its title)\n"
                        + "gov-2021.json: tables[1] \"t3\" notes[0] \"balance-note\" label is empty\n"
                        + "gov-2021.json: tables[1] \"t3\" rowGroups[0] \"results\" label is empty\n"
                        + "gov-2021.json: tables[1] \"t3\" columnGroups[1] \"organisation\" label is missing\n"
                        + "gov-2021.json: tables[1] \"t3\" sections[0] \"applications\" columns[0] \"natural\" label is empty\n"
                        + "gov-2021.json: tables[1] \"t3\" sections[0] \"applications\" rows[0] \"new\" label is empty "
                        + "(only the single row of a table may have none)\n"
                        + "gov-2021.json: tables[2] \"t4\" sections[0] \"cases\" columns[0] \"review-upheld\" "
                        + "formerLabels[0] is empty",
                problems(d -> {
                    ((ObjectNode) d.get("parts").get(0)).put("label", "");
                    section(d, "t2", 1).put("title", "");
                    ((ObjectNode) table(d, "t3").get("notes").get(0)).put("label", "");
                    byId(table(d, "t3").get("rowGroups"), "results").put("label", "");
                    byId(table(d, "t3").get("columnGroups"), "organisation").remove("label");
                    column(d, "t3", "natural").put("label", "  ");
                    row(d, "t3", "new").put("label", "");
                    column(d, "t4", "review-upheld").putArray("formerLabels").add("");
                }));
    }

    @Test
    void load_should_reject_labels_that_cannot_be_told_apart() {
        assertEquals("gov-2021.json: tables[1] \"t3\" sections[0] \"applications\" rows[3] \"partial\" has the same "
                        + "label \"予以公开\" under the same groups as rows[2] \"open\"\n"
                        + "gov-2021.json: tables[2] \"t4\" sections[0] \"cases\" columns[1] \"review-corrected\" has the "
                        + "same label \"结果维持\" under the same groups as columns[0] \"review-upheld\"",
                problems(d -> {
                    row(d, "t3", "partial").put("label", "予以公开");
                    column(d, "t4", "review-corrected").put("label", "结果维持");
                }));
    }

    @Test
    void load_should_reject_missing_parts_and_duplicate_ids_of_tables() {
        assertEquals("gov-2021.json: tables[0] \"t2\" number is empty\n"
                        + "gov-2021.json: tables[0] \"t2\" sheetHint \"表二:主动\" is not a sheet name (at most 31 "
                        + "characters, none of : \\ / ? * [ ])\n"
                        + "gov-2021.json: tables[2] \"t3\" has the same id as tables[1]\n"
                        + "gov-2021.json: tables[2] \"t3\" has the same sheetHint \"表三\" as tables[1]\n"
                        + "gov-2021.json: tables[2] \"t3\" sections[0] \"cases\" rows is empty",
                problems(d -> {
                    table(d, "t2").put("number", "").put("sheetHint", "表二:主动");
                    section(d, "t4", 0).putArray("rows");
                    table(d, "t4").put("id", "t3").put("sheetHint", "表三");
                    d.withArray("relations").removeAll(); // they would name t4, now gone
                    d.withArray("narrative").removeAll();
                }));
    }

    @Test
    void load_should_reject_a_table_without_row_labels_or_column_groups() {
        assertEquals("gov-2021.json: tables[3] \"t5\" has a row without a label but no columnGroups (such a table is "
                        + "found by its first column group)",
                problems(d -> {
                    ObjectNode t5 = d.withArray("tables").addObject();
                    t5.put("id", "t5").put("number", "五").put("title", "测试").put("sheetHint", "表五")
                            .put("layout", "single_row").put("headerDepth", 1);
                    ObjectNode s = t5.putArray("sections").addObject().put("id", "s");
                    s.putArray("columns").addObject().put("id", "c").put("label", "件数");
                    s.putArray("rows").addObject().put("id", "r").put("label", "");
                }));
    }

    @Test
    void load_should_reject_an_empty_definition_and_a_negative_scale() {
        assertEquals("gov-2021.json: id is missing\n"
                        + "gov-2021.json: name is missing\n"
                        + "gov-2021.json: source is missing\n"
                        + "gov-2021.json: amountScale is -1; it must be 0 or more\n"
                        + "gov-2021.json: version is missing (its name, and the report years it is for)\n"
                        + "gov-2021.json: tables is empty",
                assertThrows(InvalidDefinitionException.class, () -> read("{\"amountScale\": -1}")).getMessage());
    }

    @Test
    void load_should_name_where_the_json_is_malformed() {
        assertEquals("gov-2021.json: line 2, column 3: Unexpected end-of-input within/between Object entries",
                assertThrows(InvalidDefinitionException.class, () -> read("{\"id\": \"x\",\n  ")).getMessage());
        assertEquals("gov-2021.json: relations[0].weight: unknown property (line 1, column 54)",
                assertThrows(InvalidDefinitionException.class,
                        () -> read("{\"relations\": [{\"id\": \"R1\", \"rule\": \"x\", \"weight\": 2}]}")).getMessage());
        assertEquals("gov-2021.json: relations[0].each: \"columns\" is not one of row, column (line 1, column 25)",
                assertThrows(InvalidDefinitionException.class,
                        () -> read("{\"relations\": [{\"each\": \"columns\"}]}")).getMessage());
    }

    @Test
    void load_should_reject_a_layout_that_does_not_fit_the_table() {
        assertEquals("gov-2021.json: tables[0] \"t2\" blockWidth 2 is less than the 3 columns of its widest block\n"
                        + "gov-2021.json: tables[1] \"t3\" headerDepth 2 does not match its column groups (3 header rows: "
                        + "the deepest column's groups and its own label)\n"
                        + "gov-2021.json: tables[2] \"t4\" layout headed needs a label on its row (a table of one "
                        + "unlabelled row is single_row)",
                problems(d -> {
                    table(d, "t2").put("blockWidth", 2);
                    table(d, "t3").put("headerDepth", 2);
                    table(d, "t4").put("layout", "headed");
                }));
        assertEquals("gov-2021.json: tables[2] \"t4\" layout is missing (headed, blocks or single_row)",
                problems(d -> table(d, "t4").remove("layout")));
        assertEquals("gov-2021.json: tables[1].layout: \"grid\" is not one of headed, blocks, single_row (line 1, column "
                        + "NN)", problems(d -> table(d, "t3").put("layout", "grid")).replaceAll("column \\d+", "column NN"));
    }

    @Test
    void load_should_reject_duplicate_labels_of_cover_fields_and_groups() {
        assertEquals("gov-2021.json: cover[3] \"phone\" has the same label \"报告年度\" as cover[1]\n"
                        + "gov-2021.json: tables[2] \"t4\" columnGroups[3] \"after-review\" has the same label "
                        + "\"行政复议\" as columnGroups[0]",
                problems(d -> {
                    byId(d.get("cover"), "phone").put("label", "报告年度");
                    byId(table(d, "t4").get("columnGroups"), "after-review").put("label", "行政复议");
                }));
    }

    @Test
    void load_should_reject_a_narrative_claim_with_a_bad_pattern_or_unknown_cells() {
        assertEquals("gov-2021.json: narrative[0] \"applications-received\" pattern has no group for the stated number\n"
                        + "gov-2021.json: narrative[1] \"reviews\" pattern is not a regular expression: Unclosed group\n"
                        + "gov-2021.json: narrative[2] \"lawsuits\" row \"case\" is not a row of table t4\n"
                        + "gov-2021.json: narrative[2] \"lawsuits\" column \"direct-totl\" is not a column of table t4",
                problems(d -> {
                    byId(d.get("narrative"), "applications-received").put("pattern", "收到申请\\d+件");
                    byId(d.get("narrative"), "reviews").put("pattern", "行政复议(\\d+");
                    ObjectNode lawsuits = byId(d.get("narrative"), "lawsuits").put("row", "case");
                    ((ArrayNode) lawsuits.get("columns")).set(0, "direct-totl");
                }));
    }

    @Test
    void load_should_reject_relations_that_do_not_balance() {
        // （七）总计 = （一）予以公开 contradicts R3, （七）总计 = the sum of all 21 result rows
        assertEquals("gov-2021.json: relations \"R9\" does not balance with the other relations of table t3 (in natural): "
                        + "no values make them all hold",
                problems(d -> extra(d, "R9", "t3", "column", "results-total", "open")));
    }

    @Test
    void load_should_reject_relations_whose_targets_only_determine_each_other() {
        assertEquals("gov-2021.json: relations \"R1\", \"R2\", \"R9\" only determine each other's targets: choose "
                        + "targets that the other cells fix",
                problems(d -> extra(d, "R9", "t3", "column", "carried", "carried-next")));
    }

    @Test
    void load_should_reject_a_relation_over_counts_and_amounts() {
        assertEquals("gov-2021.json: relations[3] \"R4-review\" adds columns of different kinds ([COUNT, AMOUNT]); a "
                        + "relation sums like with like",
                problems(d -> column(d, "t4", "review-upheld").put("kind", "AMOUNT")));
    }

    /** A relation {@code left = right} with {@code left} its target. */
    private static void extra(ObjectNode d, String id, String table, String each, String left, String right) {
        ObjectNode r = d.withArray("relations").addObject().put("id", id).put("rule", "sum-results-total")
                .put("table", table).put("each", each).put("target", left).put("wording", "测试").put("reference", "测试");
        r.putArray("left").add(left);
        r.putArray("right").add(right);
    }
}

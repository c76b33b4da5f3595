package io.github.xxgk.check.across;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xxgk.check.Rule;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.FormatDefinitions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The equations across years come from the definition's {@code acrossYears}, expanded over its sections' cells. */
class CrossEquationsTest {

    private static FormatDefinition edited(Consumer<ObjectNode> edit) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode d;
        try (InputStream in = FormatDefinitions.class.getResourceAsStream("/io/github/xxgk/templates/gov-2021.json")) {
            d = (ObjectNode) json.readTree(in);
        }
        edit.accept(d);
        return FormatDefinitions.read("edited.json", new ByteArrayInputStream(json.writeValueAsBytes(d)));
    }

    private static List<CrossEquation> equations(FormatDefinition f) {
        CellIndex index = CellIndex.of(f);
        return CrossEquations.previousYear(index, index);
    }

    @Test
    void built_in_2021_should_carry_over_in_every_applicant_column_and_continue_both_kinds_of_documents() {
        List<CrossEquation> all = equations(FormatDefinitions.standard());
        List<CrossEquation> r6 = all.stream().filter(e -> e.rule() == Rule.CARRY_OVER_MISMATCH).toList();
        List<CrossEquation> r7 = all.stream().filter(e -> e.rule() == Rule.VALID_COUNT_CONTINUITY).toList();
        assertEquals(List.of("natural", "business", "research", "public-welfare", "legal-service", "other-org", "total"),
                r6.stream().map(CrossEquation::scope).toList());
        assertEquals(List.of("rules", "normative-docs"), r7.stream().map(CrossEquation::scope).toList());
        assertEquals("现行有效件数（本年）= 现行有效件数（上年）+ 本年制发件数 − 本年废止件数", r7.get(0).wording(), "as before R7 was data");
        assertEquals(List.of(1, -1, -1, 1), r7.get(0).operands().stream().map(CrossEquation.Operand::weight).toList());
        assertEquals("R7", r7.get(0).relationId());
        assertTrue(all.stream().allMatch(CrossEquation::resolved));
    }

    @Test
    void a_2021_report_against_a_2020_one_in_the_2019_format_should_compare_the_carry_over_and_say_r7_cannot_be() {
        CellIndex y2021 = CellIndex.of(FormatDefinitions.load("gov-2021"));
        CellIndex y2020 = CellIndex.of(FormatDefinitions.load("gov-2019"));
        List<CrossEquation> all = CrossEquations.previousYear(y2021, y2020);
        assertEquals(List.of("R6", "R7"), all.stream().map(CrossEquation::relationId).distinct().toList());
        assertTrue(all.stream().filter(e -> e.relationId().equals("R6")).allMatch(CrossEquation::resolved),
                "表三 has the same rows and columns in both versions");
        assertTrue(all.stream().filter(e -> e.relationId().equals("R7")).noneMatch(CrossEquation::resolved),
                "the 2019 table 二 has no 现行有效件数");
        assertEquals(7 + 2, all.size());
    }

    @Test
    void two_relations_of_one_rule_and_table_should_both_be_equations() throws Exception {
        FormatDefinition twice = edited(d -> {
            ObjectNode r = ((ArrayNode) d.get("acrossYears")).addObject();
            r.put("id", "R6b").put("rule", "carry-over-mismatch").put("table", "t3").put("each", "column")
                    .put("target", "new").put("reference", "test");
            r.putArray("equals").add("previous:new");
        });
        List<CrossEquation> carry = equations(twice).stream().filter(e -> e.rule() == Rule.CARRY_OVER_MISMATCH).toList();
        assertEquals(List.of("R6", "R6b"), carry.stream().map(CrossEquation::relationId).distinct().toList());
        assertEquals(14, carry.size());
    }

    @Test
    void a_definition_without_the_relation_should_have_no_such_equation_and_one_with_a_new_relation_should() throws Exception {
        FormatDefinition without = edited(d -> ((ArrayNode) d.get("acrossYears")).remove(1));
        assertEquals(List.of(Rule.CARRY_OVER_MISMATCH), equations(without).stream().map(CrossEquation::rule).distinct().toList());

        FormatDefinition withFees = edited(d -> {
            ObjectNode r = ((ArrayNode) d.get("acrossYears")).addObject();
            r.put("id", "R8").put("rule", "valid-count-continuity").put("table", "t3").put("each", "column")
                    .put("target", "new").put("reference", "test");
            r.putArray("equals").add("previous:new").add("-previous:carried");
        });
        List<CrossEquation> r8 = equations(withFees).stream().filter(e -> e.relationId().equals("R8")).toList();
        assertEquals(7, r8.size(), "every column of 表三's section");
        assertEquals(List.of(CrossEquation.Context.THIS, CrossEquation.Context.PREVIOUS_YEAR, CrossEquation.Context.PREVIOUS_YEAR),
                r8.get(0).operands().stream().map(CrossEquation.Operand::context).toList());
        assertEquals(List.of(1, -1, 1), r8.get(0).operands().stream().map(CrossEquation.Operand::weight).toList());
    }
}

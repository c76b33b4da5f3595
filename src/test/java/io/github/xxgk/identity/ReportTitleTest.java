package io.github.xxgk.identity;

import io.github.xxgk.table.Grid;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one reading of a report's year and title: each row a text and what it states ({@code -}: nothing). */
class ReportTitleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2020|2020",
            "２０２０|2020",
            "2020年|2020",
            "2020年度|2020",
            "２０２０年度|2020",
            "（2020）年|2020",
            "（２０２０）年度|2020",
            " 2020 年 |2020",
            "2008|2008",
            "2099|2099",
            "2007|-",
            "2100|-",
            "1234|-",
            "9999|-",
            "20201|-",
            "去年|-",
            "2021-2022|-",
            "2021年（2021年度）|2021",
            // file names: a year inside a longer number or a hash is none
            "某局2020年报.xlsx|2020",
            "report_2020.xlsx|2020",
            "20210315_某局.xlsx|-",
            "a2019b_某局2020.xlsx|2020",
            "3f2019ab.xlsx|-",
            "2021-03-15 某局2020年报.xlsx|-",
            "１２３４_２０２３.xlsx|2023",
    })
    void year_should_be_the_one_year_a_text_states(String text, String expected) {
        OptionalInt y = ReportTitle.year(text);
        assertEquals(expected, y.isPresent() ? Integer.toString(y.getAsInt()) : "-");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // agency first, year first, in brackets, full-width, with the title's quotes
            "「南关区政府办公室2022年政府信息公开工作年度报告」|南关区政府办公室 2022",
            "2023年南关区政府办公室政府信息公开工作年度报告|南关区政府办公室 2023",
            "某 局（2024）年度政府信息公开工作年度报告|某局 2024",
            "２０２０年某局政府信息公开工作年度报告|某局 2020",
            "某局２０２０年度政府信息公开工作年度报告|某局 2020",
            "《某局(2021)年政府信息公开工作年度报告》|某局 2021",
            "「南关区政府办公室2022年政府信息公开工作年度报告」|南关区政府办公室 2022",
            // the agency as printed: full-width brackets kept, as the cover's agency is compared
            "南关区（开发区）２０２２年政府信息公开工作年度报告|南关区（开发区） 2022",
            "２０２２年　中共某县委宣传部（县新闻出版局）政府信息公开工作年度报告|中共某县委宣传部（县新闻出版局） 2022",
            // the report's name in its variants
            "2020年度某局政府信息公开工作报告|某局 2020",
            "某局2020年政府信息公开年度报告|某局 2020",
            "某局2020年度政府信息公开年度工作报告|某局 2020",
            // no agency: the year alone
            "2022年政府信息公开工作年度报告|- 2022",
            "２０２２年度政府信息公开工作年度报告|- 2022",
            // a sentence naming the report: its year, never an agency
            "现公布2022年度长春高新区政府信息公开年度报告。|- 2022",
            "根据《条例》规定，现公布（２０２１）年度本机关政府信息公开工作年度报告。|- 2021",
            "现公布2022年度政府信息公开工作年度报告|- 2022",
            "现将2022年政府信息公开工作年度报告公布如下：|- 2022",
            "关于2022年度政府信息公开工作年度报告的说明|- 2022",
            "特此发布2022年政府信息公开工作年度报告|- 2022",
            "现代农业示范区管委会2022年政府信息公开工作年度报告|现代农业示范区管委会 2022",
            "2022年关于政府信息公开工作年度报告|- 2022",
            "关于某市财政局2022年政府信息公开工作年度报告的公告|某市财政局 2022",
            "现将某市财政局2022年度政府信息公开工作年度报告公布如下|某市财政局 2022",
            "深圳市气象局（深圳市突发事件预警信息发布中心）2022年政府信息公开工作年度报告|深圳市气象局（深圳市突发事件预警信息发布中心） 2022",
            "2022年深圳市突发事件预警信息发布中心政府信息公开工作年度报告|深圳市突发事件预警信息发布中心 2022",
            "某市人民政府新闻发布办公室2022年政府信息公开工作年度报告|某市人民政府新闻发布办公室 2022",
            // none
            "政府信息公开工作年度报告|-",
            "1999年某局政府信息公开工作年度报告|-",
            "某局9999年政府信息公开工作年度报告|-",
            "某局a2020年政府信息公开工作年度报告|-",
            "2020年，我局深入推进政府信息公开工作。|-",
            "四、政府信息公开行政复议、行政诉讼情况|-",
            // spaces of any width, inside the name too
            "某局 2022 年政府信息 公开工作年度报告|某局 2022",
            "某局\u20032022年政府信息公开工作年度报告|某局 2022",
            // two years: no title of one report, and no agency 「2021-」
            "2021-2022年政府信息公开工作年度报告|-",
            "2020、2021年政府信息公开工作年度报告|-",
            // a date after the report's name does not make a second year of it
            "某局2021年政府信息公开工作年度报告（2022年修订）|某局 2021",
            "某局2022年政府信息公开工作年度报告（2023年1月）|某局 2022",
            "根据2019年修订的《条例》，现公布2022年度长春高新区政府信息公开年度报告。|- 2022",
            "某局2022年度政府信息公开工作年度报 告|某局 2022",
            "现公布2021年度、2022年度本机关政府信息公开工作年度报告。|-",
    })
    void title_should_give_agency_and_year(String text, String expected) {
        Optional<ReportTitle> t = ReportTitle.of(text);
        assertEquals(expected, t.map(x -> (x.agency() == null ? "-" : x.agency()) + " " + x.year()).orElse("-"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "宜春丰城高新区2022年政府信息公开/工作年度报告|宜春丰城高新区 2022",
            "政府信息公开工作年度报告/（2021年度）|-",
            "政府信息公开工作年度报告/现公布2022年度长春高新区政府信息公开年度报告。|- 2022",
            "/ /2023年南关区政府办公室政府信息公开工作年度报告|南关区政府办公室 2023",
    })
    void find_should_take_the_first_title_of_a_document_joining_one_broken_over_two_lines(String lines, String expected) {
        String[] split = lines.split("/");
        List<Grid.TextLine> text = java.util.stream.IntStream.range(0, split.length)
                .mapToObj(i -> new Grid.TextLine(i + 1, split[i])).toList();
        Grid grid = new Grid(List.of(), text, List.of(), false);
        Optional<ReportTitle> t = ReportTitle.find(grid);
        assertEquals(expected, t.map(x -> (x.agency() == null ? "-" : x.agency()) + " " + x.year()).orElse("-"));
    }

    /** A hostile cell of quote marks is read in one pass: it took 27 s at 80,000 characters, and grows as the square. */
    @org.junit.jupiter.api.Test
    void long_run_of_quote_marks_should_not_take_the_square_of_its_length() {
        String hostile = "》".repeat(400_000) + "政府信息公开报告1";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            assertEquals(Optional.empty(), ReportTitle.of(hostile));
            assertEquals(hostile, ReportTitle.compress(hostile));
        });
        assertEquals("某局2022年政府信息公开工作年度报告", ReportTitle.compress("《 某局2022年政府信息公开工作年度报告 》"));
    }
}

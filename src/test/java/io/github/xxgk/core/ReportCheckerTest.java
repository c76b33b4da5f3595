package io.github.xxgk.core;

import io.github.xxgk.check.Check;
import io.github.xxgk.check.Finding;
import io.github.xxgk.check.Findings;
import io.github.xxgk.check.RelationCheck;
import io.github.xxgk.fixtures.FindingTuple;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.fixtures.Seeds;
import io.github.xxgk.report.Messages;
import io.github.xxgk.table.BoundReport;
import io.github.xxgk.template.FormatDefinition;
import io.github.xxgk.template.FormatDefinitions;
import io.github.xxgk.template.TableTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A check or binder that throws is a defect of the plugin: a finding saying so, never file-unreadable. */
class ReportCheckerTest {

    /** A check with a defect, failing at a known place. */
    private static final class FailingCheck implements Check {
        @Override
        public void check(BoundReport report, Findings findings) {
            IllegalStateException e = new IllegalStateException("no cell for total");
            e.setStackTrace(new StackTraceElement[] {
                    new StackTraceElement("io.github.xxgk.check.SumCheck", "check", "SumCheck.java", 42)});
            throw e;
        }
    }

    private static final FindingTuple INTERNAL_ERROR = new FindingTuple("internal-error", "", "", "", "");

    @Test
    void check_should_report_a_check_that_throws_as_an_internal_error_and_run_the_other_checks(@TempDir Path dir) {
        SeedWorkbooks.seed000().writeXlsx(dir.resolve("000.xlsx"));
        SeedWorkbooks.seed002().writeXlsx(dir.resolve("002.xlsx"));
        List<Path> files = List.of(Path.of("000.xlsx"), Path.of("002.xlsx"));
        FormatDefinition format = FormatDefinitions.standard();

        CheckResult failing = new ReportChecker(format, List.of(new FailingCheck(), new RelationCheck())).checkAll(dir, files, 1);
        CheckResult sound = new ReportChecker(format, List.of(new RelationCheck())).checkAll(dir, files, 1);

        for (int i = 0; i < files.size(); i++) {
            FileResult f = failing.files().get(i);
            assertEquals(INTERNAL_ERROR, FindingTuple.of(f.findings().get(0)), f.file());
            String detail = "IllegalStateException: no cell for total, at io.github.xxgk.check.SumCheck.check(SumCheck.java:42)";
            assertEquals(Map.of("check", "FailingCheck", "detail", detail, "detailKey", "internal", "detail.text", detail),
                    f.findings().get(0).args());
            assertEquals(FindingTuple.of(sound.files().get(i).findings()), FindingTuple.of(f.findings().subList(1, f.findings().size())),
                    f.file() + ": the relation check still ran");
            assertTrue(f.report() != null, f.file() + " was bound");
        }
        assertEquals(2, FindingTuple.of(failing.files().get(1).findings()).stream()
                .filter(t -> t.rule().equals("sum-results-total")).count(), "seed 002's two sum errors");
    }

    @Test
    void check_should_report_a_binder_that_throws_as_an_internal_error(@TempDir Path dir) throws Exception {
        // table 四 without its column groups (a definition the loader rejects) makes the text binder fail
        FormatDefinition d = FormatDefinitions.standard();
        TableTemplate t4 = d.table("t4");
        List<TableTemplate> tables = d.tables().stream().map(t -> t != t4 ? t : new TableTemplate(t4.id(), t4.number(),
                t4.title(), t4.sheetHint(), t4.layout(), t4.headerDepth(), t4.blockWidth(), t4.versionMark(), t4.notes(), t4.rowGroups(), List.of(), t4.sections())).toList();
        FormatDefinition broken = new FormatDefinition(d.id(), d.name(), d.source(), d.amountScale(), d.parts(), tables,
                d.relations());
        Path file = Files.copy(Seeds.file("000_a26b6c3908db602a.txt"), dir.resolve("000.txt"));

        FileResult result = new ReportChecker(broken).checkFile(file, "000.txt");

        assertEquals(List.of(INTERNAL_ERROR), FindingTuple.of(result.findings()));
        assertEquals("FormatBinder", result.findings().get(0).args().get("check"));
        String detail = result.findings().get(0).args().get("detail");
        assertTrue(detail.startsWith("ArrayIndexOutOfBoundsException: ")
                && detail.contains(", at io.github.xxgk.table.bind.RowBinder.unlabelled(RowBinder.java:"), detail);
    }

    @Test
    void internal_error_message_should_tell_the_clerk_it_is_a_defect_of_the_plugin(@TempDir Path dir) {
        SeedWorkbooks.seed000().writeXlsx(dir.resolve("000.xlsx"));
        Finding f = new ReportChecker(FormatDefinitions.standard(), List.of(new FailingCheck()))
                .checkFile(dir.resolve("000.xlsx"), "000.xlsx").findings().get(0);
        assertEquals("插件内部错误：FailingCheck 核对本文件时出错（供维护者参考的技术信息：IllegalStateException: no cell for total, at "
                + "io.github.xxgk.check.SumCheck.check(SumCheck.java:42)）。这是本插件的缺陷，不是报送文件的问题，"
                + "机关无需修改文件；本文件的这项检查没有完成。请将本条消息报告给插件维护者。", Messages.of("zh").message(f));
        assertEquals("Internal error: FailingCheck failed on this file (IllegalStateException: no cell for total, at "
                + "io.github.xxgk.check.SumCheck.check(SumCheck.java:42)). This is a defect of the plugin, not a problem "
                + "of the agency's file, which need not be changed; this check of the file is incomplete. Please report "
                + "this message to the plugin's maintainers.", Messages.of("en").message(f));
    }
}

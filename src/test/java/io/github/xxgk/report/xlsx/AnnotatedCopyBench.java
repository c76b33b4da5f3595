package io.github.xxgk.report.xlsx;

import io.github.xxgk.check.Finding;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.GeneratedReport;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.report.Messages;
import io.github.xxgk.template.FormatDefinitions;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one annotated copy costs, written in the package and with POI's usermodel, over the report workbooks with
 * findings among the seeds and generated reports with one to three cells changed (CPU ms of the measuring thread
 * per copy; median of the runs, after a warm-up). Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.github.xxgk.report.xlsx.AnnotatedCopyBench -Dexec.args=9}.
 */
public final class AnnotatedCopyBench {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final Messages ZH = Messages.of("zh");

    private AnnotatedCopyBench() {
    }

    interface Copy {
        void write(byte[] input, Path out, String file, List<Finding> findings, Messages m) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path dir = Files.createTempDirectory("xxgk-annotated-bench");
        List<Path> inputs = new ArrayList<>();
        List<List<Finding>> findings = new ArrayList<>();
        ReportChecker checker = new ReportChecker(FormatDefinitions.standard());
        List<byte[]> workbooks = new ArrayList<>();
        SeedWorkbooks.all().values().forEach(wb -> workbooks.add(wb.toXlsx()));
        workbooks.addAll(GeneratedReport.wrongXlsx(20));
        for (int i = 0; i < workbooks.size(); i++) {
            Path file = dir.resolve("report-" + i + ".xlsx");
            Files.write(file, workbooks.get(i));
            List<Finding> f = checker.checkFile(file, file.getFileName().toString()).findings();
            if (!f.isEmpty()) {
                inputs.add(file);
                findings.add(f);
            }
        }
        Copy inPackage = AnnotatedPackage::write;
        Copy usermodel = AnnotatedWorkbookWriter::usermodel;
        for (int i = 0; i < 3; i++) {
            time(inPackage, inputs, findings, dir);
            time(usermodel, inputs, findings, dir);
        }
        double[] a = new double[runs];
        double[] b = new double[runs];
        for (int r = 0; r < runs; r++) {
            a[r] = time(inPackage, inputs, findings, dir);
            b[r] = time(usermodel, inputs, findings, dir);
        }
        Arrays.sort(a);
        Arrays.sort(b);
        System.out.printf("xxgk annotated copy: %d workbooks with findings, CPU ms per copy, median of %d runs%n"
                + "  in the package %.2f (%.2f–%.2f)%n  POI usermodel  %.2f (%.2f–%.2f)%n  ratio %.1f×%n",
                inputs.size(), runs, a[runs / 2], a[0], a[runs - 1], b[runs / 2], b[0], b[runs - 1], b[runs / 2] / a[runs / 2]);
    }

    private static double time(Copy copy, List<Path> inputs, List<List<Finding>> findings, Path dir) throws Exception {
        long t0 = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < inputs.size(); i++) {
            copy.write(Files.readAllBytes(inputs.get(i)), dir.resolve("copy-" + i + ".xlsx"), inputs.get(i).getFileName().toString(),
                    findings.get(i), ZH);
        }
        return (CPU.getCurrentThreadCpuTime() - t0) / 1e6 / inputs.size();
    }
}

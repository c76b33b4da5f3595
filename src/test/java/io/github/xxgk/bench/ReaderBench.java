package io.github.xxgk.bench;

import io.github.xxgk.fixtures.AgencyWorkbook;
import io.github.xxgk.fixtures.GeneratedReport;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.read.SourceFile;
import io.github.xxgk.read.SourceReader;
import io.github.xxgk.read.poi.WorkbookReader;
import io.github.xxgk.read.xlsx.XlsxReader;
import io.github.xxgk.template.FormatDefinitions;
import io.github.xxgk.table.Grid;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;

import static io.github.xxgk.bench.Stats.max;
import static io.github.xxgk.bench.Stats.median;
import static io.github.xxgk.bench.Stats.min;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reading cost per report workbook, in one run: the floor (a bare ZipFile + JDK StAX pass over every entry of
 * the same files), POI's usermodel reader, and the streaming reader (each from the path to the Grid), and the whole
 * core (read, bind and every check: what one file costs a run before its reports), with their ratios to the floor. Medians over several runs after warm-up.
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.github.xxgk.bench.ReaderBench -Dexec.args="200 9"</pre>
 */
public final class ReaderBench {

    private interface Pass {
        long read(Path file) throws Exception;
    }

    private ReaderBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        Path dir = Files.createTempDirectory("xxgk-bench");
        List<Path> files = generate(dir, count);
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        Map<String, Pass> passes = new LinkedHashMap<>();
        passes.put("floor (ZipFile + StAX, every entry)", f -> floor(factory, f));
        passes.put("POI usermodel reader", f -> grid(new WorkbookReader(), f));
        passes.put("streaming reader", f -> grid(new XlsxReader(), f));
        ReportChecker core = new ReportChecker(FormatDefinitions.standard());
        passes.put("whole core (read, bind, all checks)", f -> core.checkFile(f, f.getFileName().toString()).findings().size());
        Map<String, double[]> wall = new LinkedHashMap<>();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        passes.keySet().forEach(k -> wall.put(k, new double[runs]));
        passes.keySet().forEach(k -> cpu.put(k, new double[runs]));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int run = -3; run < runs; run++) { // three warm-up runs for the JIT
            for (var p : passes.entrySet()) {
                System.gc(); // each pass starts with an empty young generation
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                for (Path f : files) {
                    sink += p.getValue().read(f);
                }
                long t1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                if (run >= 0) {
                    wall.get(p.getKey())[run] = (t1 - t0) / 1e6 / files.size();
                    cpu.get(p.getKey())[run] = (c1 - c0) / 1e6 / files.size();
                }
            }
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        System.out.printf("xxgk reader bench: %d workbooks (%.1f KB each on average), medians of %d runs (sink %d)%n",
                files.size(), bytes / 1024.0 / files.size(), runs, sink % 10);
        print("wall time", wall, runs);
        print("CPU time of the reading thread (what other processes on the machine disturb least)", cpu, runs);
        try (var walk = Files.walk(dir)) {
            walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    private static void print(String what, Map<String, double[]> times, int runs) {
        System.out.println(" " + what + ":");
        double[] floor = times.values().iterator().next();
        for (var e : times.entrySet()) {
            double[] ratio = new double[runs];
            for (int i = 0; i < runs; i++) {
                ratio[i] = e.getValue()[i] / floor[i];
            }
            System.out.printf("  %-38s %7.3f ms per workbook  (min %.3f, max %.3f)  %5.2f× the floor%n", e.getKey(),
                    median(e.getValue()), min(e.getValue()), max(e.getValue()), median(ratio));
        }
    }

    /** Report workbooks as agencies keep them: the seeds and generated reports in the AgencyWorkbook layouts. */
    private static List<Path> generate(Path dir, int count) throws Exception {
        List<byte[]> kinds = new ArrayList<>();
        SeedWorkbooks.all().values().forEach(wb -> kinds.add(wb.toXlsx()));
        Random random = new Random(3);
        while (kinds.size() < count) {
            AgencyWorkbook wb = GeneratedReport.workbook(GeneratedReport.consistent(random));
            switch (kinds.size() % 4) {
                case 0 -> wb.oneSheet(true);
                case 1 -> wb.titleRows(2).lineBreaks(true);
                case 2 -> wb.startCol(2).spanSingleValues(true);
                default -> wb.emptyRowUnderTable2Header(true);
            }
            kinds.add(wb.toXlsx());
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path f = dir.resolve("report-" + i + ".xlsx");
            Files.write(f, kinds.get(i));
            files.add(f);
        }
        return files;
    }

    private static long floor(XMLInputFactory factory, Path file) throws Exception {
        long events = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    XMLStreamReader r = factory.createXMLStreamReader(in);
                    while (r.hasNext()) {
                        r.next();
                        events++;
                    }
                    r.close();
                }
            }
        }
        return events;
    }

    private static long grid(SourceReader reader, Path file) throws Exception {
        Grid g = reader.read(SourceFile.of(file, file.getFileName().toString()));
        return g.sheets().size();
    }
}

package io.github.xxgk.bench;

import io.github.xxgk.fixtures.PdfFixtures;
import io.github.xxgk.fixtures.SeedPdfs;
import io.github.xxgk.fixtures.Seeds;
import io.github.xxgk.read.SourceFile;
import io.github.xxgk.read.pdf.PdfReader;
import io.github.xxgk.table.Grid;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.github.xxgk.bench.Stats.max;
import static io.github.xxgk.bench.Stats.median;
import static io.github.xxgk.bench.Stats.min;

/**
 * Reading cost of a PDF report per page, from the path to the Grid: the LibreOffice exports committed as fixtures
 * (Writer and Calc, src/test/resources/pdf/) and the layout-trait PDFs drawn with PDFBox from the seeds. CPU time of
 * the reading thread, medians over several runs after warm-up.
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.github.xxgk.bench.PdfBench 9
 * </pre>
 */
public final class PdfBench {

    private PdfBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        Map<String, List<Path>> sets = new LinkedHashMap<>();
        Path fixtures = Path.of(PdfBench.class.getResource(PdfFixtures.RESOURCE + "seed-000-writer.pdf").toURI()).getParent();
        try (Stream<Path> s = Files.list(fixtures)) {
            List<Path> all = s.sorted().toList();
            sets.put("LibreOffice Writer exports (5 seeds, 3 merged-cell tables)", all.stream().filter(p -> p.toString().endsWith("-writer.pdf")).toList());
            sets.put("LibreOffice Calc exports (5 seeds)", all.stream().filter(p -> p.toString().endsWith("-calc.pdf")).toList());
        }
        Path dir = Files.createTempDirectory("xxgk-pdf-bench");
        List<Path> drawn = new ArrayList<>();
        try (Stream<Path> s = Files.list(Seeds.directory())) {
            int i = 0;
            for (Path seed : s.sorted().toList()) {
                drawn.add(Files.write(dir.resolve(i + ".pdf"), SeedPdfs.pdf(Files.readAllBytes(seed), i % 2 == 1, i == 2)));
                i++;
            }
        }
        sets.put("layout-trait PDFs drawn with PDFBox (5 seeds)", drawn);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        PdfReader reader = new PdfReader();
        long sink = 0;
        System.out.println("| | pages | CPU ms per page (median, min–max of " + runs + " runs) | ms per file |");
        System.out.println("|---|---|---|---|");
        for (var set : sets.entrySet()) {
            int pages = 0;
            for (Path f : set.getValue()) {
                try (PDDocument d = Loader.loadPDF(f.toFile())) {
                    pages += d.getNumberOfPages();
                }
            }
            double[] perPage = new double[runs];
            for (int run = -3; run < runs; run++) { // three warm-up runs for the JIT
                System.gc();
                long c0 = threads.getCurrentThreadCpuTime();
                for (Path f : set.getValue()) {
                    Grid g = reader.read(SourceFile.of(f, f.getFileName().toString()));
                    sink += g.sheets().size();
                }
                long c1 = threads.getCurrentThreadCpuTime();
                if (run >= 0) {
                    perPage[run] = (c1 - c0) / 1e6 / pages;
                }
            }
            System.out.printf("| %s | %d | %.1f (%.1f–%.1f) | %.0f |%n", set.getKey(), pages, median(perPage), min(perPage),
                    max(perPage), median(perPage) * pages / set.getValue().size());
        }
        System.out.println("(tables read: " + sink + ")");
    }
}

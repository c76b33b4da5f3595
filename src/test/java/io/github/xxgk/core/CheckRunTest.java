package io.github.xxgk.core;

import io.github.xxgk.fixtures.SeedWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run hands every full result to its sink and keeps only compact ones, in file order whatever the threads do. */
class CheckRunTest {

    @Test
    void run_should_keep_compact_results_in_file_order_and_give_the_sink_the_tables(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        List<String> names = List.of("a/000.xlsx", "b/002.xlsx", "c/004.xlsx", "d/001.xlsx", "e/002.xlsx", "f/000.xlsx");
        List<String> seeds = List.of("000-长春高新区-2022", "002-二道区人民政府-2022", "004-宜春丰城高新区-2022",
                "001-南关区政府办公室-2023", "002-二道区人民政府-2022", "000-长春高新区-2022");
        for (int i = 0; i < names.size(); i++) {
            SeedWorkbooks.all().get(seeds.get(i)).writeXlsx(reports.resolve(names.get(i)));
        }
        Map<Integer, FileResult> seen = new ConcurrentHashMap<>();
        List<Integer> counts = new java.util.concurrent.CopyOnWriteArrayList<>();
        CheckResult result = CheckRun.run(new CheckRequest(reports, null, null, "2021", 2),
                (index, full) -> seen.put(index, full), (done, total, errors, warnings) -> counts.add(done));
        assertEquals(names, result.files().stream().map(FileResult::file).toList());
        assertEquals(6, seen.size());
        for (int i = 0; i < names.size(); i++) {
            FileResult full = seen.get(i);
            assertEquals(names.get(i), full.file());
            assertNotNull(full.report().grid(), "the sink sees what was read");
            assertEquals(3, full.report().tables().size(), "and the bound tables");
            FileResult kept = result.files().get(i);
            assertEquals(full.findings(), kept.findings());
            assertEquals(null, kept.report().grid(), "the run keeps no grid");
            assertTrue(kept.report().tables().isEmpty(), "nor bound tables");
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 6), counts.stream().sorted().toList());
    }
}

package io.github.xxgk.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.xxgk.check.Finding;
import io.github.xxgk.core.FileResult;
import io.github.xxgk.core.ReportChecker;
import io.github.xxgk.report.Messages;
import io.github.xxgk.table.PlainText;
import io.github.xxgk.template.FormatDefinitions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Coverage-guided fuzz tests, one per reader, each the whole check of one file (read, bind, every check): every
 * input ends in findings within the file's limits. A finding that is not the file's doing breaks the property:
 * an internal error, the time limit hit, memory run out on an input of kilobytes, a message that does not render
 * in both languages or carries text no output can hold. {@code mvn verify} replays the saved inputs under
 * src/test/resources/io/github/xxgk/fuzz/ReaderFuzzTestInputs/; {@code mvn -Pfuzz test -Dfuzz.target=docx}
 * fuzzes one target (docs/security.md).
 */
class ReaderFuzzTest {

    private static final ReportChecker CHECKER = new ReportChecker(FormatDefinitions.load("2021"))
            .withTimeLimit(Duration.ofSeconds(10));
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("xxgk-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void xlsx(byte[] data) {
        check("f.xlsx", data);
    }

    @FuzzTest(maxDuration = "10m")
    void xls(byte[] data) {
        check("f.xls", data);
    }

    @FuzzTest(maxDuration = "10m")
    void docx(byte[] data) {
        check("f.docx", data);
    }

    @FuzzTest(maxDuration = "10m")
    void html(byte[] data) {
        check("f.html", data);
    }

    @FuzzTest(maxDuration = "10m")
    void txt(byte[] data) {
        check("f.txt", data);
    }

    @FuzzTest(maxDuration = "10m")
    void csv(byte[] data) {
        check("f.csv", data);
    }

    /** Checks the bytes as a file of that name and asserts the property. */
    static void check(String name, byte[] data) {
        Path file = DIR.resolve(Thread.currentThread().getId() + "-" + name);
        try {
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileResult result = CHECKER.checkFile(file, name);
        for (Finding f : result.findings()) {
            String id = f.rule().id();
            if (id.equals("internal-error") || id.equals("file-time-limit")
                    || id.equals("file-too-large") && f.args().getOrDefault("detail", "").contains("-Xmx")) {
                throw new AssertionError("not the file's doing: " + id + " " + f.args());
            }
            for (String locale : new String[] {"zh", "en"}) {
                String m = Messages.of(locale).message(f);
                if (!PlainText.clean(m).equals(m)) { // (a brace may be the file's own text: no placeholder check)
                    throw new AssertionError("a message no output can hold: " + m);
                }
            }
        }
    }
}

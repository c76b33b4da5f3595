package io.github.xxgk.fuzz;

import io.github.xxgk.fixtures.HostileFiles;
import io.github.xxgk.fixtures.RawXlsx;
import io.github.xxgk.fixtures.SeedDocuments;
import io.github.xxgk.fixtures.SeedWorkbooks;
import io.github.xxgk.fixtures.Seeds;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the seed inputs of {@link ReaderFuzzTest} from the test fixtures (run once; the files are committed):
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.github.xxgk.fuzz.FuzzSeeds</pre>
 */
public final class FuzzSeeds {

    public static void main(String[] args) throws Exception {
        Path root = Path.of("src/test/resources/io/github/xxgk/fuzz/ReaderFuzzTestInputs");
        byte[] seed000 = Files.readAllBytes(Seeds.file("000_a26b6c3908db602a.txt"));
        byte[] seed003 = Files.readAllBytes(Seeds.file("003_3c9d37f73f8f4a79.txt"));
        write(root.resolve("xlsx/seed000"), SeedWorkbooks.seed000().toXlsx());
        write(root.resolve("xlsx/seed004-one-sheet"), SeedWorkbooks.seed004().oneSheet(true).toXlsx());
        write(root.resolve("xlsx/shared-formula"), new RawXlsx().sheet("表三", "<sheetData><row r=\"1\"><c r=\"A1\"><f t=\"shared\" ref=\"A1:A2\" si=\"0\">B1+1</f><v>2</v></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>_xD800_</t></is></c></row><row r=\"2\"><c r=\"A2\"><f t=\"shared\" si=\"0\"/><v>3</v></c></row></sheetData>").toBytes());
        write(root.resolve("xls/seed000"), SeedWorkbooks.seed000().toXls());
        write(root.resolve("docx/seed000"), SeedDocuments.docx(seed000));
        write(root.resolve("docx/nested-60"), HostileFiles.nestedTablesDocx(60));
        write(root.resolve("html/seed000"), SeedDocuments.html(seed000, false, true));
        write(root.resolve("html/nested-60"), HostileFiles.nestedTablesHtml(60));
        write(root.resolve("txt/seed000"), seed000);
        write(root.resolve("txt/seed003"), seed003);
        write(root.resolve("txt/artefacts"), HostileFiles.utf8("\t[bookmark: _Toc1]14[comment\n\t" + "[footnote".repeat(50) + "\n"));
        write(root.resolve("csv/seed003"), new String(seed003, StandardCharsets.UTF_8).replace('\t', ',').getBytes(StandardCharsets.UTF_8));
        write(root.resolve("csv/quoted"), HostileFiles.utf8("项目,数量\n\"一、本年新收\",\"1,234\"\n\"[bookmark:x]（七）总计\",\"=1+1\"\n"));
    }

    private static void write(Path file, byte[] content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }
}

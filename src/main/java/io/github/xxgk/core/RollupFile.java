package io.github.xxgk.core;

import io.github.xxgk.check.across.Rollup;
import io.github.xxgk.identity.IdentityResolver;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads xxgk-rollup.csv: {@code parent,member,from,to}, UTF-8 with or without a byte-order mark. */
public final class RollupFile {

    private RollupFile() {
    }

    /**
     * Reads the roll-up definition; a missing file (or null) is none. A file without the columns parent and member,
     * a blank name or a year that is not a year is a {@link ConfigurationException} naming the file and line.
     */
    public static Rollup read(Path file) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return Rollup.NONE;
        }
        List<Rollup.Membership> all = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(in);
            if (!records.getHeaderNames().containsAll(List.of("parent", "member"))) {
                throw new ConfigurationException("rollup.header", Map.of("file", file.toString()));
            }
            for (CSVRecord r : records) {
                Map<String, String> where = Map.of("file", file.toString(), "line", Long.toString(r.getRecordNumber() + 1));
                String parent = IdentityResolver.agencyName(r.get("parent"));
                String member = IdentityResolver.agencyName(r.get("member"));
                if (parent == null || member == null) {
                    throw new ConfigurationException("rollup.name", where);
                }
                all.add(new Rollup.Membership(parent, member, year(r, "from", where), year(r, "to", where)));
            }
        }
        return new Rollup(all);
    }

    private static Integer year(CSVRecord r, String column, Map<String, String> where) {
        String v = r.isMapped(column) && r.isSet(column) ? r.get(column).strip() : "";
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("\\d{4}")) {
            Map<String, String> args = new HashMap<>(where);
            args.put("value", v);
            throw new ConfigurationException("rollup.year", args);
        }
        return Integer.parseInt(v);
    }
}

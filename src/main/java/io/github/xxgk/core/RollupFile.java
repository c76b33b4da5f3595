package io.github.xxgk.core;

import io.github.xxgk.check.across.Rollup;
import io.github.xxgk.identity.IdentityResolver;
import io.github.xxgk.identity.ReportTitle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Reads xxgk-rollup.csv: {@code parent,member,from,to}, UTF-8 with or without a byte-order mark. */
public final class RollupFile {

    private RollupFile() {
    }

    /**
     * Reads the roll-up definition; a missing file (or null) is none. A file without the columns parent and member,
     * a blank name or a year that is not a year, a line without parent or member, a quote not closed is a
     * {@link ConfigurationException} naming the file and line (see {@link CsvFile}).
     */
    public static Rollup read(Path file) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return Rollup.NONE;
        }
        List<Rollup.Membership> all = new ArrayList<>();
        CsvFile.read(file, List.of("parent", "member"), true, "rollup.header", row -> {
            Map<String, String> where = row.where(file);
            String parent = IdentityResolver.agencyName(row.get("parent"));
            String member = IdentityResolver.agencyName(row.get("member"));
            if (parent == null || member == null) {
                throw new ConfigurationException("rollup.name", where);
            }
            all.add(new Rollup.Membership(parent, member, year(row, "from", where), year(row, "to", where)));
        });
        return new Rollup(all);
    }

    private static Integer year(CsvFile.Row r, String column, Map<String, String> where) {
        String v = r.get(column).strip();
        if (v.isEmpty()) {
            return null;
        }
        OptionalInt year = ReportTitle.year(v); // as a report's year is read, full-width digits and 「年」 included
        if (year.isEmpty()) {
            Map<String, String> args = new HashMap<>(where);
            args.put("value", v);
            throw new ConfigurationException("rollup.year", args);
        }
        return year.getAsInt();
    }
}

package io.github.xxgk.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity across runs: file, rule, template item, cell and reported value. The same mistake in the
 * same file gives the same fingerprint; a changed value gives a new one (it must be looked at again).
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(Finding f) {
        String location = f.location() == null ? "" : f.location().sheet() + "!" + f.location().row() + ":" + f.location().col();
        String key = String.join("|", f.file(), f.rule().id(), nz(f.tableId()), nz(f.rowId()), nz(f.columnId()),
                nz(f.item()), location, f.reported());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

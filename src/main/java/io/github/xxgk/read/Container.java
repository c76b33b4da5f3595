package io.github.xxgk.read;

/** What a file's first bytes say it is, whatever its name says: readers accept a file by both. */
public enum Container {
    /** A zip archive: an OOXML package (.xlsx, .xlsm, .docx) or another zip. */
    ZIP,
    /** An OLE2 compound file: a legacy .xls or .doc, or an encrypted OOXML package. */
    OLE2,
    /** Anything else: text, HTML, CSV, an empty file, or a format no reader knows. */
    OTHER;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0,
        (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};

    /** The container the first bytes of a file (at least 8, fewer for a shorter file) announce. */
    public static Container sniff(byte[] head, int length) {
        if (startsWith(head, length, ZIP_MAGIC)) {
            return ZIP;
        }
        return startsWith(head, length, OLE2_MAGIC) ? OLE2 : OTHER;
    }

    static int headLength() {
        return OLE2_MAGIC.length;
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}

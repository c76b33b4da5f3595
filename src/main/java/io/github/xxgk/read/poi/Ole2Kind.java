package io.github.xxgk.read.poi;

import org.apache.poi.poifs.filesystem.DirectoryNode;

/**
 * What an OLE2 compound file is, by the streams at its root: an encrypted OOXML package, a legacy Word document,
 * a legacy workbook, or something else. A clerk told that an old .doc renamed .docx "has an open password" looks
 * for a password that is not there.
 */
enum Ole2Kind {
    ENCRYPTED_PACKAGE, WORD_DOCUMENT, WORKBOOK, OTHER;

    static Ole2Kind of(DirectoryNode root) {
        if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
            return ENCRYPTED_PACKAGE;
        }
        if (root.hasEntry("WordDocument")) {
            return WORD_DOCUMENT;
        }
        if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
            return WORKBOOK;
        }
        return OTHER;
    }
}

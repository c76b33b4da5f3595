package io.github.xxgk.read.poi;

import java.util.Locale;

/** What POI's OOXML readers parse into a tree when they open a package. */
final class PoiPackages {

    private PoiPackages() {
    }

    /** XML parts (and their relationships); pictures and embedded files are not parsed. */
    static boolean parsed(String entryName) {
        String n = entryName.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml");
    }
}

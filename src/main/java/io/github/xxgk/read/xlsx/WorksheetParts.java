package io.github.xxgk.read.xlsx;

import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.read.ZipParts;
import io.github.xxgk.sandbox.LimitExceeded;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;

/**
 * The parts of a package that are worksheets by what the package says of them, wherever they are: a worksheet's
 * content type in {@code [Content_Types].xml} (an Override of the part, or the Default of its extension), or the
 * target of a worksheet relationship of the main document.
 */
public final class WorksheetParts {

    private WorksheetParts() {
    }

    /**
     * Whether a part name (as the zip spells it) is declared a worksheet, by its content type or by the main
     * document's relationships; empty where the package cannot tell: it has no content types, or they or the
     * relationships cannot be read.
     */
    public static Optional<Predicate<String>> declared(ZipParts zip) {
        Optional<Predicate<String>> typed = typed(zip);
        if (typed.isEmpty()) {
            return typed;
        }
        try {
            Optional<Relationships.Relationship> main = Relationships.of(zip, "").first("officeDocument");
            if (main.isEmpty()) {
                return typed;
            }
            return Optional.of(typed.get().or(of(Relationships.of(zip, main.get().part()))));
        } catch (LimitExceeded e) {
            throw e; // the file's time is up
        } catch (IOException | XMLStreamException | UnreadableException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a part name is declared a worksheet by its content type ({@code [Content_Types].xml}: an Override of
     * the part, or the Default of its extension); empty where the package has no content types or they cannot be read.
     */
    public static Optional<Predicate<String>> typed(ZipParts zip) {
        Set<String> parts = new HashSet<>();
        Set<String> extensions = new HashSet<>();
        try {
            Optional<ZipEntry> types = zip.find("[Content_Types].xml");
            if (types.isEmpty()) {
                return Optional.empty();
            }
            try (InputStream in = zip.open(types.get())) {
                XMLStreamReader r = Xml.open(in, "[Content_Types].xml");
                while (Xml.child(r)) {
                    String type = Xml.attr(r, "ContentType");
                    if (type != null && type.toLowerCase(Locale.ROOT).contains("worksheet")) {
                        String part = Xml.attr(r, "PartName");
                        String extension = Xml.attr(r, "Extension");
                        if (r.getLocalName().equals("Override") && part != null) {
                            parts.add(key(part));
                        } else if (r.getLocalName().equals("Default") && extension != null) {
                            extensions.add(extension.toLowerCase(Locale.ROOT));
                        }
                    }
                    Xml.skip(r);
                }
                r.close();
            }
        } catch (LimitExceeded e) {
            throw e; // the file's time is up
        } catch (IOException | XMLStreamException | UnreadableException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(name -> {
            String key = key(name);
            return parts.contains(key) || extensions.contains(key.substring(key.lastIndexOf('.') + 1));
        });
    }

    /** The worksheets the main document's relationships name: the parts a spreadsheet program opens as sheets. */
    static Predicate<String> of(Relationships workbookRels) {
        Set<String> parts = targets(workbookRels);
        return name -> parts.contains(key(name));
    }

    private static Set<String> targets(Relationships workbookRels) {
        Set<String> parts = new HashSet<>();
        for (Relationships.Relationship rel : workbookRels.all()) {
            if (rel.is("worksheet")) {
                parts.add(key(rel.part()));
            }
        }
        return parts;
    }

    private static String key(String partName) {
        return (partName.startsWith("/") ? partName.substring(1) : partName).toLowerCase(Locale.ROOT);
    }
}

package io.github.xxgk.read.xlsx;

import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.read.ZipParts;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;

/** The internal relationships of one part, by id, with their targets resolved to part names. */
final class Relationships {

    record Relationship(String type, String part) {
        /** Types are compared by their last segment: transitional and strict packages spell the rest differently. */
        boolean is(String kind) {
            return type.endsWith("/" + kind);
        }
    }

    private final Map<String, Relationship> byId;

    private Relationships(Map<String, Relationship> byId) {
        this.byId = byId;
    }

    /** The relationships of {@code source} ("" for the package itself); none where the package has no such part. */
    static Relationships of(ZipParts zip, String source) throws IOException, XMLStreamException, UnreadableException {
        String name = source.isEmpty() ? "_rels/.rels" : PartNames.relationshipsOf(source);
        Map<String, Relationship> byId = new LinkedHashMap<>();
        Optional<ZipEntry> entry = zip.find(name);
        if (entry.isEmpty()) {
            return new Relationships(byId);
        }
        try (InputStream in = zip.open(entry.get())) {
            XMLStreamReader r = Xml.open(in, name);
            while (Xml.child(r)) {
                if (r.getLocalName().equals("Relationship") && !"External".equals(Xml.attr(r, "TargetMode"))) {
                    String id = Xml.attr(r, "Id");
                    String type = Xml.attr(r, "Type");
                    String target = Xml.attr(r, "Target");
                    if (id != null && type != null && target != null) {
                        byId.putIfAbsent(id, new Relationship(type, PartNames.resolve(source.isEmpty() ? "/" : source, target)));
                    }
                }
                Xml.skip(r);
            }
            r.close();
        }
        return new Relationships(byId);
    }

    Optional<Relationship> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    java.util.Collection<Relationship> all() {
        return byId.values();
    }

    Optional<Relationship> first(String kind) {
        return byId.values().stream().filter(rel -> rel.is(kind)).findFirst();
    }
}

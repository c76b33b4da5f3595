package io.github.xxgk.read.xlsx;

import io.github.xxgk.read.ReadLimits;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** The shared strings the kept cells use; the others are passed over, not kept. */
final class SharedStrings {

    /** More items than this cannot fit in a part of {@link ReadLimits#partBytes} ("&lt;si/&gt;" is 5 bytes). */
    static int maxItems() {
        return (int) Math.min(Integer.MAX_VALUE, ReadLimits.current().partBytes() / 5);
    }

    static final SharedStrings NONE = new SharedStrings(List.of());

    private final List<String> items;

    private SharedStrings(List<String> items) {
        this.items = items;
    }

    /** At the root element of the shared strings part. */
    static SharedStrings read(XMLStreamReader r, BitSet needed) throws XMLStreamException {
        List<String> items = new ArrayList<>();
        int last = needed.length();
        while (Xml.child(r)) {
            if (!r.getLocalName().equals("si")) {
                Xml.skip(r);
            } else if (needed.get(items.size())) {
                items.add(RichText.read(r));
            } else {
                items.add(null);
                Xml.skip(r);
            }
            if (items.size() >= last) {
                break; // nothing further is used
            }
        }
        return new SharedStrings(items);
    }

    /** The string at an index; null where there is none (the cell reads empty). */
    String get(int index) {
        return index >= 0 && index < items.size() ? items.get(index) : null;
    }
}

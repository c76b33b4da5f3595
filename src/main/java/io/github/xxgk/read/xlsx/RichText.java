package io.github.xxgk.read.xlsx;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text of a shared or inline string ({@code <si>}, {@code <is>}) as POI's XSSFRichTextString gives it. */
final class RichText {

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private RichText() {
    }

    /**
     * At the start tag of a string item: its runs joined (phonetic runs left out), or its plain {@code <t>} where it
     * has no runs; null where it has neither. A run without text reads "null", as in POI.
     */
    static String read(XMLStreamReader r) throws XMLStreamException {
        String plain = null;
        StringBuilder runs = null;
        while (Xml.child(r)) {
            String name = r.getLocalName();
            if (name.equals("t")) {
                String t = Xml.text(r);
                plain = plain == null ? t : plain;
            } else if (name.equals("r")) {
                runs = runs == null ? new StringBuilder() : runs;
                String t = null;
                while (Xml.child(r)) {
                    if (t == null && r.getLocalName().equals("t")) {
                        t = Xml.text(r);
                    } else {
                        Xml.skip(r);
                    }
                }
                runs.append(t);
            } else {
                Xml.skip(r);
            }
        }
        return runs == null ? plain : runs.toString();
    }

    /** Characters a spreadsheet cannot hold in XML, written as _xHHHH_ (_x000D_ for a carriage return). */
    static String unescape(String s) {
        if (s == null || !s.contains("_x")) {
            return s;
        }
        Matcher m = ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (m.find()) {
            out.append(s, at, m.start()).append((char) Integer.parseInt(m.group(1), 16));
            at = m.end();
        }
        return at == 0 ? s : out.append(s, at, s.length()).toString();
    }
}

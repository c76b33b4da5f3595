package io.github.xxgk.read.xlsx;

import io.github.xxgk.read.ActiveContent;
import io.github.xxgk.read.Container;
import io.github.xxgk.read.GridBudget;
import io.github.xxgk.read.ReadLimits;
import io.github.xxgk.read.SheetGridBuilder;
import io.github.xxgk.read.SourceFile;
import io.github.xxgk.read.SourceReader;
import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.read.UnreadableException.Reason;
import io.github.xxgk.read.ZipParts;
import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.table.Grid;
import io.github.xxgk.table.GridSheet;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;

/**
 * Streams an .xlsx/.xlsm package with StAX into the {@link Grid} POI's usermodel reader would give: the sheets in
 * the workbook's order (worksheets read, chartsheets empty), the cells typed by the same rules, merges resolved
 * by the same layout. Only the parts a grid needs are inflated: the workbook, its relationships, the sheets read,
 * and of the shared strings those the cells kept use. Transitional and strict packages alike.
 */
public final class XlsxReader implements SourceReader {

    private static final Set<String> EXTENSIONS = Set.of("xlsx", "xlsm", "xltx", "xltm", "xls");

    /** A zip package named as a workbook (an .xlsx renamed .xls included). */
    @Override
    public boolean accepts(SourceFile file) {
        return file.container() == Container.ZIP && EXTENSIONS.contains(file.extension());
    }

    /**
     * The grid; and the file's active content, said to the file ({@link SourceFile#activeContent}): the package's
     * directory is listed and every worksheet parsed here anyway, so only what the grid does not need (link parts,
     * worksheets outside the workbook's list) is inflated for it.
     */
    @Override
    public Grid read(SourceFile file) throws UnreadableException {
        try (ZipParts zip = ZipParts.open(file)) {
            Formulas seen = new Formulas();
            Grid grid;
            try {
                grid = read(zip, seen);
            } catch (IOException | XMLStreamException | RuntimeException | OutOfMemoryError e) {
                if (zip.overLimit() != null) {
                    throw ReadLimits.tooLarge(zip.overLimit());
                }
                throw new UnreadableException(Reason.CORRUPT, Detail.of("workbook.damaged",
                        "the workbook is damaged: a download or copy that did not finish, or a file written by a faulty tool"), e);
            }
            Set<ActiveContent.Kind> active = ActiveContent.in(zip, seen.parsed, seen.dde, seen.unchecked, seen.worksheets);
            active.addAll(seen.declared); // a macro sheet or link the relationships name, at whatever path
            file.activeContent(active);
            return grid;
        }
    }

    private record SheetPart(String name, String part) {
    }

    /** What reading saw for the active-content scan: the parts parsed, the worksheets named, the formulas met. */
    private static final class Formulas {
        final Set<ZipEntry> parsed = Collections.newSetFromMap(new IdentityHashMap<>());
        Predicate<String> worksheets = name -> false;
        final Set<ActiveContent.Kind> declared = EnumSet.noneOf(ActiveContent.Kind.class);
        boolean dde;
        boolean unchecked;
    }

    private static Grid read(ZipParts zip, Formulas seen) throws IOException, XMLStreamException, UnreadableException {
        if (zip.find("[Content_Types].xml").isEmpty()) {
            throw new UnreadableException(Reason.CORRUPT, Detail.of("package.noContentTypes",
                    "a zip file, but no OOXML package: it has no [Content_Types].xml", "part", "[Content_Types].xml"));
        }
        String workbook = Relationships.of(zip, "").first("officeDocument").map(Relationships.Relationship::part)
                .orElseThrow(() -> new UnreadableException(Reason.CORRUPT, Detail.of("package.noMain", "the package names no main document")));
        Relationships rels = Relationships.of(zip, workbook);
        seen.worksheets = WorksheetParts.of(rels);
        for (Relationships.Relationship r : rels.all()) {
            if (r.is("vbaProject") || r.is("xlMacrosheet") || r.is("xlIntlMacrosheet")) {
                seen.declared.add(ActiveContent.Kind.MACROS);
            } else if (r.is("externalLink")) {
                seen.declared.add(ActiveContent.Kind.EXTERNAL_LINKS);
            }
        }
        List<SheetPart> parts = sheets(zip, workbook, rels, seen);
        BitSet used = new BitSet();
        List<RawSheet> raw = new ArrayList<>();
        for (SheetPart p : parts) {
            RawSheet sheet = p.part() == null ? new RawSheet(p.name()) : parse(zip, p.part(), r -> SheetXml.read(r, p.name(), used));
            if (p.part() != null) {
                seen.parsed.add(zip.find(p.part()).orElseThrow());
                seen.dde |= sheet.dde;
                seen.unchecked |= sheet.unchecked;
            }
            raw.add(sheet);
        }
        Optional<String> sst = rels.first("sharedStrings").map(Relationships.Relationship::part)
                .filter(name -> zip.find(name).isPresent());
        SharedStrings strings = sst.isEmpty() || used.isEmpty() ? SharedStrings.NONE
                : parse(zip, sst.get(), r -> SharedStrings.read(r, used));
        GridBudget budget = new GridBudget();
        List<GridSheet> sheets = new ArrayList<>();
        for (RawSheet s : raw) {
            sheets.add(layout(s, new CellDecoder(s, strings), budget));
        }
        return new Grid(sheets);
    }

    /** The sheets POI would list, in the workbook's order: those whose part is there; a chartsheet without a part to read. */
    private static List<SheetPart> sheets(ZipParts zip, String workbook, Relationships rels, Formulas seen)
            throws IOException, XMLStreamException, UnreadableException {
        WorkbookXml.Declared declared = parse(zip, workbook, WorkbookXml::read);
        seen.dde |= declared.dde();
        seen.unchecked |= declared.unchecked();
        List<SheetPart> parts = new ArrayList<>();
        for (String[] sheet : declared.sheets()) {
            Optional<Relationships.Relationship> rel = rels.byId(sheet[1]).filter(r -> zip.find(r.part()).isPresent());
            if (rel.isPresent() && rel.get().is("worksheet")) {
                parts.add(new SheetPart(sheet[0], rel.get().part()));
            } else if (rel.isPresent() && rel.get().is("chartsheet")) {
                parts.add(new SheetPart(sheet[0], null));
            }
            if (parts.size() == SheetGridBuilder.MAX_SHEETS) {
                break;
            }
        }
        return parts;
    }

    private static GridSheet layout(RawSheet s, CellDecoder decoder, GridBudget budget) throws UnreadableException {
        SheetGridBuilder b = new SheetGridBuilder(s.name);
        b.lastRow(s.lastRow);
        for (RawSheet.Row row : s.rows) {
            b.row(row.index(), row.lastCellNum());
            for (RawCell cell : row.cells()) {
                b.cell(cell.col(), decoder.value(cell));
            }
        }
        for (int[] m : s.merges) {
            b.merge(m[0], m[1], m[2], m[3]);
        }
        return b.build(budget);
    }

    private interface PartParser<T> {
        T parse(XMLStreamReader r) throws XMLStreamException, UnreadableException;
    }

    private static <T> T parse(ZipParts zip, String part, PartParser<T> parser)
            throws IOException, XMLStreamException, UnreadableException {
        ZipEntry entry = zip.find(part).orElseThrow(() -> new UnreadableException(Reason.CORRUPT, Detail.of("package.noPart",
                "the package has no " + part, "part", part)));
        try (InputStream in = zip.open(entry)) {
            XMLStreamReader r = Xml.open(in, part);
            T result = parser.parse(r);
            r.close();
            return result;
        }
    }
}

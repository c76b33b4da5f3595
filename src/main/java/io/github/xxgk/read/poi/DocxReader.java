package io.github.xxgk.read.poi;

import io.github.xxgk.read.Container;
import io.github.xxgk.read.NestingDepth;
import io.github.xxgk.read.ReadLimits;
import io.github.xxgk.read.SourceFile;
import io.github.xxgk.read.SourceReader;
import io.github.xxgk.read.UnreadableException.Reason;
import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.read.ZipParts;
import io.github.xxgk.read.doc.DocumentGridBuilder;
import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.table.Grid;
import io.github.xxgk.table.GridCell;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * A report as a Word document (.docx, POI XWPF): its tables with horizontal merges (gridSpan, WPS's hMerge) and
 * vertical merges (vMerge) expanded into a grid; its paragraphs, numbered in order, are the narrative.
 */
public final class DocxReader implements SourceReader {

    private static final int MAX_SPAN = 100;

    @Override
    public boolean accepts(SourceFile file) {
        return file.extension().equals("docx");
    }

    @Override
    public Grid read(SourceFile file) throws UnreadableException {
        if (Containers.of(file) == Container.OLE2) {
            throw ole2(file);
        }
        try (ZipParts parts = ZipParts.open(file)) {
            parts.checkDeclared(PoiPackages::parsed, ReadLimits.current().treePartBytes());
            parts.rejectDoctype(); // POI would print its parser's stack trace at [ERROR] before failing
            var body = parts.find("word/document.xml");
            if (body.isPresent()) {
                try (var in = parts.open(body.get())) {
                    NestingDepth.checkXml(in, "tbl");
                } catch (java.io.IOException | javax.xml.stream.XMLStreamException e) {
                    throw new UnreadableException(Reason.CORRUPT, Detail.of("xml.malformed", "word/document.xml is not well-formed XML",
                            "part", "word/document.xml"), e);
                }
            }
        }
        try {
            OPCPackage pkg = OPCPackage.open(file.path().toFile(), PackageAccess.READ);
            try {
                return grid(new XWPFDocument(pkg));
            } finally {
                pkg.revert(); // opened to read: closes the file and writes nothing, also when the document is broken
            }
        } catch (EncryptedDocumentException e) {
            throw new UnreadableException(Reason.ENCRYPTED, Detail.of("password", "an open password is set"), e);
        } catch (Exception | OutOfMemoryError e) {
            throw new UnreadableException(Reason.CORRUPT,
                    Detail.of("document.damaged",
                    "the document is damaged: a download or copy that did not finish, or a file written by a faulty tool"), e);
        }
    }

    /** An OLE2 file named .docx: an encrypted .docx, or an old .doc or .xls renamed. */
    private static UnreadableException ole2(SourceFile file) {
        Ole2Kind kind;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.path().toFile(), true)) {
            kind = Ole2Kind.of(fs.getRoot());
        } catch (java.io.IOException | RuntimeException e) {
            return new UnreadableException(Reason.CORRUPT, Detail.of("document.damagedOle2", "the document is damaged"), e);
        }
        return switch (kind) {
            case ENCRYPTED_PACKAGE -> new UnreadableException(Reason.ENCRYPTED, Detail.of("docx.encrypted", "an encrypted .docx"));
            case WORD_DOCUMENT -> new UnreadableException(Reason.NOT_A_WORKBOOK,
                    Detail.of("docx.oldDoc",
                    "an old Word document (.doc) renamed .docx; open it in Word or WPS and save it as .docx"));
            case WORKBOOK -> new UnreadableException(Reason.NOT_A_WORKBOOK,
                    Detail.of("docx.oldXls",
                    "an old Excel workbook (.xls) renamed .docx; rename it back to .xls"));
            case OTHER -> new UnreadableException(Reason.NOT_A_WORKBOOK, Detail.of("docx.otherOffice",
                    "an Office file of another kind, not a Word document"));
        };
    }

    private static Grid grid(XWPFDocument doc) {
        DocumentGridBuilder b = new DocumentGridBuilder("表格1");
        int tables = 0;
        int paragraph = 0;
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                b.text(++paragraph, p.getText());
            } else if (element instanceof XWPFTable t) {
                b.table("表格" + (++tables));
                table(t, b);
            }
        }
        return b.build();
    }

    private static void table(XWPFTable table, DocumentGridBuilder b) {
        Map<Integer, GridCell> verticalOrigins = new HashMap<>(); // grid column → the cell a vMerge continues
        for (XWPFTableRow row : table.getRows()) {
            int col = 0;
            GridCell left = null;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = 1;
                if (pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null) {
                    span = Math.max(1, Math.min(MAX_SPAN, ((BigInteger) pr.getGridSpan().getVal()).intValue()));
                }
                boolean vContinue = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                boolean hContinue = pr != null && pr.isSetHMerge()
                        && (pr.getHMerge().getVal() == null || pr.getHMerge().getVal() == STMerge.CONTINUE);
                GridCell origin;
                if (vContinue && verticalOrigins.containsKey(col)) {
                    origin = verticalOrigins.get(col);
                    b.mergedCell(origin, 0);
                } else if (hContinue && left != null) {
                    origin = left;
                    b.mergedCell(origin, 0);
                } else {
                    origin = b.cell(cell.getText(), 0);
                }
                for (int i = 1; i < span; i++) {
                    b.mergedCell(origin, 0);
                }
                for (int i = 0; i < span; i++) {
                    verticalOrigins.put(col + i, origin);
                }
                left = origin;
                col += span;
            }
            b.endRow();
        }
    }
}

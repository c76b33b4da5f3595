package io.github.xxgk.read.pdf;

import io.github.xxgk.read.ReadLimits;
import io.github.xxgk.read.SourceFile;
import io.github.xxgk.read.SourceReader;
import io.github.xxgk.read.UnreadableException;
import io.github.xxgk.read.UnreadableException.Reason;
import io.github.xxgk.sandbox.Deadline;
import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.sandbox.LimitExceeded;
import io.github.xxgk.table.Grid;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * A report published as a PDF (Apache PDFBox): each table drawn with ruling lines becomes a table of the grid as
 * a Word table does, merged cells resolved, every cell keeping its page; a table that runs over a page break is
 * continued. The text outside the tables, joined into paragraphs, is the narrative. A PDF whose pages are
 * pictures (a scan) has nothing to read: one finding names those pages. Encrypted, damaged and oversized PDFs
 * are findings; what is interpreted is bounded by {@link ReadLimits}, the time it takes by the file's {@link Deadline}.
 */
public final class PdfReader implements SourceReader {

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** A page whose pictures cover this share of it and that has (almost) no text is a scanned page. */
    private static final float PICTURE_SHARE = 0.25f;
    private static final int FEW_CHARACTERS = 20;
    /** Characters kept from all pages until they are laid out (a 30-page report prints about 30,000). */
    private static final int MAX_CHARACTERS = 1_000_000;

    @Override
    public boolean accepts(SourceFile file) {
        return file.extension().equals("pdf");
    }

    @Override
    public Grid read(SourceFile file) throws UnreadableException {
        if (file.size() == 0) {
            throw new UnreadableException(Reason.EMPTY, Detail.of("empty", "empty file"));
        }
        if (file.size() > ReadLimits.current().pdfBytes()) {
            throw ReadLimits.tooLarge(Detail.of("pdf.bytes", "a PDF of " + file.size() + " bytes, over the "
                    + ReadLimits.mib(ReadLimits.current().pdfBytes()) + " a report is read to",
                    "bytes", file.size(), "limit", ReadLimits.mib(ReadLimits.current().pdfBytes())));
        }
        checkMagic(file);
        try (PDDocument doc = Loader.loadPDF(new DeadlineFile(file.path()), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(ReadLimits.current().pdfMemoryBytes()).streamCache)) {
            int pages = doc.getNumberOfPages();
            if (pages > ReadLimits.current().pdfPages()) {
                throw ReadLimits.tooLarge(Detail.of("pdf.pages", "a PDF of " + pages + " pages, over the "
                        + ReadLimits.current().pdfPages() + " a report is read to",
                        "pages", pages, "limit", ReadLimits.current().pdfPages()));
            }
            return read(doc);
        } catch (InvalidPasswordException e) {
            throw new UnreadableException(Reason.ENCRYPTED, Detail.of("pdf.password", "the PDF has an open password"), e);
        } catch (PdfBudget.Exceeded e) {
            throw ReadLimits.tooLarge(e.detail());
        } catch (LimitExceeded e) {
            throw e; // the file's time is up: its finding, not a damaged PDF
        } catch (OutOfMemoryError e) {
            throw ReadLimits.tooLarge(Detail.of("pdf.memory", "the PDF's content does not fit in memory"));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException(Reason.CORRUPT, Detail.of("pdf.damaged",
                    "PDF: " + e.getClass().getSimpleName() + ": " + e.getMessage(), "text", String.valueOf(e.getMessage())), e);
        }
    }

    private static void checkMagic(SourceFile file) throws UnreadableException {
        byte[] head = new byte[1024]; // the header may follow some junk bytes, as readers allow
        int n;
        try (InputStream in = Files.newInputStream(file.path())) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UnreadableException(Reason.CORRUPT, Detail.of("file.notReadFromDisk",
                    "the file cannot be read from the disk: " + e.getMessage()), e);
        }
        for (int i = 0; i + MAGIC.length <= n; i++) {
            if (java.util.Arrays.equals(head, i, i + MAGIC.length, MAGIC, 0, MAGIC.length)) {
                return;
            }
        }
        throw new UnreadableException(Reason.NOT_A_WORKBOOK, Detail.of("pdf.noHeader", "no %PDF- header: not a PDF", "marker", "%PDF-"));
    }

    private static Grid read(PDDocument doc) throws IOException, UnreadableException {
        PdfBudget budget = new PdfBudget();
        PageText text = new PageText(budget);
        PdfGridAssembler grid = new PdfGridAssembler();
        List<PdfGridAssembler.Page> read = new ArrayList<>();
        List<Integer> pictures = new ArrayList<>();
        int characters = 0;
        int no = 0;
        for (PDPage page : doc.getPages()) {
            no++;
            Deadline.check();
            List<Glyph> glyphs = text.glyphs(doc, no);
            PageGraphics graphics = new PageGraphics(page, no, budget);
            List<TableFrame> frames = Frames.of(graphics.rulings());
            float area = page.getCropBox().getWidth() * page.getCropBox().getHeight();
            if (glyphs.size() < FEW_CHARACTERS && graphics.imageArea() > PICTURE_SHARE * area
                    || glyphs.isEmpty() || frames.isEmpty() && graphics.imageArea() > PICTURE_SHARE * area) {
                pictures.add(no);
            }
            characters += glyphs.size();
            PdfBudget.count("characters", "characters", no, characters, MAX_CHARACTERS);
            read.add(new PdfGridAssembler.Page(no, page.getCropBox().getWidth(), page.getCropBox().getHeight(), glyphs, frames));
        }
        Grid out = grid.assemble(read);
        if (grid.tables() == 0 && (characters == 0 || !pictures.isEmpty())) {
            String shown = pages(pictures.isEmpty() ? allPages(no) : pictures);
            throw new UnreadableException(Reason.NO_TEXT_LAYER, Detail.of("pdf.pictures", shown, "pages", shown));
        }
        return out;
    }

    private static List<Integer> allPages(int n) {
        List<Integer> all = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            all.add(i);
        }
        return all;
    }

    /** 「1、2、5」, or 「1–12」 for a run. */
    private static String pages(List<Integer> pages) {
        if (pages.size() > 2 && pages.get(pages.size() - 1) - pages.get(0) == pages.size() - 1) {
            return pages.get(0) + "–" + pages.get(pages.size() - 1);
        }
        StringBuilder s = new StringBuilder();
        for (int p : pages) {
            s.append(s.length() == 0 ? "" : "、").append(p);
        }
        return s.toString();
    }
}

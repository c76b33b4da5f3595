package io.github.xxgk.read.pdf;

import io.github.xxgk.sandbox.Deadline;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.RandomAccessReadView;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A PDF's file as PDFBox parses it, looking at the file's {@link Deadline} as it is read (every 4096 single-byte
 * reads, every buffer, every seek): a damaged or hostile file whose parsing goes on (a cross-reference table rebuilt
 * from the whole file) stops in time. PDFBox reads stream data (page contents, fonts, pictures, object streams)
 * through views of the file ({@link #createView}); its views of this file look at the deadline in the same way.
 */
final class DeadlineFile extends RandomAccessReadBufferedFile {

    private int reads;

    DeadlineFile(Path path) throws IOException {
        super(path);
    }

    @Override
    public int read() throws IOException {
        reads = countRead(reads);
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Deadline.check();
        return super.read(b, off, len);
    }

    @Override
    public void seek(long position) throws IOException {
        Deadline.check();
        super.seek(position);
    }

    /**
     * PDFBox's view (over its own copy of the file, one a thread, closed with this file), read through a view
     * that looks at the deadline.
     */
    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
        Deadline.check();
        RandomAccessReadView view = super.createView(startPosition, streamLength);
        return new View(view, view.length());
    }

    /** Counts a single-byte read, looking at the deadline every 4096: the new count. */
    private static int countRead(int reads) {
        if ((reads + 1 & 4095) == 0) {
            Deadline.check();
        }
        return reads + 1;
    }

    /** A view over one of PDFBox's views of the file, closing it when closed. */
    private static final class View extends RandomAccessReadView {

        private int reads;

        View(RandomAccessRead view, long length) {
            super(view, 0, length, true);
        }

        @Override
        public int read() throws IOException {
            reads = countRead(reads);
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Deadline.check();
            return super.read(b, off, len);
        }

        @Override
        public void seek(long position) throws IOException {
            Deadline.check();
            super.seek(position);
        }
    }
}

package io.github.xxgk.read.pdf;

import io.github.xxgk.sandbox.Deadline;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A PDF's file as PDFBox parses it, looking at the file's {@link Deadline} as it is read (every 4096 single-byte
 * reads, every buffer, every seek): a damaged or hostile file whose parsing goes on (a cross-reference table rebuilt
 * from the whole file) stops in time.
 */
final class DeadlineFile extends RandomAccessReadBufferedFile {

    private int reads;

    DeadlineFile(Path path) throws IOException {
        super(path);
    }

    @Override
    public int read() throws IOException {
        if ((++reads & 4095) == 0) {
            Deadline.check();
        }
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

package io.github.xxgk.read;

import io.github.xxgk.sandbox.Deadline;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that looks at the file's {@link Deadline} on every read: a parser reading from it stops in time. */
public final class DeadlineInputStream extends FilterInputStream {

    public DeadlineInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        Deadline.check();
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Deadline.check();
        return super.read(b, off, len);
    }
}

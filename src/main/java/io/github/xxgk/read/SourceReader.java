package io.github.xxgk.read;

import io.github.xxgk.table.Grid;

/** Reads one kind of input into a {@link Grid}. Readers get the file's bytes and never touch the file. */
public interface SourceReader {

    /** @param name the file name, for messages */
    Grid read(String name, byte[] content) throws UnreadableException;
}

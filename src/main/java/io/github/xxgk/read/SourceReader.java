package io.github.xxgk.read;

import io.github.xxgk.table.Grid;

/**
 * Reads one kind of input into a {@link Grid}. A reader says which files it takes (by extension and container)
 * and opens the file itself; what it inflates and parses stays within {@link ReadLimits}.
 */
public interface SourceReader {

    boolean accepts(SourceFile file);

    Grid read(SourceFile file) throws UnreadableException;
}

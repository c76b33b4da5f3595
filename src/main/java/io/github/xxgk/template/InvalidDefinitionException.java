package io.github.xxgk.template;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A format definition that cannot be used as it is written: every problem found, one per line, each naming the file
 * and the entry, e.g. {@code gov-2021.json: relations[2] "R3" term right[2] "withheld-secrt" is not a row of table t3}.
 */
public final class InvalidDefinitionException extends IllegalArgumentException {

    private final transient List<String> problems;

    public InvalidDefinitionException(String file, List<String> problems) {
        super(problems.stream().map(p -> file + ": " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** The problems without the file name, in the order of the file. */
    public List<String> problems() {
        return problems;
    }
}

package org.conflictkg.extract.registry;

import java.util.List;

/**
 * Thrown when a registry data file is malformed; each problem reads {@code file:line: what is wrong}.
 */
public final class RegistryFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    RegistryFormatException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems in the registry:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<String> problems() {
        return problems;
    }
}

package org.conflictkg.extract.registry;

import java.util.ArrayList;
import java.util.List;

/** The problems found while reading registry files, gathered so that one run reports them all. */
final class Problems {

    private final List<String> problems = new ArrayList<>();

    void add(String where, String problem) {
        problems.add(where + ": " + problem);
    }

    int count() {
        return problems.size();
    }

    /** @throws RegistryFormatException listing every problem, if there is any */
    void throwIfAny() {
        if (!problems.isEmpty()) throw new RegistryFormatException(problems);
    }
}

package org.conflictkg.eval;

import java.io.IOException;
import java.util.List;

/**
 * A claim TSV that does not follow the evaluation format. The message lists every problem found, one a
 * line, each as {@code file:line: problem}, so that a whole gold file can be fixed in one pass.
 */
public final class ClaimTsvException extends IOException {

    private final List<String> problems;

    ClaimTsvException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code file:line: problem}, in file order. */
    public List<String> problems() {
        return problems;
    }
}

package org.conflictkg.corpus;

import java.nio.file.Path;

/** A file of the corpus cannot be read as an article; the message names the file and the problem. */
public class CorpusException extends RuntimeException {

    private final transient Path file;
    private final String problem;

    public CorpusException(Path file, String problem) {
        this(file, problem, null);
    }

    public CorpusException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** The problem without the file name. */
    public String problem() {
        return problem;
    }

    CorpusProblem toProblem() {
        return CorpusProblem.error(file, problem);
    }
}

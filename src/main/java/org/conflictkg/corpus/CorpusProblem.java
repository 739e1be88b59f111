package org.conflictkg.corpus;

import java.nio.file.Path;

/**
 * Something wrong with one file of a corpus, found while reading it.
 *
 * @param file     the file
 * @param severity whether the file was skipped or only noted
 * @param message  what is wrong, for a person to read
 */
public record CorpusProblem(Path file, Severity severity, String message) {

    public enum Severity {
        /** The file was read, but something about it is worth knowing (say, it was not UTF-8). */
        WARNING,
        /** The file was skipped. */
        ERROR
    }

    public static CorpusProblem error(Path file, String message) {
        return new CorpusProblem(file, Severity.ERROR, message);
    }

    public static CorpusProblem warning(Path file, String message) {
        return new CorpusProblem(file, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ": " + (isError() ? "" : "warning: ") + message;
    }
}

package org.conflictkg.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A data file of cleaning rules, read as its non-comment lines each with the {@code file:line} it came
 * from, so that every loader reports a bad rule the same way.
 * <p>
 * Blank lines and lines whose first non-blank character is {@code #} are comments.
 */
final class RuleFile {

    /** One rule line: its text, trimmed, and where it is. */
    record Line(String text, String where) {

        /** An error about this line, naming {@code file:line}. */
        IllegalArgumentException error(String problem) {
            return new IllegalArgumentException(where + ": " + problem);
        }
    }

    private RuleFile() {
    }

    /** Reads a rule file from the classpath, next to this class. */
    static List<Line> fromResource(String name) {
        try (InputStream in = RuleFile.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("rule file missing from the classpath: " + name);
            return read(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + name, e);
        }
    }

    static List<Line> fromFile(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + file, e);
        }
    }

    private static List<Line> read(String name, BufferedReader in) throws IOException {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            number++;
            String trimmed = text.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
            lines.add(new Line(trimmed, name + ":" + number));
        }
        return lines;
    }
}

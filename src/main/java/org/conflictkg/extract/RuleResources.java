package org.conflictkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Reads the extraction's data files (rules, lexicon, signatures) from the classpath beside this package. */
final class RuleResources {

    private RuleResources() {}

    /** The lines of a resource relative to this package, or empty when there is none. */
    static Optional<List<String>> lines(String name) {
        InputStream in = RuleResources.class.getResourceAsStream(name);
        if (in == null) return Optional.empty();
        try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return Optional.of(r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    /** The lines of a resource that must exist. */
    static List<String> required(String name) {
        return lines(name).orElseThrow(() -> new IllegalStateException("missing resource " + name));
    }
}

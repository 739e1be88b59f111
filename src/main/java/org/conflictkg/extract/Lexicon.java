package org.conflictkg.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word lists that the extraction rules share, read from {@code lexicon.tsv}: one row per entry, columns
 * category, entry (a lemma or a phrase), and an optional value. Categories are documented in the file.
 */
final class Lexicon {

    private final Map<String, Map<String, String>> categories;

    private Lexicon(Map<String, Map<String, String>> categories) {
        this.categories = categories;
    }

    static Lexicon loadDefault() {
        String name = "lexicon.tsv";
        return parse(name, RuleResources.required(name));
    }

    static Lexicon parse(String fileName, List<String> lines) {
        Map<String, Map<String, String>> cats = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank())
                throw new IllegalArgumentException(fileName + ":" + (i + 1) + ": expected 'category<TAB>entry[<TAB>value]'");
            var entries = cats.computeIfAbsent(cols[0].strip(), k -> new LinkedHashMap<>());
            if (entries.put(cols[1].strip().toLowerCase(), cols.length > 2 ? cols[2].strip() : "") != null)
                throw new IllegalArgumentException(fileName + ":" + (i + 1) + ": duplicate entry '" + cols[1] + "' in " + cols[0]);
        }
        return new Lexicon(cats);
    }

    /** The entries of a category, lower-case. */
    Set<String> words(String category) {
        return categories.getOrDefault(category, Map.of()).keySet();
    }

    /** Entries of a category with their values, in file order. */
    Map<String, String> entries(String category) {
        return categories.getOrDefault(category, Map.of());
    }

    boolean has(String category, String word) {
        return word != null && words(category).contains(word.toLowerCase());
    }
}

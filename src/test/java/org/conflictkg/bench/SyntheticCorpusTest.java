package org.conflictkg.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.conflictkg.corpus.Article;
import org.conflictkg.corpus.CorpusReadResult;
import org.conflictkg.corpus.CorpusReader;
import org.conflictkg.extract.Entity;
import org.conflictkg.testing.CorpusGraph;
import org.conflictkg.testing.SharedNlp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic corpus: labelled synthetic everywhere, the same for a seed, and made of real paragraphs. */
class SyntheticCorpusTest {

    private static SyntheticCorpus synthetic;

    @BeforeAll
    static void generator() {
        synthetic = SyntheticCorpus.of(CorpusGraph.CORPUS, SharedNlp.registry());
    }

    @Test
    void everyArticleSaysItIsSynthetic(@TempDir Path dir) throws IOException {
        List<Path> files = synthetic.write(dir, 6, 1);

        assertEquals(6, files.size());
        CorpusReadResult read = CorpusReader.builder().strict(true).build().readAll(dir);
        assertEquals(6, read.articles().size(), "every file reads as an article");
        for (Article a : read.articles()) {
            assertTrue(Files.readString(a.source(), UTF_8).contains("\nsynthetic: true\n"), a.id() + " front matter");
            assertTrue(a.metadata().title().orElseThrow().startsWith("[synthetic] "), a.id() + " title");
            assertEquals("synthetic", a.metadata().outlet().orElseThrow(), a.id() + " outlet");
            assertTrue(a.metadata().published().isPresent(), a.id() + " date");
        }
        List<String> manifest = Files.readAllLines(dir.resolve("manifest.tsv"), UTF_8);
        assertEquals(7, manifest.size());
        assertTrue(manifest.stream().skip(1).allMatch(row -> row.contains("\tsynthetic: ")), "manifest notes");
        assertTrue(Files.readString(dir.resolve(SyntheticCorpus.NOTES_FILE), UTF_8).contains("\nsynthetic: true\n"));
    }

    @Test
    void aSeedAlwaysGivesTheSameArticlesAndALargerCorpusExtendsASmallerOne(@TempDir Path dir) throws IOException {
        List<Path> first = synthetic.write(dir.resolve("a"), 5, 1);
        List<Path> again = synthetic.write(dir.resolve("b"), 3, 1);
        List<Path> otherSeed = synthetic.write(dir.resolve("c"), 5, 2);

        for (int i = 0; i < 3; i++) assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(again.get(i)));
        for (int i = 0; i < 5; i++) assertNotEquals(Files.readString(first.get(i)), Files.readString(otherSeed.get(i)));
    }

    @Test
    void articlesAreRealParagraphsWithOtherNamesAndYears(@TempDir Path dir) {
        synthetic.write(dir, 20, 7);
        Set<String> real = paragraphs(CorpusGraph.CORPUS);
        Pattern names = namesOfTheRegistry(true);
        Set<String> realMasked = real.stream().map(p -> mask(p, names)).collect(Collectors.toSet());

        // The generator writes labels only; read with aliases too, "Civil Contract" (a label) before
        // "party" would read as the alias "Civil Contract party" and hide the word the real text has.
        Pattern labels = namesOfTheRegistry(false);
        Set<String> made = paragraphs(dir);
        for (String p : made) assertTrue(realMasked.contains(mask(p, labels)), "not a real paragraph: " + p);
        assertFalse(real.containsAll(made), "no paragraph has changed names or dates");
    }

    @Test
    void aDirectoryWithOtherFilesIsNotOverwritten(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine", UTF_8);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> synthetic.write(dir, 2, 1));
        assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("mine", Files.readString(dir.resolve("notes.txt"), UTF_8));
    }

    private static Set<String> paragraphs(Path corpus) {
        Set<String> out = new HashSet<>();
        for (Article a : CorpusReader.builder().build().readAll(corpus).canonicalArticles())
            for (String p : a.text().split("\n\n")) out.add(p.strip());
        return out;
    }

    /** Every registry name and every year, replaced by a placeholder. */
    private static String mask(String paragraph, Pattern names) {
        return names.matcher(paragraph).replaceAll("NAME").replaceAll("(?<![\\d.,])(1[89]|20)\\d\\d(?!\\d|[.,]\\d)", "YEAR");
    }

    private static Pattern namesOfTheRegistry(boolean withAliases) {
        Set<String> all = new HashSet<>();
        for (Entity e : SharedNlp.registry().entities()) {
            all.add(e.label());
            if (withAliases) all.addAll(e.aliases());
        }
        String alternatives = all.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }
}

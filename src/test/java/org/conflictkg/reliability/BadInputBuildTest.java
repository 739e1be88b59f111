package org.conflictkg.reliability;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.conflictkg.corpus.Article;
import org.conflictkg.corpus.ArticleLimits;
import org.conflictkg.corpus.CorpusReader;
import org.conflictkg.store.KgStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad article files given to {@code kg build}, through the real command line ({@link KgRun}):
 * each gives one line on standard error naming the file and the problem, the build goes on with the other
 * articles, and {@code --strict} stops at the bad file before anything is written.
 * <p>
 * The fixtures are in src/test/files/bad-input, each named after its defect (those with front matter or HTML
 * say it in a comment too); the 50 MB file and the over-long article are generated, never committed. A file
 * over {@link ArticleLimits} is refused before it is read: the 50 MB file is sparse, all NUL bytes after its
 * first line, so reading it would give another error.
 */
class BadInputBuildTest {

    private static final Path FIXTURES = Path.of("src/test/files/bad-input");
    private static final Path GOOD = Path.of("corpus/004_5ad66889d93a5044.txt");
    private static final String HUGE = "bad-50-mb.txt";
    private static final String TOO_LONG = "bad-text-too-long.txt";

    @TempDir
    Path tmp;

    @AfterEach
    void releaseGenerations() throws IOException {
        Path db = tmp.resolve("db");
        if (!Files.isDirectory(db)) return;
        try (Stream<Path> generations = Files.list(db)) {
            generations.filter(Files::isDirectory).forEach(KgStore::release);
        }
    }

    /** Each bad file, and the problem it is skipped for. */
    static Stream<Arguments> badFiles() {
        return Stream.of(
                arguments(named("empty file", "bad-empty.txt"), "empty file"),
                arguments(named("binary file (gzip)", "bad-binary.txt"), "binary content (NUL byte at offset 3), not a text file"),
                arguments(named("UTF-8 with one Windows-1252 byte", "bad-invalid-utf8.txt"),
                        "invalid UTF-8: byte 0x92 at offset 214 (line 5) is malformed, though the file's 5 other non-ASCII "
                                + "characters are UTF-8, so it is not Windows-1252 text either (1 malformed byte in all)"),
                arguments(named("front matter with an unclosed quote", "bad-malformed-front-matter.md"),
                        "malformed front matter at line 6: found unexpected end of stream, while scanning a quoted scalar that starts on line 3"),
                arguments(named("date as a dateline, not ISO 8601", "bad-unknown-date.md"),
                        "malformed date: front matter line 5: published: not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD): "
                                + "'Fri, March 5th 2021'"),
                arguments(named("same id as bad-duplicate-id.md", "bad-duplicate-id.txt"),
                        "id 'bad-duplicate-id' is already taken by bad-duplicate-id.md (an id is the file name without its extension)"),
                arguments(named("only a caption, a related-article line and links", "bad-no-sentences.txt"),
                        "no article text left after cleaning"),
                arguments(named("only symbols and numbers", "bad-only-symbols.txt"),
                        "no sentence left after cleaning, only symbols and numbers: '— 2021 — ### 12:40 | 05.03.2021'"),
                arguments(named("a 50 MB file", HUGE), "file is 50 MB, more than the 5 MB limit for one article"),
                arguments(named("250,000 characters of text", TOO_LONG),
                        "article text is 246,999 characters after cleaning, more than the 200,000-character limit for one article"));
    }

    /** The good article, and the bad file (with the file whose id it takes, for the duplicate id) in a new corpus directory. */
    private Path corpusWith(String badFile) throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        if (!Files.exists(corpus.resolve(GOOD.getFileName()))) Files.copy(GOOD, corpus.resolve(GOOD.getFileName()));
        switch (badFile) {
            case HUGE -> writeHugeFile(corpus.resolve(HUGE));
            case TOO_LONG -> Files.writeString(corpus.resolve(TOO_LONG), String.join(" ", Collections.nCopies(13_000, "The talks went on.")));
            case "bad-duplicate-id.txt" -> {
                Files.copy(FIXTURES.resolve("bad-duplicate-id.md"), corpus.resolve("bad-duplicate-id.md"));
                Files.copy(FIXTURES.resolve(badFile), corpus.resolve(badFile));
            }
            default -> Files.copy(FIXTURES.resolve(badFile), corpus.resolve(badFile));
        }
        return corpus;
    }

    /** 50 MB of text: a sparse file of one line of letters at each end, quick to make and never read. */
    private static void writeHugeFile(Path file) {
        try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
            huge.write("Ceasefire talks resumed.\n".getBytes(UTF_8));
            huge.setLength(50 * ArticleLimits.MB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void strictModeStopsAtTheBadFileBeforeWritingAnything(String badFile, String problem) throws IOException {
        Path corpus = corpusWith(badFile);
        Path db = tmp.resolve("db");

        KgRun run = KgRun.kg("build", "--strict", "--corpus", corpus.toString(), "--db", db.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(List.of("kg build: " + corpus.resolve(badFile) + ": " + problem), run.errLines(), run.toString());
        assertTrue(KgStore.open(db).currentLocation().isEmpty(), "nothing was built");
    }

    @Test
    void aBuildSkipsEachBadFileWithOneLineAndGoesOnWithTheOthers() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Map<Path, String> expected = new TreeMap<>();
        for (Arguments bad : badFiles().toList()) {
            String file = (String) ((Named<?>) bad.get()[0]).getPayload();
            corpusWith(file);
            expected.put(corpus.resolve(file), "kg: skipped " + corpus.resolve(file) + ": " + bad.get()[1]);
        }
        Files.copy(FIXTURES.resolve("bad-windows-1252.txt"), corpus.resolve("bad-windows-1252.txt"));
        expected.put(corpus.resolve("bad-windows-1252.txt"), "kg: " + corpus.resolve("bad-windows-1252.txt")
                + ": warning: not valid UTF-8 (byte 0x92 at offset 58); read as Windows-1252");
        Files.copy(FIXTURES.resolve("html-with-script.html"), corpus.resolve("html-with-script.html"));
        Path db = tmp.resolve("db");

        KgRun run = KgRun.kg("build", "--corpus", corpus.toString(), "--db", db.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.copyOf(expected.values()), run.errLines(), "one line per bad file, and the warning, in file-name order");
        assertTrue(run.out().lines().anyMatch(line -> line.matches("built .*: 4 articles \\(0 copies of another\\), \\d+ claims, .*; 10 files skipped")),
                run.out());
        assertEquals(List.of("004_5ad66889d93a5044", "bad-duplicate-id", "bad-windows-1252", "html-with-script"), storedArticleIds(db));
    }

    @Test
    void aWindows1252FileIsReadWithAWarningEvenInStrictMode() throws IOException {
        Path corpus = corpusWith("bad-windows-1252.txt");
        Path db = tmp.resolve("db");

        KgRun run = KgRun.kg("build", "--strict", "--corpus", corpus.toString(), "--db", db.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of("kg: " + corpus.resolve("bad-windows-1252.txt")
                + ": warning: not valid UTF-8 (byte 0x92 at offset 58); read as Windows-1252"), run.errLines());
        Article article = CorpusReader.builder().build().read(corpus.resolve("bad-windows-1252.txt"));
        assertEquals("Ceasefire talks resumed in Moscow on Friday, the mediators’ third attempt this month.\n\n"
                + "“We are ready to sign,” one envoy said – but the other side’s delegation left early.", article.text());
        assertEquals(List.of("004_5ad66889d93a5044", "bad-windows-1252"), storedArticleIds(db));
    }

    @Test
    void theLimitsAreSetOnTheCommandLine() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(GOOD, corpus.resolve(GOOD.getFileName()));
        try (RandomAccessFile file = new RandomAccessFile(corpus.resolve("bad-1.5-mb.txt").toFile(), "rw")) {
            file.setLength(3 * ArticleLimits.MB / 2);
        }
        Path db = tmp.resolve("db");

        KgRun run = KgRun.kg("build", "--max-article-mb", "1", "--max-article-chars", "1000",
                "--corpus", corpus.toString(), "--db", db.toString());

        assertEquals(0, run.exitCode(), run.toString());
        int goodLength = CorpusReader.builder().build().read(GOOD).text().length();
        assertEquals(List.of(
                "kg: skipped " + corpus.resolve(GOOD.getFileName()) + ": article text is " + String.format("%,d", goodLength)
                        + " characters after cleaning, more than the 1,000-character limit for one article",
                "kg: skipped " + corpus.resolve("bad-1.5-mb.txt") + ": file is 1.5 MB, more than the 1 MB limit for one article"),
                run.errLines());
        assertTrue(run.out().contains(": 0 articles"), run.out());
    }

    @Test
    void scriptsAndStylesNeverReachTheArticleText() {
        CorpusReader reader = CorpusReader.builder().build();

        assertEquals("Ceasefire Talks Resume in Moscow\n\n"
                        + "Envoys of both governments met in Moscow on Friday for a third round of talks on a ceasefire.\n\n"
                        + "The talks ended without agreement, officials said.",
                reader.read(FIXTURES.resolve("html-with-script.html")).text());
        assertEquals("Foreign Ministers to Meet in Geneva\n\n"
                        + "The foreign ministers of both countries will meet in Geneva next week, a spokesman said.\n\n"
                        + "No agenda has been published, the spokesman added.",
                reader.read(FIXTURES.resolve("markdown-with-script.md")).text());
    }

    /** The ids of the articles stored in the database's live generation. */
    private static List<String> storedArticleIds(Path db) {
        KgStore store = KgStore.open(db);
        Dataset kg = store.openCurrent();
        String query = "PREFIX ck: <https://w3id.org/conflict-kg/ontology#> "
                + "SELECT ?file { ?article a ck:Article ; ck:sourceFile ?file } ORDER BY ?file";
        List<String> ids = Txn.calculateRead(kg, () -> {
            try (QueryExecution exec = QueryExecution.dataset(kg).query(query).build()) {
                List<String> files = new ArrayList<>();
                exec.execSelect().forEachRemaining(row -> files.add(row.getLiteral("file").getString()));
                return files.stream().map(f -> f.substring(0, f.lastIndexOf('.'))).toList();
            }
        });
        KgStore.release(store.currentLocation().orElseThrow());
        return ids;
    }
}

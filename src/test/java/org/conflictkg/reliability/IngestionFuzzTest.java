package org.conflictkg.reliability;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.conflictkg.Pipeline;
import org.conflictkg.corpus.Article;
import org.conflictkg.corpus.CorpusException;
import org.conflictkg.corpus.CorpusProblem;
import org.conflictkg.corpus.CorpusReadResult;
import org.conflictkg.corpus.CorpusReader;
import org.conflictkg.corpus.OffsetAssertions;
import org.conflictkg.store.KgStore;
import org.conflictkg.testing.CorpusGraph;
import org.conflictkg.testing.SharedNlp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random, truncated and mutated article files, generated from a fixed seed, fed to ingestion: reading and
 * cleaning a file either gives an article whose offset map sends every character back to the file, or one
 * {@link CorpusException} naming the file; nothing else is ever thrown, and no file takes long. A handful
 * of the fuzzed articles also go through annotation, extraction and the store.
 * <p>
 * A failure names the case ("case 1234: ..."); the same seed regenerates it.
 */
class IngestionFuzzTest {

    private static final long SEED = 20261128L;
    /** Files read and cleaned: reading is cheap, so many. */
    private static final int FILES = 3000;
    /** Directories of fuzzed files read whole, for the one-problem-per-file rule across a corpus. */
    private static final int DIRECTORIES = 30;
    /** Fuzzed articles also annotated and extracted: CoreNLP is the expensive part, so few and short. */
    private static final int ANNOTATED = 6;
    private static final int MAX_ANNOTATED_TEXT = 2_500;
    /** Reading and cleaning one fuzzed file (some tens of kB at most) takes milliseconds; far more means runaway matching. */
    private static final Duration SLOWEST_READ = Duration.ofSeconds(2);

    /** Where a failing case's file is saved. */
    private static final Path FAILURES = Path.of("target", "fuzz-failures");

    private static final List<String> EXTENSIONS = List.of("txt", "md", "html");

    /** Markup, metadata, white space and unusual characters that the cleaners and the front matter parser treat specially. */
    private static final List<String> FRAGMENTS = List.of(
            "---\n", "...\n", "title: ", "published: ", "2020-09-28", "2020-13-45", "07/10/2020", "unknown", "url: [",
            "outlet: {", ": ", "- ", "* ", "1. ", "> ", "# ", "## ", "===\n", "```\n", "~~~\n", "**", "__", "*", "_",
            "`", "[", "](", ")", "![", "](https://example.org/a.jpg)", "<", ">", "</", "<p>", "</p>", "<br>", "<div>",
            "<h1>", "</h1>", "<script>", "</script>", "<style>", "</style>", "<article>", "<header>", "<!--", "-->",
            "<![CDATA[", "&amp;", "&", "&#", "&#x1F600;", "&#0;", "&#xD800;", "&rsquo", "&nbsp;", "\\", "\n", "\n\n",
            "\r\n", "\r", "\t", " ", "  ", "\u00A0", "\u00AD", "\u200B", "\uFEFF", "\u2028", "\u0301", "\u202E",
            "\uD83D\uDE00", "“", "”", "’", "«", "»", "…", "—", "–", "https://example.org/news/2020/a?b=c",
            "Photo: AFP", "Related article: ", "Read more", "Mr.", "U.S.", "1994", "39", "-\n", "—\n", ".", ",", "?",
            "Russia", "Armenia", "Azerbaijan", "Moscow", "the", "ceasefire", "said", "troops", "killed", "CSTO",
            "is", "not", "a", "member", "of", "brokered", "in");

    private static final List<Path> REAL_FILES = realFiles();

    @TempDir
    Path tmp;
    private final List<Path> stores = new ArrayList<>();

    @AfterEach
    void releaseStores() throws IOException {
        for (Path db : stores) {
            try (Stream<Path> generations = Files.list(db)) {
                generations.filter(Files::isDirectory).forEach(KgStore::release);
            }
        }
    }

    @Test
    void readingAnyFileGivesAnArticleWithValidOffsetsOrOneCorpusException() throws IOException {
        Random random = new Random(SEED);
        CorpusReader reader = CorpusReader.builder().build();
        int read = 0;
        for (int n = 0; n < FILES; n++) {
            FuzzCase fuzz = FuzzCase.next(random, n);
            Path file = fuzz.writeTo(tmp);
            long start = System.nanoTime();
            try {
                Article article = reader.read(file);
                OffsetAssertions.assertMapsBack(article);
                assertFalse(article.text().isBlank(), fuzz + ": an article with no text");
                read++;
            } catch (CorpusException e) {
                assertEquals(file, e.file(), fuzz + ": the exception names another file");
                assertEquals(file + ": " + e.problem(), e.getMessage());
            } catch (RuntimeException | AssertionError e) {
                throw fuzz.failure(e);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(SLOWEST_READ) < 0, fuzz + ": reading took " + took);
            Files.delete(file);
        }
        // Not a vacuous test: the generators reach the cleaners, not only the decoder's errors.
        assertTrue(read > FILES / 3, "only " + read + " of " + FILES + " fuzzed files were articles");
    }

    /** Pages on which the fuzzer found the HTML offset map going wrong, cut down by hand; each maps back now. */
    @ParameterizedTest
    @ValueSource(strings = {
            "<p>AT&amp;?T and &copyright, &#x1F600;, &nbsp;x</p>",  // a reference decoding to the character before it
            "<p>Talks <![CDATA[*resumed*]]> on Friday.</p>",          // a CDATA section: its markup is not text
            "<p>One\r\nline &amp;amp; another</p>"})
    void htmlReferencesAndCdataMapBackToTheirSource(String html) throws IOException {
        Path file = Files.writeString(tmp.resolve("page.html"), html);

        OffsetAssertions.assertMapsBack(CorpusReader.builder().build().read(file));
    }

    @Test
    void readingAFuzzedDirectoryGivesEachFileAnArticleOrOneError() throws IOException {
        Random random = new Random(SEED + 1);
        CorpusReader reader = CorpusReader.builder().build();
        for (int d = 0; d < DIRECTORIES; d++) {
            Path dir = Files.createDirectory(tmp.resolve("corpus-" + d));
            Map<Path, FuzzCase> files = new HashMap<>();
            for (int n = 0; n < 12; n++) {
                // Same ids in several formats now and then: copies and id clashes.
                FuzzCase fuzz = FuzzCase.next(random, n % 9);
                files.put(fuzz.writeTo(dir), fuzz);
            }
            CorpusReadResult all = reader.readAll(dir);
            Set<Path> accounted = new HashSet<>();
            for (Article a : all.articles()) {
                try {
                    OffsetAssertions.assertMapsBack(a);
                } catch (AssertionError e) {
                    throw files.get(a.source()).failure(e);
                }
                assertTrue(accounted.add(a.source()), "directory " + d + ": " + a.source() + " twice");
            }
            for (CorpusProblem error : all.errors()) {
                assertTrue(accounted.add(error.file()), "directory " + d + ": " + error.file() + " has an article or error already");
            }
            assertEquals(files.keySet(), accounted, "directory " + d + ": every file is an article or has one error");

            List<Path> streamed = new ArrayList<>();
            List<CorpusProblem> streamedProblems = new ArrayList<>();
            try (Stream<Article> articles = reader.stream(dir, streamedProblems::add)) {
                articles.forEach(a -> streamed.add(a.source()));
            }
            assertEquals(all.articles().stream().map(Article::source).toList(), streamed, "directory " + d);
            assertEquals(all.problems(), streamedProblems, "directory " + d);
        }
    }

    /**
     * A few fuzzed articles that reading accepts go through the whole build: annotation, extraction, the RDF
     * writers and TDB2. Every sentence, claim and quote stored lies inside its article: its cleaned offsets
     * inside the stored text (a sentence's anchor is the text at its offsets) and its source offsets inside
     * the file.
     */
    @Test
    void fuzzedArticlesGoThroughAnnotationExtractionAndTheStore() throws IOException {
        Random random = new Random(SEED + 2);
        CorpusReader reader = CorpusReader.builder().build();
        Path corpus = Files.createDirectory(tmp.resolve("corpus"));
        Path scratch = Files.createDirectory(tmp.resolve("scratch"));
        Map<String, Article> chosen = new HashMap<>();
        List<String> cases = new ArrayList<>();
        for (int n = 0; chosen.size() < ANNOTATED; n++) {
            // Alternate the kinds that keep article-like text.
            Kind kind = List.of(Kind.TRUNCATED, Kind.MUTATED, Kind.FRAGMENTS).get(chosen.size() % 3);
            FuzzCase fuzz = FuzzCase.next(random, n, kind);
            Path file = fuzz.writeTo(scratch);
            try {
                Article article = reader.read(file);
                if (article.text().length() <= MAX_ANNOTATED_TEXT && article.text().codePoints().anyMatch(Character::isLetter)) {
                    Files.move(file, corpus.resolve(file.getFileName()));
                    chosen.put(article.id(), article);
                    cases.add(fuzz.toString());
                }
            } catch (CorpusException e) {
                // Not an article: the reading test covers it.
            }
        }
        Path db = tmp.resolve("db");
        stores.add(db);

        Pipeline pipeline = Pipeline.builder().nlp(SharedNlp.nlp()).registry(SharedNlp.registry()).build();
        Pipeline.BuildReport report = pipeline.build(corpus, KgStore.open(db));

        assertEquals(List.of(), report.problems().stream().filter(CorpusProblem::isError).toList(), "cases " + cases);
        assertEquals(ANNOTATED, report.articles(), "cases " + cases);
        Dataset kg = KgStore.open(db).openCurrent();
        String query = """
                PREFIX ck: <https://w3id.org/conflict-kg/ontology#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX schema: <http://schema.org/>
                SELECT ?node ?file ?text ?begin ?end ?sourceBegin ?sourceEnd ?anchor {
                  ?node ck:inArticle ?article ; nif:beginIndex ?begin ; nif:endIndex ?end ;
                        ck:sourceBeginIndex ?sourceBegin ; ck:sourceEndIndex ?sourceEnd .
                  ?article schema:text ?text ; ck:sourceFile ?file .
                  OPTIONAL { ?node nif:anchorOf ?anchor }
                }""";
        int spans = Txn.calculateRead(kg, () -> {
            try (QueryExecution exec = QueryExecution.dataset(kg).query(query).build()) {
                int checked = 0;
                for (ResultSet rows = exec.execSelect(); rows.hasNext(); checked++) {
                    QuerySolution row = rows.next();
                    String node = row.getResource("node").getURI();
                    String fileName = row.getLiteral("file").getString();
                    Article article = chosen.get(fileName.substring(0, fileName.lastIndexOf('.')));
                    String text = row.getLiteral("text").getString();
                    int begin = row.getLiteral("begin").getInt();
                    int end = row.getLiteral("end").getInt();
                    assertEquals(article.text(), text, node + ": the stored text is the cleaned text");
                    assertTrue(0 <= begin && begin <= end && end <= text.length(), node + ": [" + begin + ", " + end + ")");
                    if (row.contains("anchor")) assertEquals(text.substring(begin, end), row.getLiteral("anchor").getString(), node);
                    int sourceBegin = row.getLiteral("sourceBegin").getInt();
                    int sourceEnd = row.getLiteral("sourceEnd").getInt();
                    assertTrue(0 <= sourceBegin && sourceBegin <= sourceEnd && sourceEnd <= article.original().length(),
                            node + ": source [" + sourceBegin + ", " + sourceEnd + ")");
                }
                return checked;
            }
        });
        assertTrue(spans >= ANNOTATED, "every article has a sentence at least; found " + spans + " spans");
    }

    private enum Kind { RANDOM_BYTES, FRAGMENTS, TRUNCATED, MUTATED, LONG_RUN }

    /** One generated file: what kind, how it was made, its name and bytes. */
    private record FuzzCase(int number, Kind kind, String how, String fileName, byte[] bytes) {

        static FuzzCase next(Random random, int number) {
            return next(random, number, Kind.values()[random.nextInt(Kind.values().length)]);
        }

        static FuzzCase next(Random random, int number, Kind kind) {
            String extension = EXTENSIONS.get(random.nextInt(EXTENSIONS.size()));
            String name = "case-" + number + "." + extension;
            return switch (kind) {
                case RANDOM_BYTES -> {
                    byte[] bytes = new byte[random.nextInt(1024)];
                    if (random.nextBoolean()) {
                        random.nextBytes(bytes);
                    } else {
                        // Mostly text: printable ASCII, line breaks and high bytes, no NUL.
                        for (int i = 0; i < bytes.length; i++) {
                            int r = random.nextInt(100);
                            bytes[i] = (byte) (r < 80 ? 32 + random.nextInt(95) : r < 90 ? '\n' : 128 + random.nextInt(128));
                        }
                    }
                    yield new FuzzCase(number, kind, bytes.length + " random bytes", name, bytes);
                }
                case FRAGMENTS -> {
                    StringBuilder text = new StringBuilder();
                    int count = 1 + random.nextInt(120);
                    for (int i = 0; i < count; i++) text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
                    yield new FuzzCase(number, kind, count + " fragments", name, text.toString().getBytes(UTF_8));
                }
                case TRUNCATED -> {
                    Path real = REAL_FILES.get(random.nextInt(REAL_FILES.size()));
                    byte[] bytes = readAllBytes(real);
                    int cut = random.nextInt(bytes.length + 1);
                    yield new FuzzCase(number, kind, real + " cut at byte " + cut, realName(number, real, extension, random),
                            Arrays.copyOf(bytes, cut));
                }
                case MUTATED -> {
                    Path real = REAL_FILES.get(random.nextInt(REAL_FILES.size()));
                    byte[] bytes = readAllBytes(real);
                    int edits = 1 + random.nextInt(8);
                    for (int i = 0; i < edits; i++) bytes = mutate(random, bytes);
                    yield new FuzzCase(number, kind, real + " with " + edits + " random edits",
                            realName(number, real, extension, random), bytes);
                }
                case LONG_RUN -> {
                    // Long runs of one piece of markup, the usual trigger of runaway regular expressions.
                    String piece = FRAGMENTS.get(random.nextInt(FRAGMENTS.size())) + (random.nextBoolean() ? "a" : "");
                    int times = 1_000 + random.nextInt(20_000 / Math.max(1, piece.length()));
                    yield new FuzzCase(number, kind, "'" + piece.replace("\n", "\\n") + "' " + times + " times", name,
                            ("x " + piece.repeat(times) + " y").getBytes(UTF_8));
                }
            };
        }

        /** Usually the real file's own extension, sometimes another, so cleaners meet foreign formats. */
        private static String realName(int number, Path real, String randomExtension, Random random) {
            String own = real.getFileName().toString().substring(real.getFileName().toString().lastIndexOf('.') + 1);
            return "case-" + number + "." + (random.nextInt(4) == 0 ? randomExtension : own);
        }

        private static byte[] mutate(Random random, byte[] bytes) {
            int at = random.nextInt(bytes.length + 1);
            return switch (random.nextInt(3)) {
                case 0 -> { // insert a fragment
                    byte[] piece = FRAGMENTS.get(random.nextInt(FRAGMENTS.size())).getBytes(UTF_8);
                    byte[] out = new byte[bytes.length + piece.length];
                    System.arraycopy(bytes, 0, out, 0, at);
                    System.arraycopy(piece, 0, out, at, piece.length);
                    System.arraycopy(bytes, at, out, at + piece.length, bytes.length - at);
                    yield out;
                }
                case 1 -> { // delete a span
                    int end = Math.min(bytes.length, at + random.nextInt(200));
                    byte[] out = new byte[bytes.length - (end - at)];
                    System.arraycopy(bytes, 0, out, 0, at);
                    System.arraycopy(bytes, end, out, at, bytes.length - end);
                    yield out;
                }
                default -> { // replace a byte
                    if (at == bytes.length) yield bytes;
                    byte[] out = bytes.clone();
                    out[at] = (byte) random.nextInt(256);
                    yield out;
                }
            };
        }

        Path writeTo(Path dir) throws IOException {
            return Files.write(dir.resolve(fileName), bytes);
        }

        /** The failure, naming this case; the input is kept in {@link #FAILURES} to look at. */
        AssertionError failure(Throwable e) {
            try {
                Files.createDirectories(FAILURES);
                Files.write(FAILURES.resolve(fileName), bytes);
            } catch (IOException notSaved) {
                e.addSuppressed(notSaved);
            }
            return new AssertionError(this + ", saved in " + FAILURES.resolve(fileName) + ": " + e, e);
        }

        @Override
        public String toString() {
            return "case " + number + " (" + kind + ": " + how + ", as " + fileName + ")";
        }
    }

    private static byte[] readAllBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Real article files: the corpus, the cleaning and metadata fixtures, and the pages with scripts. */
    private static List<Path> realFiles() {
        List<Path> files = new ArrayList<>(CorpusReader.articleFiles(CorpusGraph.CORPUS));
        files.addAll(CorpusReader.articleFiles(Path.of("src/test/files/corpus/cleaning")));
        files.addAll(CorpusReader.articleFiles(Path.of("src/test/files/corpus/metadata")));
        files.add(Path.of("src/test/files/bad-input/html-with-script.html"));
        files.add(Path.of("src/test/files/bad-input/markdown-with-script.md"));
        return List.copyOf(files);
    }
}

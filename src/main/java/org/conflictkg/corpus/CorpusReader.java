package org.conflictkg.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a directory of news articles into {@link Article}s: decodes each file, takes its metadata from its
 * front matter and the directory's {@code manifest.tsv}, cleans its text, and marks copies of one article
 * in several files.
 * <pre>
 * CorpusReader reader = CorpusReader.builder().strict(false).build();
 * CorpusReadResult result = reader.readAll(Path.of("corpus"));
 * result.problems().forEach(System.err::println);
 * for (Article article : result.canonicalArticles()) { ... }
 * </pre>
 * <b>Files.</b> Article files end in {@code .txt}, {@code .md} (or {@code .markdown}) or {@code .html} (or
 * {@code .htm}); all other files, {@code manifest.tsv} included, and hidden files and subdirectories are not
 * articles. They are read in file-name order. An article's id is its file name without the extension.
 * <p>
 * <b>Problems.</b> A file that cannot be an article (empty, binary, undecodable, larger than the
 * {@linkplain ArticleLimits limits}, malformed front matter or date, no sentence left after cleaning, an id
 * another file already has) gives one {@link CorpusProblem} naming the file and the problem, and reading goes
 * on; in {@linkplain Builder#strict(boolean) strict} mode the first one is thrown as a {@link CorpusException}
 * instead.
 * <p>
 * <b>Encodings.</b> Files are UTF-8, or UTF-16 with a byte-order mark. A file that is not valid UTF-8 is read
 * as Windows-1252, with a warning, unless it is UTF-8 with a few corrupt bytes: when more of its non-ASCII
 * characters are well-formed UTF-8 than there are bytes that are not, reading it as Windows-1252 would garble
 * every one of those characters, so it is an error instead.
 * <p>
 * <b>Large corpora.</b> {@link #readAll(Path)} holds every article. {@link #stream(Path, Consumer)} holds only the
 * small fingerprints that duplicate detection needs: it reads the files once to fingerprint them and again,
 * lazily, to hand them out. {@link #read(Path)} reads one file without duplicate detection.
 */
public final class CorpusReader {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusReader.class);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final boolean strict;
    private final ArticleLimits limits;
    private final Map<SourceFormat, TextCleaner> cleaners;
    /** Manifests already read by {@link #read(Path)}, per directory: a streamed corpus reads each once. */
    private final Map<Path, Manifest> manifests = new ConcurrentHashMap<>();

    private CorpusReader(Builder builder) {
        this.strict = builder.strict;
        this.limits = builder.limits;
        Map<SourceFormat, TextCleaner> byFormat = new EnumMap<>(SourceFormat.class);
        for (SourceFormat format : SourceFormat.values()) byFormat.put(format, TextCleaner.forFormat(format, builder.rules));
        this.cleaners = byFormat;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Choices for a {@link CorpusReader}; the defaults are lenient reading, the shipped cleaning rules and
     * {@link ArticleLimits#DEFAULT}.
     */
    public static final class Builder {

        private boolean strict;
        private CleaningRules rules = CleaningRules.defaults();
        private ArticleLimits limits = ArticleLimits.DEFAULT;

        private Builder() {
        }

        /** When true, the first file that cannot be read throws a {@link CorpusException} instead of being skipped. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        public Builder cleaningRules(CleaningRules rules) {
            this.rules = rules;
            return this;
        }

        /** How large one article may be; a larger one is skipped with an error. */
        public Builder limits(ArticleLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        public CorpusReader build() {
            return new CorpusReader(this);
        }
    }

    /**
     * Reads every article file of {@code directory}, marking copies.
     *
     * @throws CorpusException when {@code directory} cannot be listed, or in strict mode for the first problem
     */
    public CorpusReadResult readAll(Path directory) {
        List<CorpusProblem> problems = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        forEachArticle(directory, problems::add, articles::add);
        Map<String, String> canonicalOf = DuplicateDetector.findDuplicates(
                articles.stream().map(DuplicateDetector::fingerprint).toList());
        List<Article> marked = articles.stream().map(a -> markCopy(a, canonicalOf)).toList();
        return new CorpusReadResult(marked, problems);
    }

    /**
     * Streams the articles of {@code directory} in file-name order, copies marked, holding one article at a
     * time. The files are read twice: a first pass, during this call, fingerprints them and reports every
     * problem to {@code problems}; the stream reads them again.
     *
     * @throws CorpusException when {@code directory} cannot be listed, or in strict mode for the first problem
     */
    public Stream<Article> stream(Path directory, Consumer<CorpusProblem> problems) {
        List<Path> readable = new ArrayList<>();
        List<DuplicateDetector.Fingerprint> fingerprints = new ArrayList<>();
        Manifest manifest = forEachArticle(directory, problems, article -> {
            readable.add(article.source());
            fingerprints.add(DuplicateDetector.fingerprint(article));
        });
        Map<String, String> canonicalOf = DuplicateDetector.findDuplicates(fingerprints);
        return readable.stream().flatMap(file -> {
            try {
                // Warnings were reported in the first pass.
                return Stream.of(markCopy(readFile(file, manifest, warning -> { }), canonicalOf));
            } catch (CorpusException e) {
                // The file changed between the passes.
                report(e, problems);
                return Stream.empty();
            }
        });
    }

    /**
     * Reads one article file, with the metadata of its directory's manifest, without looking for copies.
     * Warnings are logged.
     *
     * @throws CorpusException naming the file and the problem when it cannot be read as an article
     */
    public Article read(Path file) {
        Path directory = file.toAbsolutePath().getParent();
        Manifest manifest = manifests.computeIfAbsent(directory, dir -> Manifest.load(dir, CorpusReader::log));
        if (MetadataSources.formatOfExtension(file.getFileName().toString()).isEmpty()) {
            throw new CorpusException(file, "not an article file (expected .txt, .md, .markdown, .html or .htm)");
        }
        return readFile(file, manifest, CorpusReader::log);
    }

    /** The article files of {@code directory}, in file-name order. */
    public static List<Path> articleFiles(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> MetadataSources.formatOfExtension(p.getFileName().toString()).isPresent())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CorpusException(directory, "cannot list the corpus directory: " + e, e);
        }
    }

    /** Reads each article file of {@code directory}, reporting problems; returns the manifest used. */
    private Manifest forEachArticle(Path directory, Consumer<CorpusProblem> problems, Consumer<Article> sink) {
        List<Path> files = articleFiles(directory);
        Manifest manifest;
        try {
            manifest = Manifest.load(directory, problems);
        } catch (CorpusException e) {
            report(e, problems);
            manifest = Manifest.NONE;
        }
        warnAboutUnlistedRows(directory, manifest, files, problems);

        Map<String, Path> owners = new HashMap<>();
        for (Path file : files) {
            try {
                Article article = readFile(file, manifest, problems);
                Path owner = owners.putIfAbsent(article.id(), file);
                if (owner != null) {
                    throw new CorpusException(file, "id '" + article.id() + "' is already taken by " + owner.getFileName()
                            + " (an id is the file name without its extension)");
                }
                sink.accept(article);
            } catch (CorpusException e) {
                report(e, problems);
            }
        }
        return manifest;
    }

    private static void warnAboutUnlistedRows(Path directory, Manifest manifest, List<Path> files, Consumer<CorpusProblem> problems) {
        Set<String> present = new HashSet<>();
        for (Path file : files) present.add(file.getFileName().toString());
        for (String listed : manifest.files()) {
            if (!present.contains(listed)) {
                problems.accept(CorpusProblem.warning(directory.resolve(Manifest.FILE_NAME),
                        manifest.row(listed).orElseThrow().where() + ": no article file " + listed));
            }
        }
    }

    private void report(CorpusException e, Consumer<CorpusProblem> problems) {
        if (strict) throw e;
        problems.accept(e.toProblem());
    }

    private Article readFile(Path file, Manifest manifest, Consumer<CorpusProblem> warnings) {
        byte[] bytes;
        try {
            // Checked before reading: an oversized file is never held in memory.
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new CorpusException(file, "file is " + ArticleLimits.size(size) + ", more than the "
                        + ArticleLimits.size(limits.maxFileBytes()) + " limit for one article");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusException(file, "cannot read: " + e, e);
        }
        String original = decode(file, bytes, warnings);
        if (original.isBlank()) throw new CorpusException(file, "empty file (nothing but white space)");

        FrontMatter frontMatter = FrontMatter.parse(file, original);
        Optional<Manifest.Row> row = manifest.row(file.getFileName().toString());
        ArticleMetadata metadata = MetadataSources.metadata(file, frontMatter, row);
        SourceFormat format = MetadataSources.format(file, row, warnings);
        CleanedText cleaned = cleaners.get(format).clean(original, frontMatter.bodyStart(), metadata.title());
        if (cleaned.text().codePoints().noneMatch(Character::isLetter)) {
            throw new CorpusException(file, cleaned.text().isEmpty() ? "no article text left after cleaning"
                    : "no sentence left after cleaning, only symbols and numbers: '" + abbreviate(cleaned.text()) + "'");
        }
        if (cleaned.text().length() > limits.maxTextLength()) {
            throw new CorpusException(file, String.format(Locale.ROOT,
                    "article text is %,d characters after cleaning, more than the %,d-character limit for one article",
                    cleaned.text().length(), limits.maxTextLength()));
        }
        return new Article(idOf(file), file, format, metadata, original, cleaned.text(), cleaned.offsets(), Optional.empty());
    }

    /**
     * The file's text: UTF-8 (a UTF-16 file must open with its byte-order mark), else Windows-1252 with a
     * warning, unless it is mostly well-formed UTF-8.
     */
    private static String decode(Path file, byte[] bytes, Consumer<CorpusProblem> warnings) {
        if (bytes.length == 0) throw new CorpusException(file, "empty file");
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return strictDecode(bytes, StandardCharsets.UTF_16).orElseThrow(
                    () -> new CorpusException(file, "undecodable text: opens with a UTF-16 byte-order mark but is not UTF-16"));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) throw new CorpusException(file, "binary content (NUL byte at offset " + i + "), not a text file");
        }
        Optional<String> utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) return utf8.get();
        int bad = firstUndecodable(bytes, StandardCharsets.UTF_8);
        Utf8Census census = Utf8Census.of(bytes);
        if (census.nonAsciiCharacters() > census.malformedBytes()) {
            throw new CorpusException(file, String.format(Locale.ROOT,
                    "invalid UTF-8: byte 0x%02X at offset %d (line %d) is malformed, though the file's %d other non-ASCII "
                            + "characters are UTF-8, so it is not Windows-1252 text either (%d malformed %s in all)",
                    bytes[bad], bad, lineOf(bytes, bad), census.nonAsciiCharacters(), census.malformedBytes(),
                    census.malformedBytes() == 1 ? "byte" : "bytes"));
        }
        String windows = strictDecode(bytes, WINDOWS_1252).orElseThrow(() -> new CorpusException(file, String.format(
                "undecodable text: neither UTF-8 (byte 0x%02X at offset %d) nor Windows-1252 (byte 0x%02X at offset %d)",
                bytes[bad], bad, bytes[firstUndecodable(bytes, WINDOWS_1252)], firstUndecodable(bytes, WINDOWS_1252))));
        warnings.accept(CorpusProblem.warning(file, String.format(
                "not valid UTF-8 (byte 0x%02X at offset %d); read as Windows-1252", bytes[bad], bad)));
        return windows;
    }

    private static Optional<String> strictDecode(byte[] bytes, Charset charset) {
        return firstUndecodable(bytes, charset) < 0 ? Optional.of(new String(bytes, charset)) : Optional.empty();
    }

    /** How many characters a file that is not valid UTF-8 would have outside ASCII, and how many bytes are malformed. */
    private record Utf8Census(int nonAsciiCharacters, int malformedBytes) {

        static Utf8Census of(byte[] bytes) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length + 1);
            int malformed = 0;
            for (CoderResult result = decoder.decode(in, out, true); result.isError(); result = decoder.decode(in, out, true)) {
                malformed += result.length();
                in.position(in.position() + result.length());
            }
            out.flip();
            int nonAscii = (int) out.codePoints().filter(c -> c > 0x7F).count();
            return new Utf8Census(nonAscii, malformed);
        }
    }

    /** The 1-based line of the byte at {@code offset}. */
    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') line++;
        }
        return line;
    }

    /** The start of {@code text} on one line, for a message. */
    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
    }

    /** Offset of the first byte that {@code charset} cannot decode, or -1. */
    private static int firstUndecodable(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) return in.position();
        result = decoder.flush(out);
        return result.isError() ? in.position() : -1;
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static Article markCopy(Article article, Map<String, String> canonicalOf) {
        String canonical = canonicalOf.get(article.id());
        return canonical == null ? article : article.asDuplicateOf(canonical);
    }

    private static void log(CorpusProblem problem) {
        if (problem.isError()) LOG.error("{}", problem);
        else LOG.warn("{}", problem);
    }
}

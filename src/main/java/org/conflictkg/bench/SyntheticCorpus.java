package org.conflictkg.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.conflictkg.corpus.Article;
import org.conflictkg.corpus.CorpusReadResult;
import org.conflictkg.corpus.CorpusReader;
import org.conflictkg.corpus.PartialDate;
import org.conflictkg.extract.Entity;
import org.conflictkg.extract.registry.EntityRegistry;

/**
 * A generator of synthetic corpora for measuring the build at scale: each article recombines paragraphs of a
 * real corpus with other names and dates, and says everywhere that it is synthetic.
 * <pre>
 *   SyntheticCorpus synth = SyntheticCorpus.of(Path.of("corpus"), EntityRegistry.fromClasspath());
 *   synth.write(Path.of("/tmp/synth-1000"), 1000, 1);
 * </pre>
 * <b>Articles.</b> Article {@code i} takes the length (in paragraphs) and the title of a real article, and
 * that many paragraphs drawn from all real articles. Every name of a registry entity in them (label or alias)
 * becomes the label of another entity of the same type, by one random permutation per type and article, and
 * every year moves by the distance between the synthetic publication date (2008 to 2025) and the date of the
 * article the paragraph came from, so "since 2016" stays four years before "this month". The text is real
 * sentences with changed facts: it exercises the NLP and the rules like news does, and its claims are false.
 * <p>
 * <b>Labels.</b> Every file has front matter {@code synthetic: true}, a title opening with {@value #TITLE_PREFIX}
 * and the outlet {@value #OUTLET}, so graphs built from it carry the label too; {@code manifest.tsv} notes it
 * row by row, and {@value #NOTES_FILE} describes the whole corpus.
 * <p>
 * <b>Determinism.</b> An article depends only on the real corpus, the registry, the seed and its number, so the
 * same seed gives the same files, and the first 1,000 articles of a 10,000-article corpus are the 1,000-article
 * corpus.
 */
public final class SyntheticCorpus {

    /** What every synthetic title opens with. */
    public static final String TITLE_PREFIX = "[synthetic] ";

    /** The outlet of every synthetic article. */
    public static final String OUTLET = "synthetic";

    /** The file describing a synthetic corpus; its presence marks a directory this generator may overwrite. */
    public static final String NOTES_FILE = "synthetic-corpus.yaml";

    private static final String FILE_PREFIX = "synthetic-";
    private static final String MANIFEST = "manifest.tsv";
    private static final int FIRST_YEAR = 2008;
    private static final int LAST_YEAR = 2025;
    /** A year between 1800 and 2099 standing alone: not part of a longer number or of "150,000". */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(1[89]\\d\\d|20\\d\\d)(?!\\d|[.,]\\d)");

    /** A real paragraph and the year of the article it comes from (empty when that is unknown). */
    private record Paragraph(String text, Optional<Integer> year) {}

    /** A real article: what a synthetic one borrows its title and length from. */
    private record Template(String title, int paragraphs, Optional<Integer> year) {}

    private final Path source;
    private final List<Paragraph> paragraphs;
    private final List<Template> templates;
    private final Map<String, List<Entity>> entitiesByType;
    private final Map<String, Entity> entityByName;
    private final Pattern names;

    private SyntheticCorpus(Path source, List<Paragraph> paragraphs, List<Template> templates, EntityRegistry registry) {
        this.source = source;
        this.paragraphs = paragraphs;
        this.templates = templates;
        Map<String, List<Entity>> byType = new LinkedHashMap<>();
        for (Entity e : registry.entities()) byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
        // A type with one entity has nothing to swap with.
        byType.values().removeIf(list -> list.size() < 2);
        this.entitiesByType = byType;
        Map<String, Entity> byName = new HashMap<>();
        for (List<Entity> list : byType.values()) {
            for (Entity e : list) {
                byName.putIfAbsent(e.label(), e);
                e.aliases().forEach(alias -> byName.putIfAbsent(alias, e));
            }
        }
        this.entityByName = byName;
        // Longest names first, so "Republic of Armenia" is one name, not "Armenia" inside it.
        String alternatives = byName.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.names = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    /**
     * A generator recombining the canonical articles of the corpus in {@code corpusDir}.
     *
     * @throws IllegalArgumentException naming the directory when it has no readable article
     */
    public static SyntheticCorpus of(Path corpusDir, EntityRegistry registry) {
        CorpusReadResult read = CorpusReader.builder().build().readAll(corpusDir);
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Template> templates = new ArrayList<>();
        for (Article a : read.articles()) {
            if (!a.isCanonical()) continue;
            Optional<Integer> year = a.metadata().published().map(PartialDate::year);
            List<String> texts = Stream.of(a.text().split("\n\n")).map(String::strip)
                    .filter(p -> p.codePoints().anyMatch(Character::isLetter)).toList();
            texts.forEach(text -> paragraphs.add(new Paragraph(text, year)));
            templates.add(new Template(a.metadata().title().orElse(a.id()), texts.size(), year));
        }
        if (paragraphs.isEmpty())
            throw new IllegalArgumentException("No readable article in " + corpusDir.toAbsolutePath()
                    + " to make a synthetic corpus from");
        return new SyntheticCorpus(corpusDir.toAbsolutePath().normalize(), paragraphs, templates, registry);
    }

    /**
     * Writes articles {@code 1..n} of the corpus for {@code seed} into {@code outDir}, with a manifest and the
     * notes file, and returns the article files in order. A directory that already holds a synthetic corpus is
     * emptied first.
     *
     * @throws IllegalArgumentException if {@code n < 1}, or {@code outDir} holds files and is not a synthetic corpus
     */
    public List<Path> write(Path outDir, int n, long seed) {
        if (n < 1) throw new IllegalArgumentException("A synthetic corpus needs at least one article, not " + n);
        try {
            prepare(outDir);
            List<Path> files = new ArrayList<>(n);
            StringBuilder manifest = new StringBuilder("file\ttitle\toutlet\tpublished\tformat\tnotes\n");
            for (int i = 1; i <= n; i++) {
                SyntheticArticle article = article(i, seed);
                Path file = outDir.resolve(fileName(i));
                Files.writeString(file, article.fileText(), UTF_8);
                files.add(file);
                manifest.append(file.getFileName()).append('\t').append(article.title()).append('\t').append(OUTLET)
                        .append('\t').append(article.published()).append("\ttext\tsynthetic: paragraphs of ")
                        .append(source.getFileName()).append(" recombined with other names and dates (seed ")
                        .append(seed).append("); its claims are not facts\n");
            }
            Files.writeString(outDir.resolve(MANIFEST), manifest, UTF_8);
            Files.writeString(outDir.resolve(NOTES_FILE), notes(n, seed), UTF_8);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the synthetic corpus in " + outDir, e);
        }
    }

    /** One synthetic article: its metadata and the file's text. */
    record SyntheticArticle(String title, LocalDate published, List<String> paragraphs, long seed) {

        String fileText() {
            StringBuilder text = new StringBuilder("---\n")
                    .append("title: \"").append(title.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n")
                    .append("outlet: ").append(OUTLET).append('\n')
                    .append("published: ").append(published).append('\n')
                    .append("language: en\n")
                    .append("synthetic: true\n")
                    .append("synthetic-seed: ").append(seed).append('\n')
                    .append("---\n\n");
            return text.append(String.join("\n\n", paragraphs)).append('\n').toString();
        }
    }

    /** Article number {@code index} (from 1) of the corpus for {@code seed}. */
    SyntheticArticle article(int index, long seed) {
        SplittableRandom random = new SplittableRandom(mix(seed, index));
        int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
        LocalDate published = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        Map<Entity, Entity> swap = swaps(random);
        Template template = templates.get(random.nextInt(templates.size()));
        List<String> body = new ArrayList<>();
        for (int p : distinctIndexes(random, Math.min(template.paragraphs(), paragraphs.size()), paragraphs.size())) {
            Paragraph real = paragraphs.get(p);
            body.add(rewrite(real.text(), swap, year - real.year().orElse(year)));
        }
        String title = TITLE_PREFIX + rewrite(template.title(), swap, year - template.year().orElse(year));
        return new SyntheticArticle(title, published, body, seed);
    }

    /** Each entity mapped to another of its type: one random permutation per type. */
    private Map<Entity, Entity> swaps(SplittableRandom random) {
        Map<Entity, Entity> swap = new HashMap<>();
        for (List<Entity> same : entitiesByType.values()) {
            List<Entity> shuffled = new ArrayList<>(same);
            for (int i = shuffled.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                shuffled.set(i, shuffled.set(j, shuffled.get(i)));
            }
            for (int i = 0; i < same.size(); i++) swap.put(same.get(i), shuffled.get(i));
        }
        return swap;
    }

    private String rewrite(String text, Map<Entity, Entity> swap, int yearShift) {
        String renamed = names.matcher(text).replaceAll(m -> Matcher.quoteReplacement(swap.get(entityByName.get(m.group())).label()));
        if (yearShift == 0) return renamed;
        return YEAR.matcher(renamed).replaceAll(m -> Integer.toString(Integer.parseInt(m.group(1)) + yearShift));
    }

    /** {@code k} distinct numbers below {@code bound}, in random order (a partial Fisher–Yates shuffle). */
    private static int[] distinctIndexes(SplittableRandom random, int k, int bound) {
        int[] all = new int[bound];
        for (int i = 0; i < bound; i++) all[i] = i;
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(bound - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, k);
    }

    /** A seed for one article, so that articles do not depend on how many come before them. */
    private static long mix(long seed, int index) {
        long h = seed * 0x9E3779B97F4A7C15L + index;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    static String fileName(int index) {
        return String.format(Locale.ROOT, "%s%06d.txt", FILE_PREFIX, index);
    }

    private String notes(int n, long seed) {
        return "# A SYNTHETIC corpus, made by `kg synth` for benchmarks: its articles are not news and their claims\n"
                + "# are not facts. Each recombines real paragraphs with other names and shifted dates.\n"
                + "synthetic: true\n"
                + "generator: org.conflictkg.bench.SyntheticCorpus\n"
                + "articles: " + n + "\n"
                + "seed: " + seed + "\n"
                + "source-corpus: \"" + source.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n"
                + "source-paragraphs: " + paragraphs.size() + "\n"
                + "source-articles: " + templates.size() + "\n"
                + "names: each registry name becomes another entity of the same type (one permutation per type and article)\n"
                + "dates: published between " + FIRST_YEAR + " and " + LAST_YEAR
                + "; years in a paragraph move with its article's publication date\n";
    }

    /** Makes {@code outDir} an empty directory, or refuses when it holds something other than a synthetic corpus. */
    private static void prepare(Path outDir) throws IOException {
        Objects.requireNonNull(outDir, "outDir");
        if (!Files.exists(outDir)) {
            Files.createDirectories(outDir);
            return;
        }
        if (!Files.isDirectory(outDir)) throw new IllegalArgumentException(outDir + " is not a directory");
        List<Path> entries;
        try (Stream<Path> list = Files.list(outDir)) {
            entries = list.toList();
        }
        if (entries.isEmpty()) return;
        if (!Files.exists(outDir.resolve(NOTES_FILE)))
            throw new IllegalArgumentException(outDir + " is not empty and holds no synthetic corpus (no " + NOTES_FILE
                    + "); give an empty or new directory");
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            boolean ours = name.equals(NOTES_FILE) || name.equals(MANIFEST) || name.startsWith(FILE_PREFIX) && name.endsWith(".txt");
            if (!ours) throw new IllegalArgumentException(outDir + " holds " + name + ", which the synthetic corpus did not write");
        }
        for (Path entry : entries) Files.delete(entry);
    }
}

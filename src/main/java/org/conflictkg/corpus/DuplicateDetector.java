package org.conflictkg.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the articles of a corpus that are the same article in another file (a PDF printout and a markdown
 * copy of one page, say) by comparing their cleaned texts, and picks the canonical copy of each.
 * <p>
 * <b>Similarity.</b> A text is reduced to its words, lower-cased, with apostrophes and everything that is not a
 * letter or digit dropped, so that typographic quotes, markup and line wraps do not matter. Its shingles are
 * the runs of {@value #SHINGLE_WORDS} consecutive words, each hashed to 64 bits. Two texts are the same
 * article when their shingle sets have
 * <ul>
 * <li>containment &ge; {@value #MIN_CONTAINMENT}: the shorter text's shingles nearly all occur in the longer
 *     (a printout may miss a title, a caption or a last page), and</li>
 * <li>Jaccard similarity &ge; {@value #MIN_JACCARD}: the texts are of comparable size, so a short article quoted
 *     whole inside a long round-up is not taken for a copy of it,</li>
 * </ul>
 * and the shorter has at least {@value #MIN_SHINGLES} shingles (fewer are too little evidence). Different
 * articles on one topic share names and phrases but almost no five-word runs: their similarity is near 0.
 * <p>
 * <b>Fingerprints.</b> Only a bottom-{@value #SKETCH_SIZE} sketch of each shingle set is kept (the smallest
 * hashes), a few kilobytes per article, so a large corpus can be fingerprinted while it is streamed. For
 * texts of at most {@value #SKETCH_SIZE} shingles the sketch is the whole set and the measures are exact;
 * above, they are the standard bottom-k estimates. Every pair is compared, which suits corpora of thousands.
 * <p>
 * <b>Canonical copy.</b> In each group of copies (grouped transitively), the canonical one is the one with the
 * most known metadata fields (url, title, outlet, date, language), then a markdown or HTML file over plain
 * text (which comes from a printout and loses headings and paragraphs), then the smallest id.
 * <pre>
 * List&lt;DuplicateDetector.Fingerprint&gt; fingerprints = articles.stream().map(DuplicateDetector::fingerprint).toList();
 * Map&lt;String, String&gt; canonicalOf = DuplicateDetector.findDuplicates(fingerprints);
 * </pre>
 */
public final class DuplicateDetector {

    public static final int SHINGLE_WORDS = 5;
    public static final int SKETCH_SIZE = 512;
    public static final double MIN_CONTAINMENT = 0.8;
    public static final double MIN_JACCARD = 0.4;
    public static final int MIN_SHINGLES = 20;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\d]+(?:['’][\\p{L}\\p{M}\\d]+)*");

    /** Canonical first: more known metadata, then a structured format over plain text, then the smaller id. */
    private static final Comparator<Fingerprint> CANONICAL_FIRST = Comparator
            .comparingInt(Fingerprint::knownMetadata).reversed()
            .thenComparing(f -> f.format() == SourceFormat.TEXT)
            .thenComparing(Fingerprint::id);

    /**
     * What duplicate detection keeps of an article.
     *
     * @param id            the article's id
     * @param format        its file's format
     * @param knownMetadata how many of its metadata fields are known
     * @param shingleCount  how many distinct shingles its text has
     * @param sketch        the smallest {@value #SKETCH_SIZE} shingle hashes, ascending
     */
    public record Fingerprint(String id, SourceFormat format, int knownMetadata, int shingleCount, long[] sketch) {
    }

    /** How alike two texts are, as shares of shingles. */
    public record Similarity(double jaccard, double containment) {
    }

    private DuplicateDetector() {
    }

    public static Fingerprint fingerprint(Article article) {
        ArticleMetadata m = article.metadata();
        int known = (m.url().isPresent() ? 1 : 0) + (m.title().isPresent() ? 1 : 0) + (m.outlet().isPresent() ? 1 : 0)
                + (m.published().isPresent() ? 1 : 0) + (m.language().isPresent() ? 1 : 0);
        TreeSet<Long> shingles = shingles(article.text());
        long[] sketch = shingles.stream().limit(SKETCH_SIZE).mapToLong(Long::longValue).toArray();
        return new Fingerprint(article.id(), article.format(), known, shingles.size(), sketch);
    }

    private static TreeSet<Long> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(m.group().replace("'", "").replace("’", "").toLowerCase(Locale.ROOT));
        TreeSet<Long> hashes = new TreeSet<>();
        for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
            hashes.add(hash(String.join(" ", words.subList(i, i + SHINGLE_WORDS))));
        }
        return hashes;
    }

    /** 64-bit FNV-1a over the UTF-16 code units, then MurmurHash3's finaliser to spread the bits. */
    private static long hash(String shingle) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < shingle.length(); i++) {
            h ^= shingle.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** Jaccard similarity and containment of two fingerprints' shingle sets (estimated above the sketch size). */
    public static Similarity similarity(Fingerprint a, Fingerprint b) {
        if (a.shingleCount() == 0 || b.shingleCount() == 0) return new Similarity(0, 0);
        long[] x = a.sketch();
        long[] y = b.sketch();
        // Bottom-k of the union, and how many of those are in both sets.
        int i = 0, j = 0, union = 0, both = 0;
        while (union < SKETCH_SIZE && (i < x.length || j < y.length)) {
            int order = i == x.length ? 1 : j == y.length ? -1 : Long.compare(x[i], y[j]);
            if (order == 0) {
                both++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
            union++;
        }
        double jaccard = (double) both / union;
        double intersection = jaccard * (a.shingleCount() + b.shingleCount()) / (1 + jaccard);
        double containment = Math.min(1.0, intersection / Math.min(a.shingleCount(), b.shingleCount()));
        return new Similarity(jaccard, containment);
    }

    /** Whether two fingerprints are of the same article, by the thresholds in the class comment. */
    public static boolean sameArticle(Fingerprint a, Fingerprint b) {
        if (Math.min(a.shingleCount(), b.shingleCount()) < MIN_SHINGLES) return false;
        Similarity s = similarity(a, b);
        return s.containment() >= MIN_CONTAINMENT && s.jaccard() >= MIN_JACCARD;
    }

    /**
     * The copies among {@code fingerprints}: each non-canonical article's id mapped to its group's canonical id.
     * Articles without a copy do not appear.
     */
    public static Map<String, String> findDuplicates(List<Fingerprint> fingerprints) {
        int n = fingerprints.size();
        int[] group = new int[n];
        Arrays.setAll(group, k -> k);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (sameArticle(fingerprints.get(i), fingerprints.get(j))) group[root(group, j)] = root(group, i);
            }
        }
        Map<Integer, List<Fingerprint>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(root(group, i), k -> new ArrayList<>()).add(fingerprints.get(i));
        Map<String, String> canonicalOf = new HashMap<>();
        for (List<Fingerprint> copies : groups.values()) {
            if (copies.size() < 2) continue;
            copies.sort(CANONICAL_FIRST);
            for (Fingerprint copy : copies.subList(1, copies.size())) canonicalOf.put(copy.id(), copies.get(0).id());
        }
        return canonicalOf;
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }
}

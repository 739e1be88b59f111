package org.conflictkg.corpus;

import java.util.Locale;

/**
 * How large one article may be: a file over a limit is skipped with an error naming the file, its size and
 * the limit, and the build goes on.
 * <pre>
 * CorpusReader reader = CorpusReader.builder().limits(new ArticleLimits(20L * ArticleLimits.MB, 500_000)).build();
 * </pre>
 * There are two limits because two costs grow with an article. Reading holds the whole file, and its cleaned
 * copy, in memory, so the file's size is checked before it is read. Annotation time and memory grow with the
 * cleaned text: CoreNLP parses every sentence and keeps every annotation of a document until the document is
 * done, at some 40 sentences a second on two cores. A news page saved with its scripts and styles inline is at
 * most a few MB, and the article in it a few thousand words; the defaults leave room for several times both
 * (200,000 characters is some 30,000 words, twice a long magazine feature). A file over them is not one news
 * article (a dump, a book, a log) and would hold the build up for many minutes.
 *
 * @param maxFileBytes  the largest article file read, in bytes (default {@link #DEFAULT_MAX_FILE_BYTES})
 * @param maxTextLength the longest cleaned text accepted, in characters (default {@link #DEFAULT_MAX_TEXT_LENGTH})
 */
public record ArticleLimits(long maxFileBytes, int maxTextLength) {

    /** A megabyte as these limits count it: 2<sup>20</sup> bytes. */
    public static final long MB = 1024 * 1024;
    public static final long DEFAULT_MAX_FILE_BYTES = 5 * MB;
    public static final int DEFAULT_MAX_TEXT_LENGTH = 200_000;
    public static final ArticleLimits DEFAULT = new ArticleLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TEXT_LENGTH);

    public ArticleLimits {
        if (maxFileBytes < 1) throw new IllegalArgumentException("the largest article file must be at least 1 byte: " + maxFileBytes);
        if (maxTextLength < 1) throw new IllegalArgumentException("the longest article text must be at least 1 character: " + maxTextLength);
    }

    /** {@code bytes} for a person to read: "52.4 MB", "5 MB", "12.5 kB", "900 bytes". */
    static String size(long bytes) {
        if (bytes >= MB) return amount((double) bytes / MB) + " MB";
        if (bytes >= 1024) return amount(bytes / 1024.0) + " kB";
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    private static String amount(double value) {
        String oneDecimal = String.format(Locale.ROOT, "%.1f", value);
        return oneDecimal.endsWith(".0") ? oneDecimal.substring(0, oneDecimal.length() - 2) : oneDecimal;
    }
}

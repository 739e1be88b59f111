package org.conflictkg.corpus;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Combines what an article file's front matter and its manifest row say into the article's metadata and
 * format.
 * <p>
 * Per key, a known value in the front matter wins, then a known value in the manifest; empty, missing and
 * {@code unknown} are unknown. Nothing is ever taken from the article's text: a URL or a date printed in
 * it usually belongs to a linked article.
 */
final class MetadataSources {

    /** A date with a time, as CMS exports write it: the publisher's own calendar date is kept. */
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}.*");

    private MetadataSources() {
    }

    /** {@code value} stripped, or empty when it is null, blank or {@code unknown}. */
    static Optional<String> known(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("unknown")) return Optional.empty();
        return Optional.of(value.strip());
    }

    /**
     * @throws CorpusException naming the file and where the date is written when {@code published} is not
     *                         an ISO 8601 date at year, month or day precision
     */
    static ArticleMetadata metadata(Path file, FrontMatter frontMatter, Optional<Manifest.Row> row) {
        return new ArticleMetadata(
                value("url", frontMatter, row).map(Source::text),
                value("title", frontMatter, row).map(Source::text),
                value("outlet", frontMatter, row).map(Source::text),
                value("published", frontMatter, row).map(date -> published(file, date)),
                value("language", frontMatter, row).map(Source::text));
    }

    /** A known value and where it was written. */
    private record Source(String text, String where) {
    }

    private static Optional<Source> value(String key, FrontMatter frontMatter, Optional<Manifest.Row> row) {
        Optional<Source> fromFrontMatter = frontMatter.value(key)
                .flatMap(v -> known(v.text()).map(text -> new Source(text, v.where())));
        if (fromFrontMatter.isPresent()) return fromFrontMatter;
        return row.flatMap(r -> r.value(key).map(text -> new Source(text, r.where())));
    }

    private static PartialDate published(Path file, Source date) {
        Matcher dateTime = DATE_TIME.matcher(date.text());
        try {
            return PartialDate.parse(dateTime.matches() ? dateTime.group(1) : date.text());
        } catch (IllegalArgumentException e) {
            throw new CorpusException(file, "malformed date: " + date.where() + ": published: " + e.getMessage(), e);
        }
    }

    /**
     * The file's format: as the manifest's {@code format} column describes it ("markdown", "html", "text
     * extracted from a PDF"), else from the file's extension.
     *
     * @param warnings receives a warning when the manifest's description is not understood
     */
    static SourceFormat format(Path file, Optional<Manifest.Row> row, Consumer<CorpusProblem> warnings) {
        SourceFormat byExtension = formatOfExtension(file.getFileName().toString()).orElseThrow();
        Optional<Manifest.Row> described = row.filter(r -> r.value("format").isPresent());
        if (described.isEmpty()) return byExtension;
        String description = described.get().value("format").orElseThrow().toLowerCase(Locale.ROOT);
        if (description.contains("markdown") || description.equals("md")) return SourceFormat.MARKDOWN;
        if (description.contains("html")) return SourceFormat.HTML;
        if (description.contains("text") || description.contains("pdf")) return SourceFormat.TEXT;
        warnings.accept(CorpusProblem.warning(file, described.get().where() + ": format '" + description
                + "' not understood (expected markdown, html or text); read as " + byExtension));
        return byExtension;
    }

    /** The format a file's extension says, empty when the file is not an article file. */
    static Optional<SourceFormat> formatOfExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0) return Optional.empty();
        return switch (fileName.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "txt" -> Optional.of(SourceFormat.TEXT);
            case "md", "markdown" -> Optional.of(SourceFormat.MARKDOWN);
            case "html", "htm" -> Optional.of(SourceFormat.HTML);
            default -> Optional.empty();
        };
    }
}

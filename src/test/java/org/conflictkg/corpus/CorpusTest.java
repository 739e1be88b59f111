package org.conflictkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's corpus (corpus/) read as the pipeline reads it. */
class CorpusTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final String PRINTOUT_COPY = "000_036493852d6da243";
    private static final String MARKDOWN_ORIGINAL = "001_082d920b4783cabf";

    private static CorpusReadResult result;

    @BeforeAll
    static void read() {
        result = CorpusReader.builder().strict(true).build().readAll(CORPUS);
    }

    private static Article article(String idPrefix) {
        return result.articles().stream().filter(a -> a.id().startsWith(idPrefix)).findFirst().orElseThrow();
    }

    @Test
    void corpusFilesAreTheSeedsByteForByte() throws IOException, NoSuchAlgorithmException {
        // Offsets point into these files: a changed byte would shift every evidence span.
        Map<String, String> expected = Map.of(
                "000_036493852d6da243.txt", "227087e9ec9b8646c1e1670ca9e5c7c69f232172663c6f00fa578ef413900546",
                "001_082d920b4783cabf.txt", "ea697bd21dc28d76bc1fe30d0a4941b9adaba69804c3c023e28d406432c70207",
                "002_2ecefcf343914f7a.txt", "bfb3d5ca89c624184a6d14782c23f884f5cc4bef90cf8e629e8395b8a3c8cef0",
                "003_50c81060d5431a6d.txt", "a682e3c63098cfad33dc646930e15dcddda483fad29c4c1297860400ddb46324",
                "004_5ad66889d93a5044.txt", "eb5b6cbb7f6baae2adf3da65a5a1dd1aff45aa5c10fd678e17e22e2a61ee9670");
        Map<String, String> actual = new TreeMap<>();
        for (Path file : CorpusReader.articleFiles(CORPUS)) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            actual.put(file.getFileName().toString(), HexFormat.of().formatHex(digest));
        }
        assertEquals(new TreeMap<>(expected), actual);
    }

    @Test
    void allFiveArticlesAreReadWithoutProblems() {
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("000_036493852d6da243", "001_082d920b4783cabf", "002_2ecefcf343914f7a", "003_50c81060d5431a6d",
                "004_5ad66889d93a5044"), result.articles().stream().map(Article::id).toList());
    }

    @Test
    void thePrintoutIsACopyOfTheMarkdownAndNoOtherPairIs() {
        // Both have the same metadata in the manifest; markdown wins over the PDF printout's text.
        assertEquals(Optional.of(MARKDOWN_ORIGINAL), article(PRINTOUT_COPY).duplicateOf());
        assertEquals(List.of(MARKDOWN_ORIGINAL, "002_2ecefcf343914f7a", "003_50c81060d5431a6d", "004_5ad66889d93a5044"),
                result.canonicalArticles().stream().map(Article::id).toList());
    }

    @Test
    void metadataComesFromTheManifest() {
        Article markdown = article("001");
        assertEquals(SourceFormat.MARKDOWN, markdown.format());
        assertEquals(SourceFormat.TEXT, article("000").format());
        assertEquals(Optional.of("https://www.themoscowtimes.com/2020/09/28/what-is-russias-role-in-the-armenia-azerbaijan-conflict-a71567"),
                markdown.metadata().url());
        assertEquals(Optional.of(PartialDate.of(LocalDate.of(2020, 9, 28))), markdown.metadata().published());

        ArticleMetadata carnegie = article("002").metadata();
        assertEquals(Optional.empty(), carnegie.url(), "the manifest says unknown; the links in the text are not its address");
        assertEquals(Optional.of(PartialDate.ofMonth(2020, 7)), carnegie.published());
        assertEquals(Optional.of("Can Russia Mediate New Clashes Between Armenia and Azerbaijan?"), carnegie.title());
    }

    @Test
    void everyCleanedCharacterMapsBackIntoItsFile() {
        result.articles().forEach(OffsetAssertions::assertMapsBack);
    }

    @Test
    void cleanedTextsCarryNoLinksCaptionsRelatedArticlesMarkupOrBoilerplate() {
        List<String> noise = List.of("http", "www.", "Related article", "/ TASS", "Kremlin.ru", "**", "](", "#", "<",
                "Original url", "contributed reporting", "first published by", "September 28, 2020");
        for (Article article : result.articles()) {
            for (String n : noise) assertFalse(article.text().contains(n), article.id() + " still contains " + n);
        }
    }

    @Test
    void paragraphsAreJoinedLinesSeparatedByOneBlankLine() {
        Pattern brokenWord = Pattern.compile("\\p{L}- \\p{Ll}");
        for (Article article : result.articles()) {
            String text = article.text();
            assertFalse(text.replace("\n\n", "").contains("\n"), article.id() + " has a line break inside a paragraph");
            assertFalse(text.contains("  "), article.id() + " has a double space");
            assertFalse(brokenWord.matcher(text).find(), article.id() + " has a word broken at a hyphen");
        }
    }

    @Test
    void sentencesCutByLinkLinesAreWholeAgain() {
        assertTrue(article("000").text().contains("since 1988, when the mountainous region of fewer than 150,000 people"));
        assertTrue(article("001").text().contains("since 1988, when the mountainous region of fewer than 150,000 people"));
        assertTrue(article("002").text().contains("perform a balancing act between Yerevan and Baku."));
    }

    @Test
    void hyphenatedCompoundsSplitAcrossLinesKeepTheirHyphen() {
        assertTrue(article("002").text().contains("a path of Euro-Atlantic solidarity"));
        assertTrue(article("002").text().contains("the long-running Armenian-Azerbaijani conflict."));
        assertTrue(article("004").text().contains("its Turkic-speaking ally Azerbaijan"));
    }

    @Test
    void titlesAreParagraphsOfTheirOwnAndCaptionsAreGone() {
        assertTrue(article("001").text().startsWith("What Is Russia's Role in the Armenia-Azerbaijan Conflict?\n\nAt least 39 troops"));
        assertTrue(article("002").text().startsWith("Can Russia Mediate New Clashes Between Armenia and Azerbaijan?\n\nIt’s in neither"));
        assertTrue(article("000").text().startsWith("At least 39 troops"));
        assertTrue(article("003").text().startsWith("The outbreak of fresh hostilities"));
        assertTrue(article("004").text().startsWith("Russia's commitments to Armenia"));
    }

    @Test
    void streamingGivesTheSameArticlesAsReadingAll() {
        List<CorpusProblem> problems = new ArrayList<>();
        List<Article> streamed = CorpusReader.builder().build().stream(CORPUS, problems::add).toList();
        assertEquals(List.of(), problems);
        assertEquals(result.articles().stream().map(a -> a.id() + a.duplicateOf() + a.text()).toList(),
                streamed.stream().map(a -> a.id() + a.duplicateOf() + a.text()).toList());
    }
}

package org.conflictkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Metadata from front matter and manifest (src/test/files/corpus/metadata), encodings, and which files are
 * articles.
 */
class CorpusReaderTest {

    private static final Path METADATA = Path.of("src/test/files/corpus/metadata");
    private static final Path ENCODING = Path.of("src/test/files/corpus/encoding");

    private static CorpusReadResult metadataDirectory;

    @BeforeAll
    static void readMetadataDirectory() {
        metadataDirectory = CorpusReader.builder().build().readAll(METADATA);
    }

    private static ArticleMetadata metadataOf(String id) {
        return metadataDirectory.article(id).orElseThrow().metadata();
    }

    @Test
    void onlyArticleFilesAreRead() {
        // manifest.tsv and notes.json are in the directory too.
        assertEquals(List.of("front-matter-full", "front-matter-month", "front-matter-year", "manifest-only", "nothing-known"),
                metadataDirectory.articles().stream().map(Article::id).toList());
        assertEquals(List.of(), metadataDirectory.errors());
    }

    @Test
    void frontMatterGivesEveryKeyAndAnUnquotedYamlDateKeepsItsDay() {
        assertEquals(new ArticleMetadata(
                Optional.of("https://www.themoscowtimes.com/2020/09/28/what-is-russias-role-in-the-armenia-azerbaijan-conflict-a71567"),
                Optional.of("What Is Russia's Role in the Armenia-Azerbaijan Conflict?"),
                Optional.of("The Moscow Times"),
                Optional.of(PartialDate.of(LocalDate.of(2020, 9, 28))),
                Optional.of("en")), metadataOf("front-matter-full"));
    }

    @Test
    void frontMatterWinsOverTheManifestKeyByKey() {
        // The manifest row gives a url, an outlet and 2021-05-05; the front matter gives 2020 and an empty outlet.
        ArticleMetadata metadata = metadataOf("front-matter-year");
        assertEquals(Optional.of(PartialDate.ofYear(2020)), metadata.published());
        assertEquals(PartialDate.Precision.YEAR, metadata.published().orElseThrow().precision());
        assertEquals(Optional.of("The Moscow Times"), metadata.outlet(), "an empty front-matter value leaves the manifest's");
        assertEquals(Optional.of("https://www.themoscowtimes.com/2020/10/07/russias-security-guarantees-for-armenia-dont-extend-to-karabakh-putin-says-a71687"),
                metadata.url());
        assertEquals(Optional.empty(), metadata.title(), "empty in both");
    }

    @Test
    void unknownMeansEmptyAndAMonthStaysAMonth() {
        ArticleMetadata metadata = metadataOf("front-matter-month");
        assertEquals(Optional.empty(), metadata.url());
        assertEquals(Optional.of(PartialDate.ofMonth(2020, 7)), metadata.published());
        assertEquals(PartialDate.Precision.MONTH, metadata.published().orElseThrow().precision());
    }

    @Test
    void aPublicationTimeKeepsThePublishersCalendarDay(@TempDir Path dir) throws IOException {
        // In UTC this instant is still September 27: the date must not shift.
        Path file = Files.writeString(dir.resolve("a.md"),
                "---\npublished: 2020-09-28T01:30:00+03:00\n---\nRussia brokered the initial ceasefire in May 1994.\n");
        assertEquals(Optional.of(PartialDate.of(LocalDate.of(2020, 9, 28))),
                CorpusReader.builder().build().read(file).metadata().published());
    }

    @Test
    void aManifestRowAloneGivesMetadataAndFormat() {
        Article article = metadataDirectory.article("manifest-only").orElseThrow();
        assertEquals(new ArticleMetadata(Optional.empty(), Optional.of("Can Russia Mediate New Clashes Between Armenia and Azerbaijan?"),
                Optional.of("The Moscow Times"), Optional.of(PartialDate.ofMonth(2020, 7)), Optional.empty()), article.metadata());
        assertEquals(SourceFormat.TEXT, article.format());
    }

    @Test
    void theManifestsCanonicalColumnIsIgnored() {
        // The manifest claims manifest-only.txt is a copy of front-matter-full.md; their texts differ.
        assertTrue(metadataDirectory.articles().stream().allMatch(Article::isCanonical));
    }

    @Test
    void addressesAndDatesPrintedInTheTextAreNeverTakenAsMetadata() {
        assertEquals(ArticleMetadata.UNKNOWN, metadataOf("nothing-known"));
        assertEquals("Fighting between the ex-Soviet republics over a decades-long territorial dispute threatens to embroil "
                + "regional players Russia and Turkey.", metadataDirectory.article("nothing-known").orElseThrow().text());
    }

    @Test
    void frontMatterIsNotTextButOffsetsCountFromTheFileStart() {
        Article article = metadataDirectory.article("front-matter-full").orElseThrow();
        assertTrue(article.text().startsWith("What Is Russia's Role in the Armenia-Azerbaijan Conflict?\n\nAt least 39 troops"));
        assertEquals(article.original().indexOf("What Is Russia's Role in the Armenia-Azerbaijan Conflict?\n"),
                article.offsets().toOriginal(0));
        metadataDirectory.articles().forEach(OffsetAssertions::assertMapsBack);
    }

    @Test
    void aManifestRowWithoutAFileIsAWarning() {
        assertEquals(List.of("manifest.tsv line 5: no article file missing-file.txt"),
                metadataDirectory.warnings().stream().map(CorpusProblem::message).toList());
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252WithAWarning() {
        CorpusReadResult result = CorpusReader.builder().build().readAll(ENCODING);
        Article article = result.article("windows-1252").orElseThrow();
        assertEquals("Russia’s Foreign Ministry also said that it “urges” Baku and Yerevan to put an end to the bloodshed.",
                article.text());
        assertEquals(List.of("not valid UTF-8 (byte 0x92 at offset 6); read as Windows-1252"),
                result.warnings().stream().filter(w -> w.file().endsWith("windows-1252.txt")).map(CorpusProblem::message).toList());
        assertEquals(List.of(), result.errors());
    }

    @Test
    void aByteOrderMarkBeforeTheFrontMatterIsAllowed() {
        Article article = CorpusReader.builder().build().read(ENCODING.resolve("utf8-bom-front-matter.md"));
        assertEquals(Optional.of("Can Russia Mediate New Clashes Between Armenia and Azerbaijan?"), article.metadata().title());
        assertEquals("Can Russia Mediate New Clashes Between Armenia and Azerbaijan?\n\n"
                + "It’s in neither Armenia nor Azerbaijan’s interests for Russia to pick a side in their conflict.", article.text());
        OffsetAssertions.assertMapsBack(article);
    }

    @Test
    void readingOneFileUsesItsDirectorysManifest() {
        Article article = CorpusReader.builder().build().read(METADATA.resolve("manifest-only.txt"));
        assertEquals(Optional.of(PartialDate.ofMonth(2020, 7)), article.metadata().published());
        assertTrue(article.isCanonical());
    }

    @Test
    void readingOneFileThatIsNotAnArticleFails(@TempDir Path dir) throws IOException {
        Path json = Files.writeString(dir.resolve("notes.json"), "{}");
        CorpusException e = assertThrows(CorpusException.class, () -> CorpusReader.builder().build().read(json));
        assertTrue(e.getMessage().startsWith(json + ": not an article file"), e.getMessage());
    }

    @Test
    void aDirectoryThatDoesNotExistFailsNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-corpus");
        CorpusException e = assertThrows(CorpusException.class, () -> CorpusReader.builder().build().readAll(missing));
        assertTrue(e.getMessage().startsWith(missing + ": cannot list the corpus directory"), e.getMessage());
    }
}

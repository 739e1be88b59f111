package org.conflictkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Copies are recognised from their cleaned texts alone; different articles on one topic are not copies. */
class DuplicateDetectorTest {

    private static final ArticleMetadata FULL = new ArticleMetadata(Optional.of("https://example.org/a"), Optional.of("A title"),
            Optional.of("An outlet"), Optional.of(PartialDate.ofMonth(2020, 7)), Optional.empty());
    private static final ArticleMetadata TITLE_ONLY = new ArticleMetadata(Optional.empty(), Optional.of("A title"),
            Optional.empty(), Optional.empty(), Optional.empty());

    private static CorpusReadResult corpus;

    @BeforeAll
    static void readCorpus() {
        corpus = CorpusReader.builder().build().readAll(Path.of("corpus"));
    }

    private static String text(String idPrefix) {
        return corpus.articles().stream().filter(a -> a.id().startsWith(idPrefix)).findFirst().orElseThrow().text();
    }

    private static DuplicateDetector.Fingerprint fingerprint(String id, SourceFormat format, ArticleMetadata metadata, String text) {
        return DuplicateDetector.fingerprint(new Article(id, Path.of(id + ".txt"), format, metadata, text, text,
                OffsetMap.identity(text.length()), Optional.empty()));
    }

    private static DuplicateDetector.Fingerprint fingerprint(String id, String text) {
        return fingerprint(id, SourceFormat.TEXT, ArticleMetadata.UNKNOWN, text);
    }

    @Test
    void differentArticlesOnOneTopicAreFarBelowTheThresholds() {
        DuplicateDetector.Similarity s = DuplicateDetector.similarity(fingerprint("002", text("002")), fingerprint("003", text("003")));
        assertTrue(s.containment() < 0.05 && s.jaccard() < 0.05, s.toString());
        assertFalse(DuplicateDetector.sameArticle(fingerprint("002", text("002")), fingerprint("003", text("003"))));
    }

    @Test
    void aPrintoutMissingItsLastParagraphsIsStillACopy() {
        String full = text("002");
        String truncated = full.substring(0, full.lastIndexOf("\n\n", full.length() * 7 / 10));
        DuplicateDetector.Similarity s = DuplicateDetector.similarity(fingerprint("full", full), fingerprint("part", truncated));
        // Both texts have more shingles than the sketch keeps, so containment (truly 1) is estimated.
        assertTrue(s.containment() > 0.95, s.toString());
        assertTrue(DuplicateDetector.sameArticle(fingerprint("full", full), fingerprint("part", truncated)), s.toString());
    }

    @Test
    void aShortArticleQuotedWholeInALongRoundUpIsNotACopyOfIt() {
        String roundUp = text("002") + "\n\n" + text("004") + "\n\n" + text("003");
        DuplicateDetector.Similarity s = DuplicateDetector.similarity(fingerprint("roundup", roundUp), fingerprint("004", text("004")));
        assertTrue(s.containment() > 0.9, s.toString());
        assertFalse(DuplicateDetector.sameArticle(fingerprint("roundup", roundUp), fingerprint("004", text("004"))), s.toString());
    }

    @Test
    void identicalTextsTooShortToJudgeAreNotCopies() {
        String line = "Russia brokered the initial ceasefire in May 1994 and put an end to the war.";
        assertFalse(DuplicateDetector.sameArticle(fingerprint("a", line), fingerprint("b", line)));
    }

    @Test
    void fingerprintsOfLongTextsStayBoundedAndStillMatch() {
        String roundUp = text("002") + "\n\n" + text("003") + "\n\n" + text("004");
        DuplicateDetector.Fingerprint a = fingerprint("a", roundUp);
        assertTrue(a.shingleCount() > DuplicateDetector.SKETCH_SIZE, "the test needs a text longer than the sketch");
        assertEquals(DuplicateDetector.SKETCH_SIZE, a.sketch().length);
        assertTrue(DuplicateDetector.sameArticle(a, fingerprint("b", roundUp.replace('’', '\''))),
                "quote characters do not matter");
    }

    @Test
    void theCanonicalCopyHasMoreMetadataThenAStructuredFormatThenTheSmallerId() {
        String text = text("004");
        assertEquals(Map.of("b-markdown", "a-text"), DuplicateDetector.findDuplicates(List.of(
                fingerprint("a-text", SourceFormat.TEXT, FULL, text),
                fingerprint("b-markdown", SourceFormat.MARKDOWN, TITLE_ONLY, text))), "more metadata wins over format");
        assertEquals(Map.of("a-text", "b-html"), DuplicateDetector.findDuplicates(List.of(
                fingerprint("a-text", SourceFormat.TEXT, FULL, text),
                fingerprint("b-html", SourceFormat.HTML, FULL, text))), "with equal metadata, HTML wins over plain text");
        assertEquals(Map.of("b", "a", "c", "a"), DuplicateDetector.findDuplicates(List.of(
                fingerprint("c", text), fingerprint("b", text), fingerprint("a", text))), "then the smallest id; all copies in one group");
    }
}

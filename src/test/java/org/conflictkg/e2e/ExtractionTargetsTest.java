package org.conflictkg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.conflictkg.Pipeline;
import org.conflictkg.eval.ClaimRow;
import org.conflictkg.eval.ClaimTsv;
import org.conflictkg.eval.ScoreReport;
import org.conflictkg.eval.Scorer;
import org.conflictkg.eval.Scores;
import org.conflictkg.extract.ArticleClaims;
import org.conflictkg.testing.CorpusGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extraction targets on the seed corpus, scored by the evaluation's rules against the shared gold
 * standard, and what {@code kg claims} prints per article.
 */
class ExtractionTargetsTest {

    private static final Path GOLD = Path.of("../shared/eval/seed-gold.tsv");
    private static Pipeline.CorpusExtraction extraction;

    @BeforeAll
    static void extract() {
        extraction = CorpusGraph.pipeline().extract(CorpusGraph.CORPUS);
    }

    private static List<ClaimRow> systemRows() {
        return extraction.articles().stream()
                .flatMap(ac -> ac.claims().stream().map(c -> ClaimRow.fromClaim(c, ac.article().text())))
                .toList();
    }

    @Test
    void everyCanonicalArticleHasClaimsAndTheCopyNone() {
        Map<String, Long> perDoc = systemRows().stream().collect(Collectors.groupingBy(ClaimRow::doc, Collectors.counting()));
        for (ArticleClaims ac : extraction.articles()) {
            String id = ac.article().id();
            if (ac.article().isCanonical()) assertTrue(perDoc.getOrDefault(id, 0L) > 0, id + " has no claims");
            else assertEquals(0L, perDoc.getOrDefault(id, 0L), id + " is a copy and must add no claims");
        }
        assertEquals(4, perDoc.size(), perDoc::toString);
    }

    /**
     * Hand-written articles of the genre that the rules were not developed on. The bar is
     * F1 0.75 on unseen articles; these floors sit just under what the extractors reach today
     * (P 0.99, F1 0.90), so that a change that makes extraction less general fails here.
     */
    @Test
    void unseenArticlesStayAboveTheirFloor() throws Exception {
        Path unseen = Path.of("src/test/files/unseen");
        Pipeline.CorpusExtraction ex = CorpusGraph.pipeline().extract(unseen.resolve("articles"));
        Set<String> docs = ex.articles().stream().filter(a -> a.article().isCanonical())
                .map(a -> a.article().id()).collect(Collectors.toSet());
        List<ClaimRow> rows = ex.articles().stream()
                .flatMap(ac -> ac.claims().stream().map(c -> ClaimRow.fromClaim(c, ac.article().text()))).toList();
        Scores scores = new Scorer().score(ClaimTsv.readGold(unseen.resolve("gold.tsv")), rows, docs);
        String report = ScoreReport.format(scores, false);
        System.out.println("unseen articles\n" + report);
        assertEquals(8, docs.size());
        assertTrue(scores.overall().precision().orElse(0) >= 0.97, "precision on unseen articles fell\n" + report);
        assertTrue(scores.overall().f1().orElse(0) >= 0.89, "F1 on unseen articles fell\n" + report);
    }

    @Test
    void precisionRecallAndTimeMeetTheTargets() throws Exception {
        assumeTrue(Files.exists(GOLD), "the shared gold standard is beside the checkout");
        Set<String> docs = extraction.articles().stream().filter(a -> a.article().isCanonical())
                .map(a -> a.article().id()).collect(Collectors.toSet());
        Scores scores = new Scorer().score(ClaimTsv.readGold(GOLD), systemRows(), docs);
        String report = ScoreReport.format(scores, true);
        System.out.println(report);
        Scores.Tally all = scores.overall();
        assertTrue(all.precision().orElse(0) >= 0.90, "precision below 0.90\n" + report);
        assertTrue(all.recall().orElse(0) >= 0.85, "recall below 0.85\n" + report);
        assertTrue(all.timeAgreement().orElse(0) >= 0.90, "time agreement below 0.90\n" + report);
    }
}

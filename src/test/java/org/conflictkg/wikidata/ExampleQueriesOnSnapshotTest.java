package org.conflictkg.wikidata;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.conflictkg.testing.CorpusGraph;
import org.conflictkg.testing.QueryRows;
import org.junit.jupiter.api.Test;

/**
 * The Wikidata example queries of {@code ontology/queries/} on the graph of the real corpus, built by the
 * default pipeline and so with the shipped snapshot. Expected Wikidata values are those of the shared
 * facts.tsv; expected article claims were read off the articles (see CompetencyQueriesOnCorpusTest).
 */
class ExampleQueriesOnSnapshotTest {

    private static final String A001 = "001_082d920b4783cabf";
    private static final String A002 = "002_2ecefcf343914f7a";
    private static final String A004 = "004_5ad66889d93a5044";

    @Test
    void theDefaultBuildLoadsTheShippedSnapshotIntoTheWikidataGraph() {
        assertTrue(SnapshotGraphs.sameValues(SnapshotGraphs.loaded(CorpusGraph.database()), WikidataSnapshot.shipped().graph()));
    }

    @Test
    void cstoMembersPerArticlesAndPerWikidata() throws IOException {
        Set<String> rows = QueryRows.of("wikidata-csto-members.rq", "memberLabel", "perArticles", "perWikidata");
        assertEquals(new TreeSet<>(List.of(
                "Armenia | Positive in " + A001 + "; Positive in " + A002 + "; Positive in " + A004 + " | member",
                "Azerbaijan | Negative in " + A001 + "; Negative in " + A004 + " | -",
                "Republic of Artsakh | Negative in " + A004 + " | -",
                "Belarus | - | member", "Kazakhstan | - | member", "Kyrgyzstan | - | member",
                "Russia | - | member", "Tajikistan | - | member")), rows);
    }

    @Test
    void populationOfEveryStateAClaimMentions() throws IOException {
        Set<String> rows = QueryRows.of("wikidata-population.rq", "stateLabel", "population");
        assertTrue(rows.contains("Armenia | 2976566"), rows::toString);
        assertTrue(rows.contains("Azerbaijan | 9416801"), rows::toString);
        // Mentioned, linked, but no population in the shipped snapshot.
        assertTrue(rows.contains("Russia | -"), rows::toString);
        assertTrue(rows.contains("Turkey | -"), rows::toString);
        // De facto states are states.
        assertTrue(rows.contains("Republic of Artsakh | -"), rows::toString);
        assertTrue(rows.stream().noneMatch(r -> r.startsWith("Nagorno-Karabakh")), "a region is not a state");
    }

    @Test
    void coordinatesOfThePlacesClaimsAreAbout() throws IOException {
        // The only place a claim of the corpus is about; the shipped snapshot has no coordinates for it
        // (facts.tsv gives Baku's and Stepanakert's, which no claim is about).
        assertEquals(Set.of("Nagorno-Karabakh | Q44302 | -"), QueryRows.of("wikidata-coordinates.rq", "placeLabel", "item", "coordinates"));
    }

    @Test
    void positionsOfEveryQuotedPerson() throws IOException {
        Set<String> rows = QueryRows.of("wikidata-positions.rq", "personLabel", "item", "position");
        assertTrue(rows.contains("Vladimir Putin | Q7747 | -"), rows::toString);
        assertTrue(rows.contains("Nikol Pashinyan | Q7035479 | -"), rows::toString);
        // Quoted, not linked: listed without a Wikidata item.
        assertTrue(rows.contains("Dmitry Peskov | - | -"), rows::toString);
    }

    @Test
    void eachExampleQueryHasOneLineToSwapForTheLiveService() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("ontology/queries"))) {
            files = list.filter(f -> f.getFileName().toString().startsWith("wikidata-")).sorted().toList();
        }
        assertEquals(4, files.size(), files.toString());
        for (Path file : files) {
            List<String> marked = Files.readAllLines(file, UTF_8).stream()
                    .filter(l -> l.contains("GRAPH <https://w3id.org/conflict-kg/graph/wikidata> {"))
                    .toList();
            assertEquals(1, marked.size(), file.toString());
            assertTrue(marked.get(0).strip().endsWith("# live: SERVICE <https://query.wikidata.org/sparql> {"), marked.get(0));
        }
    }

}

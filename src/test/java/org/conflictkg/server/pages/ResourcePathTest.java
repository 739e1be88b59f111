package org.conflictkg.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The shapes of resource paths, their three URLs, and the mapping between the URL space and IRIs. */
class ResourcePathTest {

    private final UrlSpace urls = new UrlSpace(UrlSpace.DEFAULT_BASE);

    @ParameterizedTest
    @CsvSource({
            "id/entity/russia,                                ENTITY",
            "id/entity/nagorno-karabakh,                      ENTITY",
            "id/event/second-nagorno-karabakh-war,            EVENT",
            "id/article/001_082d920b4783cabf,                 ARTICLE",
            "id/article/001_082d920b4783cabf/sentence/0,      SENTENCE",
            "id/article/001_082d920b4783cabf/sentence/112,    SENTENCE",
            "id/claim/001_082d920b4783cabf/021b062fe1dfdeff,  CLAIM",
            "id/quote/003_50c81060d5431a6d/2731251958f188d7,  QUOTE",
            "ontology,                                        ONTOLOGY"})
    void theShapesTheGraphMintsAreRecognised(String relative, ResourceKind kind) {
        assertEquals(Optional.of(new ResourcePath(kind, relative)), ResourcePath.parse(relative));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "id", "id/", "id/entity", "id/entity/", "id/entity/Russia", "id/entity/russia/",
            "id/entity/-russia", "id/entity/russia--federation", "id/entity/rus%73ia", "id/entity/../kg",
            "id/entity/russia.ttl", "id/entity/russia;x", "id/entity/russia'", "id/entity/russia\n",
            "id/article/001/sentence/01", "id/article/001/sentence/-1", "id/article/.hidden",
            "id/article/001/sentence", "id/claim/001/021B062FE1DFDEFF", "id/claim/001/021b", "id/quote/001",
            "id/thing/russia", "ontology/memberOf", "ontology#memberOf", "page/entity/russia",
            "id/entity/russia> } UNION { ?s ?p ?o"})
    void anythingElseIsNoResource(String relative) {
        assertEquals(Optional.empty(), ResourcePath.parse(relative));
    }

    @Test
    void aResourceHasAThingAPageAndOneDocumentPerRdfFormat() {
        ResourcePath russia = ResourcePath.parse("id/entity/russia").orElseThrow();

        assertEquals("/id/entity/russia", russia.thingPath());
        assertEquals("/page/entity/russia", russia.pagePath());
        assertEquals("/data/entity/russia.ttl", russia.dataPath(Representation.TURTLE));
        assertEquals("/data/entity/russia.jsonld", russia.dataPath(Representation.JSONLD));
        assertEquals(Optional.of(russia), ResourcePath.fromDocumentPath("entity/russia"));
    }

    @Test
    void theOntologyIsItsOwnThingWithDocumentsBesideTheOthers() {
        ResourcePath ontology = ResourcePath.parse("ontology").orElseThrow();

        assertEquals("/ontology", ontology.thingPath());
        assertEquals("/page/ontology", ontology.pagePath());
        assertEquals("/data/ontology.rdf", ontology.dataPath(Representation.RDFXML));
        assertEquals(Optional.of(ontology), ResourcePath.fromDocumentPath("ontology"));
        assertEquals(Optional.empty(), ResourcePath.fromDocumentPath("id/entity/russia"));
    }

    @Test
    void aSuffixNamesItsFormatAndAnUnknownOneStaysInThePath() {
        assertEquals(new SuffixedPath("entity/russia", Optional.of(Representation.NTRIPLES)),
                SuffixedPath.parse("entity/russia.nt"));
        assertEquals(new SuffixedPath("entity/russia", Optional.of(Representation.HTML)),
                SuffixedPath.parse("entity/russia.html"));
        assertEquals(new SuffixedPath("entity/russia.php", Optional.empty()), SuffixedPath.parse("entity/russia.php"));
        assertEquals(new SuffixedPath("entity/russia", Optional.empty()), SuffixedPath.parse("entity/russia"));
    }

    @Test
    void linksToTheGraphsResourcesGoToTheirPagesOnThisServer() {
        assertEquals(Optional.of("/page/entity/russia"), urls.href("https://w3id.org/conflict-kg/id/entity/russia"));
        assertEquals(Optional.of("/page/article/001_082d920b4783cabf/sentence/3"),
                urls.href("https://w3id.org/conflict-kg/id/article/001_082d920b4783cabf/sentence/3"));
        assertEquals(Optional.of("/page/ontology#memberOf"), urls.href("https://w3id.org/conflict-kg/ontology#memberOf"));
    }

    @Test
    void wikidataEntitiesLinkToTheirWikidataPagesAndOtherWebIrisToThemselves() {
        assertEquals(Optional.of("https://www.wikidata.org/wiki/Q159"), urls.href("http://www.wikidata.org/entity/Q159"));
        assertEquals(Optional.of("http://schema.org/headline"), urls.href("http://schema.org/headline"));
        assertEquals(Optional.of("https://w3id.org/conflict-kg/id/nothing/x"), urls.href("https://w3id.org/conflict-kg/id/nothing/x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox", "file:///etc/passwd", "urn:isbn:123", "not an iri"})
    void iriOfOtherSchemesAreNeverLinked(String iri) {
        assertEquals(Optional.empty(), urls.href(iri));
    }

    @Test
    void anotherBaseMapsTheSamePathsToItsIris() {
        UrlSpace elsewhere = new UrlSpace("http://kg.example.test/");
        ResourcePath russia = ResourcePath.parse("id/entity/russia").orElseThrow();

        assertEquals("http://kg.example.test/id/entity/russia", elsewhere.iri(russia).getURI());
        assertEquals(Optional.of(russia), elsewhere.resource("http://kg.example.test/id/entity/russia"));
        assertEquals(Optional.empty(), elsewhere.resource("https://w3id.org/conflict-kg/id/entity/russia"));
        assertTrue(elsewhere.isLocal("http://kg.example.test/id/entity/russia"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://w3id.org/conflict-kg", "ftp://example.org/", "/relative/", "https://example.org/?q=1/",
            "https://example.org/#x/", "not a base"})
    void aBadBaseIsRefusedNamingIt(String base) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> new UrlSpace(base));
        assertTrue(thrown.getMessage().contains(base), thrown.getMessage());
    }
}

package org.conflictkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs each competency query of {@code ontology/queries} on the union default graph of a TDB2 store holding
 * {@code valid-dataset.trig} and the ontology, and compares its rows, in order, with answers worked out by
 * hand from that file.
 */
class CompetencyQueriesTest {

    private static final String ENTITY = CK.ENTITY_BASE;
    private static final String EVENT = CK.EVENT_BASE;
    private static final String ARTICLE_A = CK.ARTICLE_BASE + "test-a";
    private static final String ARTICLE_B = CK.ARTICLE_BASE + "test-b";
    private static final String HEADLINE_A = "Moscow weighs its options in the Caucasus";
    private static final String HEADLINE_B = "Baku and Ankara play down military ties";
    private static final String POSITIVE = CK.Positive.getURI();
    private static final String NEGATIVE = CK.Negative.getURI();

    @TempDir
    static Path storeDir;
    private static Dataset store;

    @BeforeAll
    static void load() {
        store = Fixtures.loadValidDataset(storeDir);
    }

    @AfterAll
    static void release() {
        TDBInternal.expel(store.asDatasetGraph());
    }

    /** Both articles' CSTO claims, the negative one included, each with its sentence and article. */
    @Test
    void cstoMembers() throws IOException {
        assertEquals(List.of(
                List.of(ENTITY + "armenia", "Armenia", POSITIVE, "positive",
                        "Armenia belongs to the CSTO, an alliance led by Moscow.", ARTICLE_A, HEADLINE_A,
                        "https://news.example.org/2020/10/moscow-options"),
                List.of(ENTITY + "azerbaijan", "Azerbaijan", NEGATIVE, "negative",
                        "Azerbaijan is not a member of the CSTO.", ARTICLE_B, HEADLINE_B,
                        "https://news.example.org/2020/10/baku-ankara")),
                select("csto-members.rq",
                        "member", "memberLabel", "polarity", "polarityLabel", "sentenceText", "article", "headline", "url"));
    }

    /** The same pair with both polarities; ck:Negative sorts before ck:Positive. */
    @Test
    void whoBacksWhom() throws IOException {
        assertEquals(List.of(
                List.of("Turkey", "Azerbaijan", NEGATIVE, "Ankara denied that it backs Azerbaijan", HEADLINE_B),
                List.of("Turkey", "Azerbaijan", POSITIVE, "Turkey has openly backed Azerbaijan", HEADLINE_A)),
                select("who-backs-whom.rq", "supporterLabel", "supportedLabel", "polarity", "evidence", "headline"));
    }

    @Test
    void ceasefireBrokers() throws IOException {
        assertEquals(List.of(
                List.of(ENTITY + "russia", "Russia", EVENT + "first-nagorno-karabakh-war", "First Nagorno-Karabakh War",
                        "1994-05", POSITIVE, "Russia brokered the truce",
                        "In May 1994 Russia brokered the truce that ended the first war.", ARTICLE_A)),
                select("ceasefire-brokers.rq",
                        "broker", "brokerLabel", "conflict", "conflictLabel", "time", "polarity", "evidence",
                        "sentenceText", "article"));
    }

    /** Two sources' figures for one event, the larger first, each with who reported it. */
    @Test
    void casualtiesBySource() throws IOException {
        String clashes = EVENT + "july-2020-clashes";
        assertEquals(List.of(
                List.of(clashes, "number killed", ">=", "16", "2020-07", "Azerbaijani Defence Ministry", ARTICLE_A),
                List.of(clashes, "number killed", "=", "11", "2020-07", "Armenia", ARTICLE_B)),
                select("casualties-by-source.rq",
                        "event", "relationLabel", "bound", "value", "time", "reportedByLabel", "article"));
    }

    /** Peskov's words on Moscow and an unattributed quote on the Kremlin; Aliyev's quote names neither. */
    @Test
    void saidAboutRussia() throws IOException {
        assertEquals(List.of(
                List.of(ENTITY + "dmitry-peskov", "Dmitry Peskov", "Moscow stands ready to help both sides,",
                        "2020-10-02", HEADLINE_A),
                List.of("", "", "The fighting worries the Kremlin,", "2020-10-05", HEADLINE_B)),
                select("said-about-russia.rq", "speaker", "speakerLabel", "text", "datePublished", "headline"));
    }

    @Test
    void negatedClaims() throws IOException {
        assertEquals(List.of(
                List.of("member of", "Azerbaijan", "Collective Security Treaty Organization",
                        "Azerbaijan is not a member of the CSTO", HEADLINE_B),
                List.of("supports", "Turkey", "Azerbaijan", "Ankara denied that it backs Azerbaijan", HEADLINE_B)),
                select("negated-claims.rq", "relationLabel", "subjectLabel", "objectLabel", "evidence", "headline"));
    }

    /** The fixture links the pair in both directions; the query lists it once. */
    @Test
    void contradictions() throws IOException {
        assertEquals(List.of(
                List.of(CK.supports.getURI(), "Turkey", "Azerbaijan",
                        CK.CLAIM_BASE + "test-a/c3", POSITIVE, ARTICLE_A,
                        CK.CLAIM_BASE + "test-b/c2", NEGATIVE, ARTICLE_B)),
                select("contradictions.rq",
                        "relation", "subjectLabel", "objectLabel",
                        "claimA", "polarityA", "articleA", "claimB", "polarityB", "articleB"));
    }

    /**
     * Runs a query file on the store and returns the given variables of each row, in the query's order: an IRI
     * as itself, a literal as its lexical form, an unbound variable as the empty string.
     */
    private static List<List<String>> select(String queryFile, String... vars) throws IOException {
        String query = Files.readString(Fixtures.QUERIES.resolve(queryFile));
        return Txn.calculateRead(store, () -> {
            List<List<String>> rows = new ArrayList<>();
            try (QueryExecution exec = QueryExecution.dataset(store).query(query).build()) {
                ResultSet results = exec.execSelect();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    List<String> values = new ArrayList<>();
                    for (String var : vars) values.add(text(row.get(var)));
                    rows.add(values);
                }
            }
            return rows;
        });
    }

    private static String text(RDFNode node) {
        if (node == null) return "";
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }
}

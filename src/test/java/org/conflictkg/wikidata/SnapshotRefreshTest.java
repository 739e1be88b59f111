package org.conflictkg.wikidata;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.cli.Kg;
import org.conflictkg.extract.Entity;
import org.conflictkg.extract.registry.EntityRegistry;
import org.conflictkg.rdf.CK;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code kg wikidata refresh} against a local stand-in of the Wikidata Query Service, through the same
 * client, gate and queries as against the real one. Each test has its own stand-in, so a Retry-After one
 * test provokes cannot hold up another.
 */
class SnapshotRefreshTest {

    private static final Set<String> LINKED = SnapshotRefresh.linkedItems(EntityRegistry.fromClasspath());

    @TempDir
    Path tmp;
    private StandInWikidata wikidata;

    @BeforeEach
    void startStandIn() {
        wikidata = StandInWikidata.start();
    }

    @AfterEach
    void stopStandIn() {
        wikidata.close();
    }

    @Test
    void theSnapshotHoldsTheLinkedItemsFactsInWikidatasVocabulary() {
        Graph g = refresh(Duration.ofSeconds(60)).graph();

        assertTrue(g.contains(WD.item("Q399"), RDFS.label.asNode(), NodeFactory.createLiteralLang("Armenia", "en")));
        assertFalse(g.contains(WD.item("Q399"), RDFS.label.asNode(), NodeFactory.createLiteralLang("Հայաստան", "hy")),
                "English labels only");
        assertTrue(g.contains(WD.item("Q399"), WD.direct("P1082"), decimal("2976566")));
        // The best-ranked population with its date; the older census is left out.
        Node current = NodeFactory.createURI("http://www.wikidata.org/entity/statement/Q399-fixture-p1082-current");
        assertTrue(g.contains(current, uri(WD.QUALIFIER + "P585"), dateTime("2023-01-01T00:00:00Z")));
        assertFalse(g.contains(Node.ANY, Node.ANY, decimal("3018854")), "only the best-ranked population");
        // Memberships with their dates and rank, deprecated ones kept for queries to filter.
        Node azerbaijanInCsto = NodeFactory.createURI("http://www.wikidata.org/entity/statement/Q227-fixture-p463");
        assertTrue(g.contains(WD.item("Q227"), uri(WD.CLAIM + "P463"), azerbaijanInCsto));
        assertTrue(g.contains(azerbaijanInCsto, uri(WD.STATEMENT + "P463"), WD.item("Q318693")));
        assertTrue(g.contains(azerbaijanInCsto, uri(WD.QUALIFIER + "P582"), dateTime("1999-04-02T00:00:00Z")));
        assertTrue(g.contains(azerbaijanInCsto, WD.rank, uri(WD.WIKIBASE + "NormalRank")));
        Node artsakhInCsto = NodeFactory.createURI("http://www.wikidata.org/entity/statement/Q244165-fixture-p463");
        assertTrue(g.contains(artsakhInCsto, WD.rank, WD.DeprecatedRank));
        // A member of a linked organisation that the registry does not link, with its label.
        assertTrue(g.contains(WD.item("Q183"), WD.direct("P463"), WD.item("Q1065")));
        assertTrue(g.contains(WD.item("Q183"), RDFS.label.asNode(), NodeFactory.createLiteralLang("Germany", "en")));
        // Coordinates as the query service types them.
        assertTrue(g.contains(WD.item("Q9248"), WD.direct("P625"),
                NodeFactory.createLiteralDT("Point(49.835183 40.366656)", TypeMapper.getInstance().getSafeTypeByName(WD.wktLiteral))));
        // Labels of what the facts point to: a position, a class.
        assertTrue(g.contains(WD.item("Q218295"), RDFS.label.asNode(), NodeFactory.createLiteralLang("President of Russia", "en")));
        assertTrue(g.contains(WD.item("Q6256"), RDFS.label.asNode(), NodeFactory.createLiteralLang("country", "en")));
        // Nothing about an item neither linked nor pointed to.
        assertFalse(g.find(WD.item("Q1428"), Node.ANY, Node.ANY).hasNext());
    }

    @Test
    void theSnapshotRecordsWhenAndWhereItWasRetrieved() {
        Instant before = Instant.now().minusSeconds(1);
        WikidataSnapshot snapshot = refresh(Duration.ofSeconds(60));

        Instant retrieved = Instant.parse(snapshot.retrievedAt().orElseThrow());
        assertTrue(!retrieved.isBefore(before.minusSeconds(1)) && !retrieved.isAfter(Instant.now()), retrieved.toString());
        assertTrue(snapshot.graph().contains(CK.WIKIDATA_GRAPH.asNode(), WD.prov_wasDerivedFrom, uri(wikidata.sparqlUrl())));
    }

    @Test
    void queriesGoOneAtATimeInBatchesWithOurUserAgent() {
        refresh(Duration.ofSeconds(60));

        List<StandInWikidata.Request> requests = wikidata.requests();
        // items, statements, members, then the labels of what they point to: one batch each for 43 items.
        assertEquals(4, requests.size(), requests.toString());
        assertEquals(1, wikidata.mostConcurrentRequests());
        for (StandInWikidata.Request r : requests) assertEquals(PoliteHttpClient.USER_AGENT, r.userAgent());
        assertTrue(PoliteHttpClient.USER_AGENT.matches("conflict-kg/\\S+ \\(https://\\S+; \\S+@\\S+\\) Jena/\\S+"),
                PoliteHttpClient.USER_AGENT);
    }

    @Test
    void aRetryAfterInSecondsIsWaitedOutAndTheQuerySentAgain() {
        wikidata.answerTooManyRequests(1, "1");
        WikidataClient client = new WikidataClient(wikidata.sparqlUrl(), Duration.ofSeconds(60));

        new SnapshotRefresh(client).fetch(LINKED);

        List<StandInWikidata.Request> requests = wikidata.requests();
        assertTrue(requests.get(0).tooMany());
        assertFalse(requests.get(1).tooMany());
        assertEquals(requests.get(0).query(), requests.get(1).query(), "the same query, sent again");
        assertTrue(Duration.between(requests.get(0).at(), requests.get(1).at()).toMillis() >= 950,
                "sent again only after Retry-After: " + requests.get(0).at() + " then " + requests.get(1).at());
        assertEquals(1, client.throttled());
        for (StandInWikidata.Request r : requests) assertEquals(PoliteHttpClient.USER_AGENT, r.userAgent());
    }

    @Test
    void aRetryAfterAsAnHttpDateIsWaitedOut() {
        // HTTP dates have whole seconds: two seconds ahead is at least one second's wait.
        String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().plusSeconds(2).atZone(ZoneOffset.UTC));
        wikidata.answerTooManyRequests(1, inTwoSeconds);

        refresh(Duration.ofSeconds(60));

        List<StandInWikidata.Request> requests = wikidata.requests();
        assertTrue(requests.get(0).tooMany());
        assertTrue(Duration.between(requests.get(0).at(), requests.get(1).at()).toMillis() >= 950,
                requests.get(0).at() + " then " + requests.get(1).at());
    }

    @Test
    void aWaitBeyondTheBudgetFailsAtOnceAndLeavesTheSnapshotFileAsItWas() throws IOException {
        Path file = Files.writeString(tmp.resolve("snapshot.ttl"), "# the snapshot before\n", UTF_8);
        wikidata.answerTooManyRequests(1, "3600");
        Instant start = Instant.now();

        Run run = kg("wikidata", "refresh", "--endpoint", wikidata.sparqlUrl(), "--out", file.toString(), "--budget", "30s");

        assertEquals(1, run.status());
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 20, "gave up without waiting");
        assertTrue(run.err().contains("Retry-After") && run.err().contains("left as it was"), run.err());
        assertEquals("# the snapshot before\n", Files.readString(file, UTF_8));
        assertEquals(1, wikidata.requests().size(), "nothing sent during the hold");
    }

    @Test
    void withoutNetworkTheRefreshFailsCleanlyAndLeavesTheSnapshotFileAsItWas() throws IOException {
        Path file = Files.writeString(tmp.resolve("snapshot.ttl"), "# the snapshot before\n", UTF_8);

        Run run = kg("wikidata", "refresh", "--endpoint", "http://127.0.0.1:" + closedPort() + "/sparql",
                "--out", file.toString(), "--budget", "30s");

        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("kg refresh: cannot reach http://127.0.0.1:"), run.err());
        assertTrue(run.err().contains("left as it was"), run.err());
        assertEquals("# the snapshot before\n", Files.readString(file, UTF_8));
    }

    @Test
    void theRefreshedSnapshotGoesWhereTheNextBuildLooks() {
        Path db = tmp.resolve("db");

        Run run = kg("wikidata", "refresh", "--endpoint", wikidata.sparqlUrl(), "--db", db.toString());

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("wrote " + db.resolve(WikidataSnapshot.FILE_NAME)), run.out());
        WikidataSnapshot loaded = WikidataSnapshot.forDatabase(db);
        assertEquals(db.resolve(WikidataSnapshot.FILE_NAME).toAbsolutePath().toString(), loaded.source());
        assertTrue(loaded.retrievedAt().isPresent());
        assertTrue(loaded.graph().contains(WD.item("Q399"), RDFS.label.asNode(), NodeFactory.createLiteralLang("Armenia", "en")));
    }

    @Test
    void confirmationFindsTheItemOfAnExactEnglishWikipediaTitleOnly() {
        EntityRegistry registry = EntityRegistry.fromClasspath();
        // Linked in the registry; stripped of their ids here to stand for unconfirmed entries.
        Entity putin = unlinked(registry, "vladimir-putin");
        Entity medvedev = unlinked(registry, "dmitry-medvedev");   // has the label, but no sitelink in the fixture
        Entity georgia = unlinked(registry, "georgia");            // the fixture has only the US state's article

        TitleConfirmation.Result result = TitleConfirmation.confirm(
                new WikidataClient(wikidata.sparqlUrl(), Duration.ofSeconds(60)), List.of(putin, medvedev, georgia));

        assertEquals(1, result.found().size(), result.toString());
        assertEquals("Q7747", result.found().get(0).qid());
        assertEquals("https://en.wikipedia.org/wiki/Vladimir_Putin", result.found().get(0).articleUrl());
        assertEquals(List.of(medvedev, georgia), result.notFound());
        assertEquals(1, wikidata.requests().size(), "one batch");
    }

    // ---- helpers

    private WikidataSnapshot refresh(Duration budget) {
        return new SnapshotRefresh(new WikidataClient(wikidata.sparqlUrl(), budget)).fetch(LINKED);
    }

    private static Entity unlinked(EntityRegistry registry, String key) {
        Entity e = registry.byKey(key).orElseThrow();
        return new Entity(e.key(), e.label(), e.type(), Optional.empty(), e.aliases(), e.fromRegistry());
    }

    private record Run(int status, String out, String err) {}

    private static Run kg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Kg.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node decimal(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }

    private static Node dateTime(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdateTime);
    }
}

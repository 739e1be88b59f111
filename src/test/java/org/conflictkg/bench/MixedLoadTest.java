package org.conflictkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.conflictkg.server.KgServer;
import org.conflictkg.testing.CorpusGraph;
import org.conflictkg.testing.TestServers;
import org.junit.jupiter.api.Test;

/** A short mixed load on the corpus graph's server: every request answered, none failed. */
class MixedLoadTest {

    private static final int CLIENTS = 8;
    private static final Duration LENGTH = Duration.ofSeconds(5);

    @Test
    void eightClientsMixingQueriesAndPagesForFiveSecondsHaveNoErrors() {
        KgServer server = KgServer.builder().database(CorpusGraph.database()).port(0).build().start();
        MixedLoad.Result result;
        List<MixedLoad.Request> mix;
        try {
            mix = MixedLoad.mixFor(server, CorpusGraph.database(), Path.of("ontology", "queries"));
            result = MixedLoad.run(mix, CLIENTS, LENGTH);
        } finally {
            TestServers.stop(server);
        }

        StringWriter report = new StringWriter();
        result.print(new PrintWriter(report));
        assertEquals(0, result.errors(), report.toString());
        assertTrue(mix.stream().allMatch(r -> r.uri().getHost().equals("localhost")), "loopback only");
        assertTrue(result.seconds() >= LENGTH.toSeconds(), report.toString());
        for (MixedLoad.Kind kind : MixedLoad.Kind.values()) {
            MixedLoad.KindResult of = result.of(kind);
            assertTrue(of.requests() >= CLIENTS, report.toString());
            assertTrue(of.latencyMillis(50) <= of.latencyMillis(90) && of.latencyMillis(90) <= of.latencyMillis(99)
                    && of.latencyMillis(99) <= of.latencyMillis(100), report.toString());
        }
        assertEquals(2 + MixedLoad.Kind.values().length, report.toString().lines().count(), report.toString());
    }
}

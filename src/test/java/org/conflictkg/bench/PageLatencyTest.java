package org.conflictkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.apache.jena.query.ARQ;
import org.conflictkg.server.KgServer;
import org.conflictkg.store.KgStore;
import org.conflictkg.testing.CorpusGraph;
import org.junit.jupiter.api.Test;

/** Page timings: the percentile arithmetic, and a short run on the corpus graph. */
class PageLatencyTest {

    @Test
    void percentilesAreNearestRank() {
        long[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        assertEquals(5, PageLatency.percentile(values, 50));
        assertEquals(10, PageLatency.percentile(values, 99));
        assertEquals(1, PageLatency.percentile(values, 1));
        assertEquals(7, PageLatency.percentile(new long[] {7}, 99));
        assertThrows(IllegalArgumentException.class, () -> PageLatency.percentile(new long[0], 50));
    }

    @Test
    void everyPageOfTheListIsServedAndTimed() {
        List<String> pages = PageLatency.pagesOf(KgStore.open(CorpusGraph.database()).openCurrent());
        KgServer server = KgServer.builder().database(CorpusGraph.database()).port(0).build().start();
        List<PageLatency.Result> results;
        try {
            results = PageLatency.measure("http://localhost:" + server.port(), pages, 3);
        } finally {
            server.stop();
            ARQ.getContext().remove(ARQ.httpServiceAllowed);
        }

        assertEquals(pages, results.stream().map(PageLatency.Result::path).toList());
        for (String kind : List.of("/page/entity/", "/page/article/", "/sentence/0", "/page/claim/", "/page/quote/", "/id/entity/"))
            assertTrue(pages.stream().anyMatch(p -> p.contains(kind)), kind + " in " + pages);
        for (PageLatency.Result result : results) {
            assertEquals(result.path().startsWith("/id/") ? 303 : 200, result.status(), result.path());
            assertTrue(result.medianMillis() > 0 && result.medianMillis() <= result.p99Millis(), result.toString());
        }
        StringWriter table = new StringWriter();
        PageLatency.print(results, new PrintWriter(table));
        assertEquals(pages.size() + 2, table.toString().lines().count());
    }
}

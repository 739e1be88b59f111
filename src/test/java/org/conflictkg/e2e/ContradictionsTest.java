package org.conflictkg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.conflictkg.Pipeline;
import org.conflictkg.store.KgStore;
import org.conflictkg.testing.SharedNlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles that disagree: a membership asserted and denied, and death tolls whose ranges do not
 * overlap, are linked by ck:contradicts and shown by the competency query; a rising tally is not.
 */
class ContradictionsTest {

    private static void article(Path dir, String name, String date, String text) throws Exception {
        Files.writeString(dir.resolve(name), "---\ntitle: " + name + "\npublished: " + date + "\n---\n" + text + "\n");
    }

    @Test
    void disagreeingArticlesAreLinkedAndBothKept(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectory(tmp.resolve("corpus"));
        article(corpus, "a.md", "2021-03-01", "Armenia is a member of the Collective Security Treaty Organization.\n\n"
                + "The First Nagorno-Karabakh War killed 30,000 people.\n\n"
                + "At least 40 soldiers have been killed in the Second Nagorno-Karabakh War.");
        article(corpus, "b.md", "2021-03-02", "Armenia is not a member of the Collective Security Treaty Organization.\n\n"
                + "The First Nagorno-Karabakh War killed about 17,000 people.\n\n"
                + "At least 100 soldiers have been killed in the Second Nagorno-Karabakh War.");
        Pipeline pipeline = Pipeline.builder().nlp(SharedNlp.nlp()).registry(SharedNlp.registry()).build();
        KgStore store = KgStore.open(tmp.resolve("db"));
        pipeline.build(corpus, store);

        String query = Files.readString(Path.of("ontology/queries/contradictions.rq"));
        Dataset ds = store.openCurrent();
        Set<String> rows = Txn.calculateRead(ds, () -> {
            Set<String> out = new HashSet<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.add(s.getResource("relation").getLocalName() + " " + s.getResource("subject").getLocalName() + " "
                            + s.getResource("articleA").getLocalName() + "/" + s.getResource("articleB").getLocalName());
                }
            }
            return out;
        });
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("memberOf armenia ")), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("killed first-nagorno-karabakh-war ")), rows::toString);
        assertTrue(rows.stream().noneMatch(r -> r.startsWith("killed second-nagorno-karabakh-war ")),
                "at least 40, later at least 100: a rising tally is no contradiction " + rows);
        assertEquals(2, rows.size(), rows::toString);
        KgStore.release(store.currentLocation().orElseThrow());
    }
}

package org.conflictkg.extract.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.conflictkg.extract.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The registry's Wikidata links are exactly the confirmed ones of the shared reference file. */
class WikidataIdsTest {

    private static final Path SHARED = Path.of("../shared/wikidata/entities.tsv");

    private static final Map<String, String> confirmedLabels = new HashMap<>();
    private static final List<String> unconfirmedLabels = new ArrayList<>();

    private final EntityRegistry registry = EntityRegistry.fromClasspath();

    @BeforeAll
    static void readSharedFile() throws IOException {
        assumeTrue(Files.exists(SHARED), "no shared Wikidata reference file at " + SHARED.toAbsolutePath());
        for (String line : Files.readAllLines(SHARED)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("qid\t")) continue;
            String[] cells = line.split("\t", -1);
            if (cells[0].isEmpty()) unconfirmedLabels.add(cells[1]);
            else confirmedLabels.put(cells[0], cells[1]);
        }
    }

    @Test
    void everyIdIsConfirmedAndGivenToTheEntityItNames() {
        for (Entity e : registry.entities()) {
            e.wikidata().ifPresent(qid -> {
                assertTrue(confirmedLabels.containsKey(qid), e.key() + " has unconfirmed id " + qid);
                String shared = confirmedLabels.get(qid);
                assertTrue(e.label().equalsIgnoreCase(shared) || e.aliases().stream().anyMatch(shared::equalsIgnoreCase),
                        e.key() + " has " + qid + ", which the shared file gives to " + shared);
            });
        }
    }

    @Test
    void everyConfirmedIdIsUsed() {
        Set<String> used = registry.entities().stream().flatMap(e -> e.wikidata().stream()).collect(Collectors.toSet());
        assertEquals(Set.of(), confirmedLabels.keySet().stream().filter(q -> !used.contains(q)).collect(Collectors.toSet()));
    }

    @Test
    void entitiesWithoutAConfirmedIdHaveNone() {
        assertFalse(unconfirmedLabels.isEmpty());
        for (String label : unconfirmedLabels) {
            Entity e = registry.byName(label).orElseThrow(() -> new AssertionError("registry lacks " + label));
            assertEquals(label, e.label());
            assertTrue(e.wikidata().isEmpty(), label + " got an id");
        }
    }
}

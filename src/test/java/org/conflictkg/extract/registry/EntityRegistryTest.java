package org.conflictkg.extract.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.conflictkg.corpus.PartialDate;
import org.conflictkg.extract.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityRegistryTest {

    private static final Path DATA = Path.of("src/main/resources/org/conflictkg/extract/registry");
    private static final Path FIXTURES = Path.of("src/test/files/registry");

    private final EntityRegistry registry = EntityRegistry.fromClasspath();

    @Test
    void readsEntitiesWithTheirColumns() {
        Entity csto = registry.byKey("csto").orElseThrow();
        assertEquals("Collective Security Treaty Organization", csto.label());
        assertEquals("Organisation", csto.type());
        assertEquals(Optional.of("Q318693"), csto.wikidata());
        assertTrue(csto.aliases().contains("CSTO"));
        assertTrue(csto.fromRegistry());
        assertEquals(Optional.empty(), registry.byKey("eeu").orElseThrow().wikidata());
        assertEquals("nagorno-karabakh", registry.byWikidata("Q44302").orElseThrow().key());
    }

    @Test
    void keepsEventsApartFromEntitiesButFindsBothByKey() {
        EventInfo war = registry.event("second-nagorno-karabakh-war").orElseThrow();
        assertEquals("Second Nagorno-Karabakh War", war.entity().label());
        assertEquals("War", war.entity().type());
        assertEquals(Optional.of(PartialDate.parse("2020-09-27")), war.start());
        assertEquals(Optional.of(PartialDate.parse("2020-11-10")), war.end());
        assertEquals(Optional.of("nagorno-karabakh-conflict"), war.partOfKey());
        assertEquals(Optional.empty(), registry.event("nagorno-karabakh-conflict").orElseThrow().end());
        assertEquals(war.entity(), registry.byKey("second-nagorno-karabakh-war").orElseThrow());
        assertFalse(registry.entities().contains(war.entity()));
        assertTrue(registry.events().stream().allMatch(e -> e.entity().wikidata().isEmpty()));
    }

    @Test
    void byNameReadsACapitalAsTheCity() {
        assertEquals("moscow", registry.byName("Moscow").orElseThrow().key());
        assertEquals("usa", registry.byName("U.S.").orElseThrow().key());
        assertEquals("2016-nagorno-karabakh-conflict", registry.byName("four-day war").orElseThrow().key());
        assertEquals(Optional.empty(), registry.byName("us"));
    }

    @Test
    void readsTheSameDataFromFiles() throws Exception {
        EntityRegistry fromFiles = EntityRegistry.fromFiles(DATA.resolve("entities.tsv"), DATA.resolve("events.tsv"));
        assertEquals(List.copyOf(registry.entities()), List.copyOf(fromFiles.entities()));
        assertEquals(registry.events(), fromFiles.events());
    }

    /** Each fixture opens with a comment naming its defect; the problem must point at that line. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad-entities-unknown-type.tsv          | 4 | unknown type 'Country'
            bad-entities-duplicate-key.tsv         | 4 | duplicate key 'russia' (first at src/test/files/registry/bad-entities-duplicate-key.tsv:3)
            bad-entities-key-not-slug.tsv          | 3 | key 'Russia' is not a lower-case slug
            bad-entities-wikidata-id.tsv           | 3 | Wikidata id 'q159' does not match Q<digits>
            bad-entities-wikidata-id-twice.tsv     | 4 | Wikidata id Q159 is already given to 'russia'
            bad-entities-role-date.tsv             | 3 | bad term in role 'President of Russia@2000-13/2008-05'
            bad-entities-role-term-reversed.tsv    | 3 | term ends before it starts: '2023-06/2018-07'
            bad-entities-alias-taken.tsv           | 4 | 'Karabakh' is already a name of 'nagorno-karabakh'
            bad-entities-empty-value.tsv           | 3 | empty value in column 'aliases'
            bad-entities-too-many-cells.tsv        | 3 | 10 cells, but there are only 9 columns
            bad-entities-header.tsv                | 2 | header must be key<TAB>label<TAB>type
            bad-events-bad-date.tsv                | 4 | bad start date: not an ISO 8601 date
            bad-events-end-before-start.tsv        | 4 | end 1988-02 is before start 1994-05
            bad-events-missing-start.tsv           | 4 | start date is missing
            bad-events-unknown-type.tsv            | 4 | unknown type 'City'
            bad-events-unknown-part-of.tsv         | 4 | partOf 'first-nagorno-karabakh-war' is not an event key
            bad-events-part-of-cycle.tsv           | 4 | partOf leads round in a cycle
            bad-events-unknown-attacker.tsv        | 4 | attacker 'azerbaijani-army' is not an entity key
            bad-events-attacker-is-target.tsv      | 4 | attacker and target are the same entity
            """)
    void rejectsAMalformedRowNamingFileAndLine(String fixture, int line, String problem) {
        Path bad = FIXTURES.resolve(fixture);
        boolean entities = fixture.startsWith("bad-entities-");
        RegistryFormatException e = assertThrows(RegistryFormatException.class, () -> EntityRegistry.fromFiles(
                entities ? bad : DATA.resolve("entities.tsv"), entities ? FIXTURES.resolve("minimal-events.tsv") : bad));
        String first = e.problems().get(0);
        assertTrue(first.startsWith(bad + ":" + line + ": "), first);
        assertTrue(first.contains(problem), first);
        assertTrue(e.problems().stream().allMatch(p -> p.startsWith(bad + ":")), () -> String.join("\n", e.problems()));
    }
}

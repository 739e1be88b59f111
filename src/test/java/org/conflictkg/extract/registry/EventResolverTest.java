package org.conflictkg.extract.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.conflictkg.corpus.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventResolverTest {

    private static final EntityRegistry registry = EntityRegistry.fromClasspath();
    private static final EventResolver resolver = new EventResolver(registry);

    /** Empty time cells are unknown; an empty event cell means the phrase refers to no registry event. */
    @ParameterizedTest(name = "{0} (time {1}, article {2})")
    @CsvSource(delimiter = '|', textBlock = """
            the Four-Day War                    |         | 2020-09-28 | 2016-nagorno-karabakh-conflict
            the 44-day war                      |         | 2023-09-19 | second-nagorno-karabakh-war
            a six-day war in 2016               |         | 2020-10-07 | 2016-nagorno-karabakh-conflict
            a war                               | 2016    | 2020-10-07 | 2016-nagorno-karabakh-conflict
            the conflict in 2016                |         |            | 2016-nagorno-karabakh-conflict
            the latest flare-up                 |         | 2020-10-07 | second-nagorno-karabakh-war
            the recent flare-ups                |         | 2020-09-28 | second-nagorno-karabakh-war
            this month's clashes                |         | 2020-07    | july-2020-clashes
            the latest escalation               |         | 2023-09-19 | 2023-azerbaijani-offensive
            the current war                     |         | 2022-03-15 | russian-invasion-of-ukraine
            clashes in July 2020                |         | 2020-10-07 | july-2020-clashes
            a ceasefire in May 1994             |         | 2020-09-28 | bishkek-protocol
            the initial ceasefire               | 1994-05 | 2020-09-28 | bishkek-protocol
            the 1990s war                       |         | 2023-09-19 | first-nagorno-karabakh-war
            a war in the 1990s                  |         | 2023-09-19 | first-nagorno-karabakh-war
            the war in Ukraine                  |         | 2023-09-19 | russian-invasion-of-ukraine
            the Nagorno-Karabakh conflict       |         | 2020-09-28 | nagorno-karabakh-conflict
            a short offensive                   | 2023-09 |            | 2023-azerbaijani-offensive
            the fighting                        | 2023-09-19 |         | 2023-azerbaijani-offensive
            the fighting                        | 2024-02-13 |         | armenia-azerbaijan-border-crisis
            the conflict                        | 2023-09-19 |         | nagorno-karabakh-conflict
            the latest fighting                 |         | 2024-02-15 | 2023-azerbaijani-offensive
            the latest clashes                  |         | 2022-09-20 | september-2022-clashes
            the latest clashes                  |         | 2022-08-05 | armenia-azerbaijan-border-crisis
            a conflict                          |         | 2020-09-28 |
            the war                             |         | 2020-10-07 |
            a fresh war                         |         | 2023-09-19 |
            the worst clashes since 2016        |         | 2020-09-28 |
            fighting                            | 2020    |            |
            the war in Ukraine                  |         | 2016-04-02 |
            """)
    void resolves(String phrase, String time, String articleDate, String expectedKey) {
        Optional<EventInfo> event = resolver.resolve(phrase,
                Optional.ofNullable(time).map(PartialDate::parse), Optional.ofNullable(articleDate).map(PartialDate::parse));
        assertEquals(Optional.ofNullable(expectedKey), event.map(EventInfo::key));
    }

    @Test
    void anUndatedArticleNamingBothSidesReportsTheFocusConflict() {
        assertEquals(Optional.of("nagorno-karabakh-conflict"),
                resolver.focusConflictOf(List.of("russia", "armenia", "azerbaijan")).map(EventInfo::key));
        assertEquals(Optional.of("nagorno-karabakh-conflict"),
                resolver.focusConflictOf(List.of("azerbaijan", "nagorno-karabakh")).map(EventInfo::key));
        // one side, or none (an article on Ukraine), says nothing about which conflict
        assertEquals(Optional.empty(), resolver.focusConflictOf(List.of("russia", "armenia", "armenia")));
        assertEquals(Optional.empty(), resolver.focusConflictOf(List.of("russia", "ukraine")));
    }

    @Test
    void everyShippedFocusPartyIsAnEntityOfTheRegistry() {
        // unknown focus-party keys are tolerated for smaller registries, so a typo in the shipped file must be caught here
        assertFalse(registry.eventWords().focusParties.isEmpty());
        for (String key : registry.eventWords().focusParties) assertTrue(registry.byKey(key).isPresent(), key);
    }
}

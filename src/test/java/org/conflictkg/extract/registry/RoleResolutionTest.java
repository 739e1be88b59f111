package org.conflictkg.extract.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.conflictkg.corpus.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleResolutionTest {

    private static final EntityRegistry registry = EntityRegistry.fromClasspath();

    /** An empty date cell means no date is known; an empty entity cell means the role resolves to nothing. */
    @ParameterizedTest(name = "{0} @{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Turkish Defence Minister                | 2020       | hulusi-akar
            Turkish Defense Minister                | 2020-07-14 | hulusi-akar
            Minister of National Defence of Turkey  | 2019       | hulusi-akar
            Turkey's defense minister               | 2024       | yasar-guler
            Turkish Defence Minister                | 2023       |
            the Russian president                   | 2020-10-07 | vladimir-putin
            Russian President                       | 2010       | dmitry-medvedev
            Russian President                       |            |
            former Russian President                | 2023       |
            Kremlin spokesman                       | 2023-09-19 | dmitry-peskov
            Kremlin spokesman                       |            | dmitry-peskov
            Putin's spokesman                       | 2020       | dmitry-peskov
            Russian Foreign Ministry spokeswoman    | 2023-09-19 | maria-zakharova
            Russia's top diplomat                   | 2020       | sergei-lavrov
            Armenian Prime Minister                 | 2023-09-19 | nikol-pashinyan
            Armenian Prime Minister                 | 2018-04    |
            Azerbaijani President                   | 2020       | ilham-aliyev
            the UN secretary general                | 2020-09-28 | antonio-guterres
            UN Secretary-General                    | 2015       | ban-ki-moon
            UN secretary general                    |            | un-secretary-general
            Yerevan's foreign ministry              |            | mfa-armenia
            """)
    void resolvesTheHolderAtTheTime(String title, String when, String expectedKey) {
        Optional<PartialDate> date = Optional.ofNullable(when).map(PartialDate::parse);
        assertEquals(Optional.ofNullable(expectedKey), registry.resolveRole(title, date).map(e -> e.key()));
    }
}

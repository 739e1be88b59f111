package org.conflictkg.extract.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Token lists are written as CoreNLP 4.5 tokenizes: "Russia - led", "Russia 's", "pro-Russian". */
class MentionFinderTest {

    private static final MentionFinder finder = new MentionFinder(EntityRegistry.fromClasspath());

    /** The mentions as "begin-end key KIND". */
    private static List<String> find(String... tokens) {
        return finder.find(List.of(tokens)).stream()
                .map(m -> m.beginToken() + "-" + m.endTokenExclusive() + " " + m.entity().key() + " " + m.kind())
                .toList();
    }

    @Test
    void takesTheLongestName() {
        assertEquals(List.of("1-4 carnegie-moscow-center NAME"), find("the", "Carnegie", "Moscow", "Center", "said"));
        assertEquals(List.of("0-4 csto NAME", "5-6 csto ALIAS"),
                find("Collective", "Security", "Treaty", "Organization", "(", "CSTO", ")"));
        assertEquals(List.of("1-3 osce-minsk-group ALIAS"), find("the", "Minsk", "Group"));
    }

    @Test
    void readsCapitalsAndSeatsOfGovernmentAsMetonyms() {
        assertEquals(List.of("1-2 russia METONYM"), find("the", "Kremlin", "said"));
        assertEquals(List.of("0-1 russia METONYM", "2-3 azerbaijan METONYM", "4-6 usa METONYM"),
                find("Moscow", "and", "Baku", "and", "White", "House"));
    }

    @Test
    void readsDemonyms() {
        assertEquals(List.of("0-1 azerbaijan DEMONYM", "2-3 armenia DEMONYM"), find("Azeri", "and", "Armenian", "forces"));
        assertEquals(List.of("0-1 turkey DEMONYM", "3-5 hulusi-akar NAME"), find("Turkish", "Defense", "Minister", "Hulusi", "Akar"));
    }

    @Test
    void matchesOneWordNamesWithTheirCase() {
        assertEquals(List.of("0-1 usa ALIAS"), find("US", "officials"));
        assertEquals(List.of(), find("they", "told", "us"));
        assertEquals(List.of(), find("roast", "turkey"));
    }

    @Test
    void matchesLongerNamesInAnyCase() {
        assertEquals(List.of("0-3 eeu NAME"), find("eurasian", "economic", "union"));
    }

    @Test
    void readsTheFirstPartOfAHyphenatedWord() {
        assertEquals(List.of("1-2 russia NAME"), find("the", "Russia-led", "bloc"));
        assertEquals(List.of("1-2 russia NAME"), find("the", "Russia", "-", "led", "bloc"));
        assertEquals(List.of("0-1 russia METONYM"), find("Moscow-led"));
        assertEquals(List.of("0-1 armenia DEMONYM"), find("Armenian", "-", "backed", "forces"));
    }

    @Test
    void readsNoLaterPartUnlessTheFirstIsANameToo() {
        assertEquals(List.of(), find("Turkic-speaking", "ally"));
        assertEquals(List.of(), find("Turkic", "-", "speaking", "ally"));
        assertEquals(List.of(), find("pro-Russian", "rebels"));
        assertEquals(List.of(), find("ex-Soviet", "states"));
        assertEquals(List.of("0-1 armenia NAME", "0-1 azerbaijan NAME"), find("Armenia-Azerbaijan", "talks"));
    }

    @Test
    void matchesNamesAcrossSplitHyphensAndPossessives() {
        assertEquals(List.of("0-3 nagorno-karabakh NAME"), find("Nagorno", "-", "Karabakh"));
        assertEquals(List.of("0-1 nagorno-karabakh NAME"), find("Nagorno-Karabakh"));
        assertEquals(List.of("0-1 russia NAME"), find("Russia", "'s", "role"));
        assertEquals(List.of("0-4 mfa-armenia ALIAS"), find("Armenia", "\u2019s", "foreign", "ministry"));
        assertEquals(List.of("1-5 2016-nagorno-karabakh-conflict ALIAS"), find("the", "Four", "-", "Day", "War"));
    }
}

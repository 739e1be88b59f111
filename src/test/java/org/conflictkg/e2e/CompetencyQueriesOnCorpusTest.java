package org.conflictkg.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.conflictkg.testing.QueryRows;
import org.junit.jupiter.api.Test;

/**
 * The competency questions of {@code ontology/queries/} answered on the graph of the real corpus. The
 * expected rows were read off the articles by hand (the sentence each comes from is in the comment);
 * each test lists rows that must be there, and a few that must not.
 */
class CompetencyQueriesOnCorpusTest {

    private static final String A001 = "001_082d920b4783cabf";
    private static final String A002 = "002_2ecefcf343914f7a";
    private static final String A003 = "003_50c81060d5431a6d";
    private static final String A004 = "004_5ad66889d93a5044";

    @Test
    void cstoMembersByArticle() throws Exception {
        Set<String> rows = QueryRows.of("csto-members.rq", "memberLabel", "polarity", "article");
        // "Armenia is deeper within Moscow's orbit as a member of … CSTO and EEU, while Azerbaijan is not." (001)
        assertTrue(rows.contains("Armenia | Positive | " + A001), rows::toString);
        assertTrue(rows.contains("Azerbaijan | Negative | " + A001), rows::toString);
        // "Armenia is part of the Russia-led Collective Security Treaty Organization (CSTO) …" (002)
        assertTrue(rows.contains("Armenia | Positive | " + A002), rows::toString);
        // "Armenia is a member of the Collective Security Treaty Organization (CSTO) … Azerbaijan and the
        // breakaway ethnic Armenian republic of Nagorno-Karabakh are not." (004)
        assertTrue(rows.contains("Armenia | Positive | " + A004), rows::toString);
        assertTrue(rows.contains("Azerbaijan | Negative | " + A004), rows::toString);
        assertTrue(rows.contains("Republic of Artsakh | Negative | " + A004), rows::toString);
        assertFalse(rows.contains("Azerbaijan | Positive | " + A001), "a negated claim must not turn positive");
    }

    @Test
    void whoBacksWhom() throws Exception {
        Set<String> rows = QueryRows.of("who-backs-whom.rq", "supporterLabel", "supportedLabel", "polarity", "article");
        // "Azerbaijan is openly backed by its influential ally Turkey." (001)
        assertTrue(rows.contains("Turkey | Azerbaijan | Positive | " + A001), rows::toString);
        // "Ankara has consistently supported Azerbaijan's territorial integrity" (002)
        assertTrue(rows.contains("Turkey | Azerbaijan | Positive | " + A002), rows::toString);
        // "Russia has walked a thin line … not publicly backing either side." (004)
        assertTrue(rows.contains("Russia | Armenia | Negative | " + A004), rows::toString);
        assertTrue(rows.contains("Russia | Azerbaijan | Negative | " + A004), rows::toString);
    }

    @Test
    void ceasefireBrokersAndWhen() throws Exception {
        Set<String> rows = QueryRows.of("ceasefire-brokers.rq", "brokerLabel", "conflict", "time", "article");
        // "Russia brokered the initial ceasefire in May 1994 and put an end to the Four-Day War in April 2016" (001)
        assertTrue(rows.contains("Russia | first-nagorno-karabakh-war | 1994-05 | " + A001), rows::toString);
        assertTrue(rows.contains("Russia | 2016-nagorno-karabakh-conflict | 2016-04 | " + A001), rows::toString);
        // "It was Moscow that brokered a ceasefire in the Nagorno-Karabakh conflict in May 1994, and put an
        // end to the Four-Day War in April 2016." (002)
        assertTrue(rows.contains("Russia | nagorno-karabakh-conflict | 1994-05 | " + A002), rows::toString);
        assertTrue(rows.contains("Russia | 2016-nagorno-karabakh-conflict | 2016-04 | " + A002), rows::toString);
    }

    @Test
    void casualtyFiguresBySource() throws Exception {
        Set<String> rows = QueryRows.of("casualties-by-source.rq", "event", "relation", "bound", "value", "article");
        // "At least 39 troops and civilians have been killed over the past two days" (001, 28 Sept 2020)
        assertTrue(rows.contains("second-nagorno-karabakh-war | killed | >= | 39 | " + A001), rows::toString);
        // "An ensuing war killed 30,000 and displaced hundreds of thousands before ending in a ceasefire in 1994." (001)
        assertTrue(rows.contains("first-nagorno-karabakh-war | killed | = | 30000 | " + A001), rows::toString);
        assertTrue(rows.contains("first-nagorno-karabakh-war | displaced | >= | 100000 | " + A001), rows::toString);
        // "… the Four-Day War in April 2016, a conflict that killed at least 110 people." (001)
        assertTrue(rows.contains("2016-nagorno-karabakh-conflict | killed | >= | 110 | " + A001), rows::toString);
        // "At least five people have been killed and more than 80 others injured, according to local
        // officials in Nagorno-Karabakh." (003)
        assertTrue(rows.contains("2023-azerbaijani-offensive | killed | >= | 5 | " + A003), rows::toString);
        assertTrue(rows.contains("2023-azerbaijani-offensive | injured | > | 80 | " + A003), rows::toString);
        Set<String> sources = QueryRows.of("casualties-by-source.rq", "value", "reportedByLabel");
        assertTrue(sources.stream().anyMatch(r -> r.startsWith("5 | ") && r.contains("local officials")), sources::toString);
    }

    @Test
    void whoSaidWhatAboutRussia() throws Exception {
        Set<String> rows = QueryRows.of("said-about-russia.rq", "speakerLabel", "article");
        // "First of all, Russia must take steps …," Pashinyan … said (003)
        assertTrue(rows.contains("Nikol Pashinyan | " + A003), rows::toString);
        // "With such steps, Yerevan creates favorable conditions … towards Russia," Zakharova said (003)
        assertTrue(rows.contains("Maria Zakharova | " + A003), rows::toString);
        // "Russia and Azerbaijan appear to have closer relations now …," Grigoryan told The Moscow Times (003)
        assertTrue(rows.contains("Tigran Grigoryan | " + A003), rows::toString);
        // "Russia has always honored and will continue to honor its commitments." (004, Putin)
        assertTrue(rows.contains("Vladimir Putin | " + A004), rows::toString);
    }

    @Test
    void negatedClaims() throws Exception {
        Set<String> rows = QueryRows.of("negated-claims.rq", "relation", "subjectLabel", "objectLabel", "article");
        assertTrue(rows.contains("memberOf | Azerbaijan | Collective Security Treaty Organization | " + A001), rows::toString);
        assertTrue(rows.contains("memberOf | Azerbaijan | Eurasian Economic Union | " + A001), rows::toString);
        assertTrue(rows.contains("memberOf | Azerbaijan | Collective Security Treaty Organization | " + A004), rows::toString);
        assertTrue(rows.contains("supports | Russia | Azerbaijan | " + A004), rows::toString);
        assertTrue(rows.stream().noneMatch(r -> r.startsWith("memberOf | Armenia")), "Armenia's membership is never denied: " + rows);
    }
}

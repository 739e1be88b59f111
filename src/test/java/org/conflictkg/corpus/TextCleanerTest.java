package org.conflictkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Each kind of noise, on snippets of real articles (src/test/files/corpus/cleaning), cleaned to text checked by hand. */
class TextCleanerTest {

    private static final Path FIXTURES = Path.of("src/test/files/corpus/cleaning");

    private static String original(String fixture) throws IOException {
        return Files.readString(FIXTURES.resolve(fixture), StandardCharsets.UTF_8);
    }

    private static String clean(String original, SourceFormat format, Optional<String> title) {
        CleanedText cleaned = TextCleaner.forFormat(format, CleaningRules.defaults()).clean(original, 0, title);
        OffsetAssertions.assertMapsBack(original, cleaned.text(), cleaned.offsets(), format);
        return cleaned.text();
    }

    private static String clean(String fixture, SourceFormat format) throws IOException {
        return clean(original(fixture), format, Optional.empty());
    }

    @Test
    void linkLineInsideASentenceIsRemovedAndTheSentenceRejoined() throws IOException {
        assertEquals("Armenia and Azerbaijan have clashed over Nagorno-Karabakh since 1988, when the mountainous region "
                        + "of fewer than 150,000 people declared independence from Azerbaijan.",
                clean("url-splice-lower-case.txt", SourceFormat.TEXT));
    }

    @Test
    void sentenceCutByALinkLineRejoinsEvenBeforeACapitalisedName() throws IOException {
        assertEquals("If Azerbaijan’s leadership itself chooses to turn its back on Russia and pursue a path of "
                        + "Euro-Atlantic solidarity, then Moscow’s position will of course become far less cautious and "
                        + "nuanced. But until that happens, Russia will strive to perform a balancing act between Yerevan and Baku."
                        + "\n\nIt was Moscow that brokered a ceasefire in the Nagorno-Karabakh conflict in May 1994, and put an "
                        + "end to the Four-Day War in April 2016.",
                clean("url-splice-capitalised.txt", SourceFormat.TEXT));
    }

    @Test
    void linkLinesBetweenFinishedParagraphsVanishWithoutJoiningThem() throws IOException {
        assertEquals("The ex-Soviet Caucasus rivals have been locked in a decades-long dispute over Karabakh with "
                        + "large-scale hostilities breaking out in the 1990s and in 2020."
                        + "\n\nAzerbaijan justified the mission, citing \"systematic\" shelling by Armenian-backed forces and "
                        + "accusing them of carrying out \"reconnaissance activities\" and fortifying defensive positions.",
                clean("url-lines-between-paragraphs.txt", SourceFormat.TEXT));
    }

    @Test
    void lineEndHyphensAreKeptInCompoundsAndDroppedInBrokenWords() throws IOException {
        assertEquals("Reports say that Turkey has deployed Syrian mercenaries and drones in support of its "
                        + "Turkic-speaking ally Azerbaijan in the latest bout of fighting." // whole word after: kept
                        + "\n\nMoscow will continue to combine several seemingly irreconcilable things: a union with Armenia, "
                        + "a partnership with Azerbaijan, and mediation in the long-running Armenian-Azerbaijani conflict." // capital: kept
                        + "\n\nThe neighboring countries do not have diplomatic relations, and since 1993, Turkey has kept its " // "ing": dropped
                        + "border with Armenia closed. Russia could lose its status as an unbiased broker if the escalation goes on."
                        + "\n\nIt called on the 2,000 Russian peacekeepers who have been stationed in the region since " // written solid later
                        + "November 2020 to act. The peacekeepers stayed.",
                clean("hyphenation.txt", SourceFormat.TEXT));
    }

    @Test
    void aHeadingBeforeARemovedCaptionIsNotJoinedToTheText() throws IOException {
        assertEquals("Russia's Security Guarantees for Armenia Don't Extend to Karabakh, Putin Says"
                        + "\n\nRussia's commitments to Armenia as part of a Moscow-led regional security bloc do not include "
                        + "the disputed Nagorno-Karabakh region.",
                clean("title-caption-body.txt", SourceFormat.TEXT));
    }

    @Test
    void photoCaptionsWithTheirCreditsAreRemoved() throws IOException {
        assertEquals("At least 39 troops and civilians have been killed over the past two days in the worst clashes "
                        + "between foes Armenia and Azerbaijan since 2016."
                        + "\n\nRussia's commitments to Armenia as part of a Moscow-led regional security bloc do not include "
                        + "the disputed Nagorno-Karabakh region.",
                clean("captions.txt", SourceFormat.TEXT));
    }

    @Test
    void relatedArticleLinesAreRemovedWithTheirWrappedTitles() throws IOException {
        assertEquals("“Russia and Azerbaijan appear to have closer relations now than Armenia and Russia,” Grigoryan "
                        + "told The Moscow Times."
                        + "\n\nArmenian Prime Minister Nikol Pashinyan on Tuesday urged Russia and the United Nations to take "
                        + "action following the escalation."
                        + "\n\nThis state of affairs doesn’t suit either Baku or Yerevan entirely, of course.",
                clean("related-articles.txt", SourceFormat.TEXT));
    }

    @Test
    void publisherBoilerplateAndTheTrailerAfterAnAppealAreRemoved() throws IOException {
        assertEquals("Nagorno-Karabakh would go from being a unique place where Russia and the West cooperate to yet "
                        + "another theater for their rivalry.",
                clean("publisher-boilerplate.txt", SourceFormat.TEXT));
    }

    @Test
    void markdownKeepsHeadingsAndLinkTextAndDropsMarkupDatelineCaptionAndTrailer() throws IOException {
        assertEquals("What Is Russia's Role in the Armenia-Azerbaijan Conflict?"
                        + "\n\nFighting between the ex-Soviet republics over a decades-long territorial dispute threatens to "
                        + "embroil regional players Russia and Turkey."
                        + "\n\n— Why are they fighting?"
                        + "\n\nArmenia and Azerbaijan have clashed over Nagorno-Karabakh since 1988, when the mountainous "
                        + "region of fewer than 150,000 people declared independence from Azerbaijan."
                        + "\n\n— Which side is Russia backing?"
                        + "\n\nRussia, a major powerbroker in the region, has adopted a cautious stance toward the recent flare-ups.",
                clean("markdown.md", SourceFormat.MARKDOWN));
    }

    @Test
    void markdownUnderlinedHeadingsQuotesListsAndEscapes() throws IOException {
        assertEquals("Can Russia Mediate New Clashes Between Armenia and Azerbaijan?"
                        + "\n\nIt’s in neither Armenia nor Azerbaijan’s interests for Russia to pick a side in their conflict."
                        + "\n\nWhy is Moscow cautious?"
                        + "\n\nMoscow doesn’t follow any preset standards or ideological tenets; it simply reacts to the dynamic "
                        + "of the conflict on the ground."
                        + "\n\nSecondly, for Russia, even in multilateral structures, bilateral relations are particularly valued."
                        + "\n\nBaku does not accompany its actions with anti-Russian rhetoric."
                        + "\n\nRussia’s role in this so-called frozen conflict is viewed positively by both the United States and the EU.",
                clean("markdown-structure.md", SourceFormat.MARKDOWN));
    }

    @Test
    void htmlKeepsArticleBlocksAndDropsPageFurniture() throws IOException {
        assertEquals("As Nagorno-Karabakh Fighting Flares, Moscow’s Role as Security Guarantor Questioned"
                        + "\n\nThe outbreak of fresh hostilities between South Caucasus foes Azerbaijan and Armenia over the "
                        + "disputed territory of Nagorno-Karabakh marks the latest example of Moscow’s diminished sway in "
                        + "the region, experts have said."
                        + "\n\n“Russia and Azerbaijan appear to have closer relations now than Armenia and Russia,” Grigoryan "
                        + "told The Moscow Times. “Relations between Yerevan and Moscow have been deteriorating for a while now.”",
                clean("article.html", SourceFormat.HTML));
    }

    @Test
    void htmlOffsetsPointIntoTheSourceAndDecodedReferencesToTheirAmpersand() throws IOException {
        String html = original("article.html");
        CleanedText cleaned = TextCleaner.forFormat(SourceFormat.HTML, CleaningRules.defaults()).clean(html, 0, Optional.empty());
        String text = cleaned.text();

        int outbreak = text.indexOf("The outbreak of fresh hostilities");
        assertEquals(html.indexOf("The outbreak of fresh hostilities"), cleaned.offsets().toOriginal(outbreak));
        int apostrophe = text.indexOf("Moscow’s diminished") + "Moscow".length();
        assertTrue(html.startsWith("&rsquo;s\ndiminished", cleaned.offsets().toOriginal(apostrophe)));
        int grigoryan = text.indexOf("Grigoryan");
        assertEquals(html.indexOf("Grigoryan</em>"), cleaned.offsets().toOriginal(grigoryan));
    }

    @Test
    void knownTitleOpeningAParagraphBecomesAParagraphOfItsOwn() throws IOException {
        String original = original("title-and-standfirst.txt");
        String standfirst = "It’s in neither Armenia nor Azerbaijan’s interests for Russia to pick a side in their "
                + "conflict. The armed clashes between Azerbaijan and Armenia this month are the biggest since their "
                + "Four-Day War back in April 2016. This time, the confrontation is not along the contact line in the "
                + "disputed Nagorno-Karabakh region, but along the two countries’ shared border. In other words, it’s "
                + "not a separatist or irredentist issue this time around, but a border conflict with a";
        String title = "Can Russia Mediate New Clashes Between Armenia and Azerbaijan?";

        assertEquals(title + "\n\n" + standfirst, clean(original, SourceFormat.TEXT, Optional.of(title)));
        assertEquals(title + " " + standfirst, clean(original, SourceFormat.TEXT, Optional.empty()));
        assertEquals(title + " " + standfirst, clean(original, SourceFormat.TEXT, Optional.of("Can Russia Mediate")),
                "a known title that the text continues on the same line, without closing punctuation, is not split off");
    }

    @Test
    void windowsLineEndingsCleanLikeUnixOnes() throws IOException {
        String unix = original("url-splice-capitalised.txt");
        assertEquals(clean(unix, SourceFormat.TEXT, Optional.empty()),
                clean(unix.replace("\n", "\r\n"), SourceFormat.TEXT, Optional.empty()));
    }

    @Test
    void frontMatterBeforeTheBodyIsSkippedAndOffsetsStillCountFromTheFileStart() {
        String original = "---\ntitle: X\n---\nRussia brokered the initial ceasefire in May 1994.\n";
        int bodyStart = original.indexOf("Russia");
        CleanedText cleaned = TextCleaner.forFormat(SourceFormat.TEXT, CleaningRules.defaults()).clean(original, bodyStart, Optional.empty());
        assertEquals("Russia brokered the initial ceasefire in May 1994.", cleaned.text());
        assertEquals(bodyStart, cleaned.offsets().toOriginal(0));
        OffsetAssertions.assertMapsBack(original, cleaned.text(), cleaned.offsets(), SourceFormat.TEXT);
    }

    @Test
    void wireDatelinesAreCutFromTheFirstParagraphsOnly() {
        // the datelines of the forms wire services and regional outlets print; the text after each is the story
        String original = "Russia sends peacekeepers\n\n"
                + "QAMISHLI, Syria (North Press) – Russia deployed peacekeepers on Tuesday.\n\n"
                + "MOSCOW, November 10. /TASS/. The Kremlin said so.\n\n"
                + "Moscow, 10 November (Interfax) – Putin spoke.\n\n"
                + "YEREVAN, Armenia (AP) — Protesters gathered.\n\n"
                + "(CNN) — The ceasefire held.\n\n"
                + "NATO – an alliance Armenia is not part of – said nothing.";
        assertEquals("Russia sends peacekeepers\n\nRussia deployed peacekeepers on Tuesday.\n\nThe Kremlin said so.\n\n"
                        + "Moscow, 10 November (Interfax) – Putin spoke.\n\nYEREVAN, Armenia (AP) — Protesters gathered.\n\n"
                        + "(CNN) — The ceasefire held.\n\nNATO – an alliance Armenia is not part of – said nothing.",
                clean(original, SourceFormat.TEXT, Optional.of("Russia sends peacekeepers")));
        for (String dateline : new String[] {"MOSCOW (Reuters) - ", "BAKU, Sept 28 (Reuters) - ", "NEW DELHI: ", "Baku / 16.10.20 / Turan: ",
                "Moscow, 10 November (Interfax) – ", "YEREVAN, Armenia (AP) — ", "(CNN) — "}) {
            assertEquals("Fighting resumed.", clean(dateline + "Fighting resumed.", SourceFormat.TEXT, Optional.empty()), dateline);
        }
    }

    @Test
    void aDatelineOnTheLineAfterTheHeadlineStartsTheStory() {
        String original = "Russia says terms of peacekeepers' presence to be agreed with Baku\n"
                + "MOSCOW (AA) – Russia will decide on the terms together with Baku, its spokeswoman said.\n"
                + "The timing will be set jointly.";
        assertEquals("Russia says terms of peacekeepers' presence to be agreed with Baku\n\n"
                        + "Russia will decide on the terms together with Baku, its spokeswoman said. The timing will be set jointly.",
                clean(original, SourceFormat.TEXT, Optional.empty()));
    }
}

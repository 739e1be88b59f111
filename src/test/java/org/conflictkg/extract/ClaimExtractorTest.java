package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conflictkg.corpus.Article;
import org.conflictkg.corpus.ArticleMetadata;
import org.conflictkg.corpus.OffsetMap;
import org.conflictkg.corpus.PartialDate;
import org.conflictkg.corpus.SourceFormat;
import org.conflictkg.testing.SharedNlp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extraction rules on sentences written for these tests (none is taken from the corpus): each
 * case names the linguistic shape it exercises and the claims a careful reader would record, as
 * {@code relation subject object polarity [time]} with registry keys.
 */
class ClaimExtractorTest {

    private static ClaimExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ClaimExtractor(SharedNlp.registry());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // active and passive voice
                Arguments.of("active voice", "Iran openly supports Armenia in the dispute.",
                        List.of("supports iran armenia +"), List.of()),
                Arguments.of("passive voice with agent", "Baku has long been backed by Ankara.",
                        List.of("supports turkey azerbaijan +"), List.of()),
                // coordination on both sides
                Arguments.of("coordinated subjects", "France and the United States have mediated talks between the two sides.",
                        List.of("mediates france nagorno-karabakh-conflict +", "mediates usa nagorno-karabakh-conflict +"), List.of()),
                Arguments.of("coordinated objects", "Moscow sold weapons to both Yerevan and Baku.",
                        List.of("suppliesArmsTo russia armenia +", "suppliesArmsTo russia azerbaijan +"), List.of()),
                Arguments.of("main verb stranded after a relative clause", "Russia, which backs Armenia, put the blame on Azerbaijan.",
                        List.of("supports russia armenia +", "accused russia azerbaijan +"), List.of()),
                Arguments.of("frontier for border", "Ankara has kept its frontier with Yerevan shut since 1993.",
                        List.of("closedBorderWith turkey armenia + 1993/.."), List.of()),
                Arguments.of("double object read as a compound", "Israel has sold Azerbaijan drones and missiles.",
                        List.of("suppliesArmsTo israel azerbaijan +"), List.of()),
                // negation and its scope
                Arguments.of("negated membership", "Georgia is not a member of the Collective Security Treaty Organization.",
                        List.of("memberOf georgia csto -"), List.of("memberOf georgia csto +")),
                Arguments.of("elliptic negation", "Kazakhstan is a member of the CSTO, while Georgia is not.",
                        List.of("memberOf kazakhstan csto +", "memberOf georgia csto -"), List.of("memberOf georgia csto +")),
                Arguments.of("never", "Russia has never sold weapons to Georgia.",
                        List.of("suppliesArmsTo russia georgia -"), List.of("suppliesArmsTo russia georgia +")),
                Arguments.of("negating verb", "Ankara refused to back Yerevan.",
                        List.of("supports turkey armenia -"), List.of("supports turkey armenia +")),
                Arguments.of("denied truth", "It is not true that Moscow sold weapons to Tbilisi.",
                        List.of("suppliesArmsTo russia georgia -"), List.of("suppliesArmsTo russia georgia +")),
                Arguments.of("a dating clause is not in a negating verb's scope", "The two armies stopped firing after Moscow brokered a truce in April 2016.",
                        List.of("brokeredCeasefire russia 2016-nagorno-karabakh-conflict +"), List.of("brokeredCeasefire russia 2016-nagorno-karabakh-conflict -")),
                // requests state no fact
                Arguments.of("a request is not a deed", "The UN urged Baku to end the offensive.",
                        List.of(), List.of("brokeredCeasefire azerbaijan")),
                // metonymy
                Arguments.of("capital as government", "The Kremlin accused Tbilisi of provocations.",
                        List.of("accused russia georgia +"), List.of()),
                // dated facts
                Arguments.of("since: open interval", "Ankara has kept its border with Yerevan closed since 1993.",
                        List.of("closedBorderWith turkey armenia + 1993/.."), List.of()),
                Arguments.of("month and year", "Moscow brokered a truce in the Four-Day War in April 2016.",
                        List.of("brokeredCeasefire russia 2016-nagorno-karabakh-conflict + 2016-04"), List.of()),
                Arguments.of("last week: the week's Monday to Sunday", "Baku launched an offensive against Stepanakert last week.",
                        List.of("attacked azerbaijan stepanakert + 2022-09-12/2022-09-18"), List.of()),
                Arguments.of("weekday against the publication day", "Azerbaijan shelled Stepanakert on Monday.",
                        List.of("attacked azerbaijan stepanakert + 2022-09-19"), List.of()),
                // casualties
                Arguments.of("at least N killed", "At least 49 Armenian soldiers were killed in the September 2022 clashes.",
                        List.of("killed september-2022-clashes >=49 +"), List.of()),
                Arguments.of("more than N injured", "More than 200 people were injured in the 2016 war.",
                        List.of("injured 2016-nagorno-karabakh-conflict >200 +"), List.of()),
                Arguments.of("vague number", "The First Nagorno-Karabakh War displaced tens of thousands of people.",
                        List.of("displaced first-nagorno-karabakh-war >=10000 +"), List.of()),
                Arguments.of("number as subject, elliptic second verb", "Officials said 40 were killed and 75 wounded in the Four-Day War.",
                        List.of("killed 2016-nagorno-karabakh-conflict =40 +", "injured 2016-nagorno-karabakh-conflict =75 +"), List.of()),
                Arguments.of("figure restated after 'or'", "The First Nagorno-Karabakh War displaced half of the villagers, or about 3,000 people.",
                        List.of("displaced first-nagorno-karabakh-war ~3000 +"), List.of()),
                Arguments.of("left their homes", "Thousands of residents left their homes during the September 2022 clashes.",
                        List.of("displaced september-2022-clashes >=1000 +"), List.of()),
                Arguments.of("deaths of N", "The Four-Day War led to the deaths of 50 soldiers.",
                        List.of("killed 2016-nagorno-karabakh-conflict =50 +"), List.of()),
                Arguments.of("death toll of N", "The Four-Day War had a death toll of 200.",
                        List.of("killed 2016-nagorno-karabakh-conflict =200 +"), List.of()),
                Arguments.of("undated figure takes the previous sentence's time", "Azerbaijan shelled Stepanakert in April 2016. More than 90 soldiers were killed.",
                        List.of("killed 2016-nagorno-karabakh-conflict >90 +"), List.of("killed september-2022-clashes")),
                // questions assert nothing
                Arguments.of("question", "Will Russia back Armenia?", List.of(), List.of("supports russia armenia")),
                Arguments.of("parties agreeing to a truce", "Georgia and Russia signed a truce in August 2008.",
                        List.of("inConflictWith georgia russia +"), List.of()),
                Arguments.of("call for a return to the ceasefire", "The EU urged a return to the truce in the Four-Day War.",
                        List.of("calledForCeasefire european-union 2016-nagorno-karabakh-conflict +"), List.of()),
                Arguments.of("capture", "Azerbaijani forces captured Shusha in November 2020.",
                        List.of("attacked azerbaijan shusha + 2020-11"), List.of()),
                Arguments.of("taking control", "Nagorno-Karabakh was quiet until Azerbaijan seized control of the region in 2023.",
                        List.of("attacked azerbaijan nagorno-karabakh +"), List.of()),
                // ceasefires in noun phrases
                Arguments.of("reduced relative with a by-agent", "A truce negotiated by Moscow ended the Four-Day War.",
                        List.of("brokeredCeasefire russia 2016-nagorno-karabakh-conflict +"), List.of()),
                Arguments.of("relative clause whose gap is the object", "Clashes broke out again despite the truce that Moscow brokered in April 2016.",
                        List.of("brokeredCeasefire russia 2016-nagorno-karabakh-conflict +"), List.of()),
                Arguments.of("participle as adjective", "The First Nagorno-Karabakh War ended with a Russian-mediated truce.",
                        List.of("brokeredCeasefire russia first-nagorno-karabakh-war +"), List.of()),
                Arguments.of("a force's command stands for its state", "The war stopped under a truce mediated by the command of the Russian contingent.",
                        List.of("brokeredCeasefire russia"), List.of()),
                // groups of actors
                Arguments.of("counted collective noun refers back to a list", "Russia, Turkey and Iran met in Tehran. The three states have mediated between the two sides.",
                        List.of("mediates russia", "mediates turkey", "mediates iran"), List.of()),
                Arguments.of("collective noun with a dash list", "The co-chairs of the Minsk Group - France, Russia and the United States - urged a ceasefire.",
                        List.of("calledForCeasefire france", "calledForCeasefire russia", "calledForCeasefire usa"), List.of()),
                Arguments.of("co-agent after the object", "Turkey mediated the dispute alongside Russia.",
                        List.of("mediates turkey nagorno-karabakh-conflict +", "mediates russia nagorno-karabakh-conflict +"), List.of()),
                Arguments.of("subject relative clause", "Kazakhstan, which briefly mediated the conflict in 1991, is now neutral.",
                        List.of("mediates kazakhstan nagorno-karabakh-conflict +"), List.of()),
                Arguments.of("chairs of a mediating body", "France and the United States co-chair a group which mediates the conflict.",
                        List.of("mediates france nagorno-karabakh-conflict +", "mediates usa nagorno-karabakh-conflict +"), List.of()),
                Arguments.of("one of the members, alongside a list", "Belarus is one of the six members of the CSTO, alongside Kazakhstan and Kyrgyzstan.",
                        List.of("memberOf belarus csto +", "memberOf kazakhstan csto +", "memberOf kyrgyzstan csto +"), List.of()),
                Arguments.of("remains one of the members", "Tajikistan remains one of the CSTO's members.",
                        List.of("memberOf tajikistan csto +"), List.of()),
                // forces abroad
                Arguments.of("plural troops lemmatised", "Russian troops were stationed in Armenia.",
                        List.of("militaryPresenceIn russia armenia +"), List.of()),
                Arguments.of("forces sent", "Hundreds of Turkish troops were sent to Azerbaijan in 2021.",
                        List.of("militaryPresenceIn turkey azerbaijan +"), List.of()),
                Arguments.of("reduced relative parsed as a clause", "Russian peacekeepers stationed along the Lachin corridor watched the convoy pass.",
                        List.of("militaryPresenceIn russia lachin-corridor +"), List.of()),
                Arguments.of("hosting parsed as a copula", "Belarus, which hosts a Russian military base, is a member of the CSTO.",
                        List.of("militaryPresenceIn russia belarus +", "memberOf belarus csto +"), List.of()),
                Arguments.of("a date names nothing", "When Azerbaijan launched its offensive against Stepanakert on Sept. 19, 2023, Moscow again stayed silent.",
                        List.of("attacked azerbaijan stepanakert +"), List.of("attacked azerbaijan russia")),
                // places referred back to
                Arguments.of("the territory is the region most talked about", "Nagorno-Karabakh has its own army, and Karabakh officials run it. Its people depend on supplies through Lachin. The territory declared independence from Azerbaijan in 1991.",
                        List.of("declaredIndependenceFrom nagorno-karabakh azerbaijan +"), List.of("declaredIndependenceFrom lachin-district")),
                Arguments.of("definite forces noun refers back to named forces", "Turkish troops were deployed to Azerbaijan in 2021. Yerevan accused the troops of provocations.",
                        List.of("accused armenia turkey +"), List.of()),
                // events referred back to
                Arguments.of("demonstrative event", "The Four-Day War broke out in April 2016. That war killed at least 200 soldiers.",
                        List.of("killed 2016-nagorno-karabakh-conflict >=200 +"), List.of()),
                // quotations
                Arguments.of("quote after, verb after", "\"We will not abandon our allies,\" Lavrov told reporters.",
                        List.of("quote sergei-lavrov We will not abandon our allies +"), List.of()),
                Arguments.of("pronoun speaker after an indirect report", "\"We will not abandon our allies,\" Lavrov told reporters. Kremlin spokesman Dmitry Peskov said the talks would go on. \"The door remains open,\" he added.",
                        List.of("quote dmitry-peskov The door remains open +"), List.of("quote sergei-lavrov The door")),
                Arguments.of("a quotation paragraph continues the last speaker", "\"We will not abandon our allies,\" Lavrov told reporters.\n\n\"Talks will go on.\"",
                        List.of("quote sergei-lavrov Talks will go on"), List.of()),
                Arguments.of("a quotation the paragraph goes on to describe is not continued", "\"We will not abandon our allies,\" Lavrov told reporters.\n\n\"Talks will go on.\" The words, painted on a wall in Yerevan, became a slogan.",
                        List.of(), List.of("quote sergei-lavrov Talks")),
                Arguments.of("scare quotes are not quotes", "Baku called it an \"anti-terrorist operation\" on Tuesday.",
                        List.of(), List.of("quote")),
                Arguments.of("borrowed short phrases are not quotes", "Moscow expressed \"deep concern\" and vowed to \"punish those responsible\" for the strike.",
                        List.of(), List.of("quote")),
                Arguments.of("a short whole sentence after a colon is a quote", "Asked about the convoys, Peskov said: \"Yes, it is true.\"",
                        List.of("quote dmitry-peskov Yes, it is true. +"), List.of()),
                Arguments.of("an agency quoting someone", "\"Our peacekeepers will stay in the region,\" TASS quoted Sergei Lavrov as saying.",
                        List.of("quote sergei-lavrov Our peacekeepers will stay in the region +"), List.of("quote tass")),
                Arguments.of("a bare title refers back to the person named with it", "Russian President Vladimir Putin spoke to reporters. \"The truce will hold,\" the President added.",
                        List.of("quote vladimir-putin The truce will hold +"), List.of()),
                Arguments.of("a relative pronoun stands for the noun it modifies", "Iran, which is an ally of Armenia, stayed out of the fighting.",
                        List.of("supports iran armenia +"), List.of()),
                // nominal and reduced shapes of real wire copy
                Arguments.of("subject that is no one", "Nobody has recognised Nagorno-Karabakh as part of Armenia.",
                        List.of("recognizedAsPartOf nagorno-karabakh armenia -"), List.of("recognizedAsPartOf nagorno-karabakh armenia +")),
                Arguments.of("recognised as part of, reduced relative", "Nagorno-Karabakh is a mountainous enclave internationally recognised as part of Azerbaijan.",
                        List.of("recognizedAsPartOf nagorno-karabakh azerbaijan +"), List.of()),
                Arguments.of("officially part of, apposition", "The war left Nakhchivan, officially part of Azerbaijan, cut off from Baku.",
                        List.of("recognizedAsPartOf nakhchivan azerbaijan +"), List.of()),
                Arguments.of("escalation between", "A military escalation between Georgia and Russia followed in August 2008.",
                        List.of("inConflictWith georgia russia +"), List.of()),
                Arguments.of("a ceasefire between two parties", "A ceasefire between Georgia and Russia took effect in August 2008.",
                        List.of("inConflictWith georgia russia +"), List.of()),
                Arguments.of("X-backed", "The Armenia-backed Republic of Artsakh held elections.",
                        List.of("supports armenia republic-of-artsakh +"), List.of()),
                Arguments.of("expressed support for", "Erdogan expressed full support for Baku.",
                        List.of("supports recep-tayyip-erdogan azerbaijan +"), List.of()),
                Arguments.of("possessed offensive into", "Azerbaijan's offensive into Nagorno-Karabakh lasted a day.",
                        List.of("attacked azerbaijan nagorno-karabakh +"), List.of()),
                Arguments.of("feared killed", "Dozens of soldiers are feared killed in the September 2022 clashes.",
                        List.of("killed september-2022-clashes >=12 +"), List.of()),
                Arguments.of("death toll as a copula", "The death toll in the Four-Day War was 200.",
                        List.of("killed 2016-nagorno-karabakh-conflict =200 +"), List.of()),
                Arguments.of("refugees arriving", "More than 5,000 refugees arrived in Armenia during the September 2022 clashes.",
                        List.of("displaced september-2022-clashes >5000 +"), List.of()),
                Arguments.of("an organisation that includes its members", "The CSTO, which also includes Tajikistan and Belarus, met in Yerevan.",
                        List.of("memberOf tajikistan csto +", "memberOf belarus csto +"), List.of()),
                Arguments.of("arms sales as a noun", "Russian arms sales to Azerbaijan angered Yerevan.",
                        List.of("suppliesArmsTo russia azerbaijan +"), List.of()),
                Arguments.of("halting a sale brokers nothing", "Moscow halted its sale of tanks to Baku.",
                        List.of(), List.of("brokeredCeasefire")),
                Arguments.of("called on the parties to cease fire", "Lavrov called on the parties to cease fire.",
                        List.of("calledForCeasefire sergei-lavrov"), List.of()),
                Arguments.of("leaders of a mediating body mediate", "Baku criticised the Minsk Group, led by Russia, France and the United States.",
                        List.of("mediates russia nagorno-karabakh-conflict +"), List.of()),
                Arguments.of("chairing a mediating body", "Russia, France and the United States co-chair the OSCE Minsk Group.",
                        List.of("mediates russia", "mediates france", "mediates usa"), List.of()),
                Arguments.of("the signatory that is not a side brokered the truce", "Armenia, Azerbaijan and Russia signed a deal to end the September 2022 clashes.",
                        List.of("brokeredCeasefire russia", "inConflictWith armenia azerbaijan +"),
                        List.of("brokeredCeasefire armenia", "brokeredCeasefire azerbaijan", "inConflictWith armenia russia", "inConflictWith azerbaijan russia")),
                Arguments.of("a leader serving a side is a side", "Vladimir Putin, Ilham Aliyev and Nikol Pashinyan signed a ceasefire statement.",
                        List.of("brokeredCeasefire vladimir-putin"), List.of("brokeredCeasefire ilham-aliyev", "brokeredCeasefire nikol-pashinyan")),
                Arguments.of("signing any other agreement brokers nothing", "Russia and Armenia signed an agreement on gas prices.",
                        List.of(), List.of("brokeredCeasefire")),
                Arguments.of("the mediation named on the signing", "Armenia and Azerbaijan, with the mediation of Russia, signed a truce in May 1994.",
                        List.of("brokeredCeasefire russia first-nagorno-karabakh-war +"), List.of()),
                Arguments.of("a war that claimed lives", "The Four-Day War, which claimed some 200 lives, ended in April 2016.",
                        List.of("killed 2016-nagorno-karabakh-conflict ~200 +"), List.of()),
                Arguments.of("a counted people leaving for another country", "Around 5,000 ethnic Armenians left for Armenia during the September 2022 clashes.",
                        List.of("displaced september-2022-clashes ~5000 +"), List.of()),
                Arguments.of("a place's civilians as the target", "Azerbaijani forces attacked Armenia's civilians.",
                        List.of("attacked azerbaijan armenia +"), List.of()),
                Arguments.of("declared read as an adjective after a reduced relative", "In 1991, Nagorno-Karabakh, inhabited mainly by Armenians, declared independence from Azerbaijan.",
                        List.of("declaredIndependenceFrom nagorno-karabakh azerbaijan +"), List.of()),
                Arguments.of("a document citing someone as telling", "A ministry statement cited Sergei Lavrov as saying that \"the corridor must open soon.\"",
                        List.of("quote sergei-lavrov the corridor must open soon"), List.of()),
                Arguments.of("a participle reports for its clause's subject", "Lavrov lashed out at Armenia, alleging that Yerevan broke the deal. \"It is Yerevan that sabotages it,\" he said.",
                        List.of("quote sergei-lavrov It is Yerevan that sabotages it +"), List.of()),
                Arguments.of("a state's allies are not the state", "Pashinyan criticised Russia and other allies of Armenia for not defending it.",
                        List.of("accused nikol-pashinyan russia +"), List.of("accused nikol-pashinyan armenia")),
                Arguments.of("an unnamed war is the focus conflict's, not one elsewhere then", "In December 2020 officials said 2,700 soldiers were killed in the war.",
                        List.of(), List.of("killed war-in-donbas", "killed russo-ukrainian-war")),
                Arguments.of("readiness to negotiate is no brokering", "Tbilisi is ready to organise a meeting of the two sides to negotiate a peace deal.",
                        List.of(), List.of("brokeredCeasefire")),
                Arguments.of("readiness to mediate is an offer, which mediation counts", "Kazakhstan is ready to mediate between the two sides.",
                        List.of("mediates kazakhstan"), List.of()),
                Arguments.of("a chain of infinitives under a request", "Lavrov called on the EU to work with Russia to end the September 2022 clashes.",
                        List.of(), List.of("brokeredCeasefire")),
                Arguments.of("a truce sponsored by", "The Four-Day War ended with a ceasefire sponsored by Moscow.",
                        List.of("brokeredCeasefire russia 2016-nagorno-karabakh-conflict +"), List.of()),
                Arguments.of("a permanent military presence", "Russia has a permanent military presence in Armenia.",
                        List.of("militaryPresenceIn russia armenia +"), List.of()),
                Arguments.of("a place overseen by forces", "The Lachin corridor is overseen by Russian peacekeepers.",
                        List.of("militaryPresenceIn russia lachin-corridor +"), List.of()),
                Arguments.of("took over", "Azerbaijani forces took over Shusha in November 2020.",
                        List.of("attacked azerbaijan shusha +"), List.of()),
                Arguments.of("a frozen membership is still one", "Armenia has frozen its participation in the CSTO.",
                        List.of("memberOf armenia csto +"), List.of("memberOf armenia csto -")),
                Arguments.of("cited as saying after an apposition", "\"Moscow will keep its word,\" Interfax cited Sergei Lavrov, the Russian foreign minister, as saying.",
                        List.of("quote sergei-lavrov Moscow will keep its word +"), List.of("quote interfax")),
                Arguments.of("a nationality adjective after 'said' is not the speaker", "\"We are happy with them,\" said the Armenian owner of a shop near the base.",
                        List.of(), List.of("quote armenia")),
                Arguments.of("a pronoun speaker with no one quoted yet is the person named last", "When Vladimir Putin visited the base in 2013, he struck a confident tone. \"Russia is never going to leave here,\" he said.",
                        List.of("quote vladimir-putin Russia is never going to leave here +"), List.of()),
                // reciprocal objects
                Arguments.of("each other", "Armenia and Azerbaijan accused each other of shelling villages.",
                        List.of("accused armenia azerbaijan +", "accused azerbaijan armenia +"), List.of()),
                Arguments.of("each side ... the other", "Armenia and Azerbaijan fought again in 2022. Each side blamed the other for the flare-up.",
                        List.of("accused armenia azerbaijan +", "accused azerbaijan armenia +"), List.of()),
                Arguments.of("-ing participle after with", "Shelling resumed on Tuesday, with Armenia and Azerbaijan blaming each other.",
                        List.of("accused armenia azerbaijan +", "accused azerbaijan armenia +"), List.of()),
                // mediation
                Arguments.of("along with on the verb of a noun cue", "Along with France, the United States has acted as a mediator in the conflict.",
                        List.of("mediates usa nagorno-karabakh-conflict +", "mediates france nagorno-karabakh-conflict +"), List.of()),
                Arguments.of("X-mediated talks", "Washington-mediated talks between Armenia and Azerbaijan stalled.",
                        List.of("mediates usa nagorno-karabakh-conflict +"), List.of()),
                Arguments.of("talks mediated by X", "Negotiations mediated by the European Union resumed in Brussels.",
                        List.of("mediates european-union nagorno-karabakh-conflict +"), List.of()),
                // calls for a ceasefire
                Arguments.of("urged to a truce", "Kazakhstan urged the warring sides to an immediate truce.",
                        List.of("calledForCeasefire kazakhstan"), List.of()),
                Arguments.of("the need for a ceasefire", "Iran stressed the need for an immediate ceasefire between Armenia and Azerbaijan.",
                        List.of("calledForCeasefire iran"), List.of()),
                Arguments.of("urged to show restraint", "The UN chief urged Armenia and Azerbaijan to show restraint.",
                        List.of("calledForCeasefire un-secretary-general"), List.of()),
                Arguments.of("cease-fire spelled with a hyphen", "Russia brokered a cease-fire between Armenia and Azerbaijan.",
                        List.of("brokeredCeasefire russia"), List.of()),
                // membership named by a compound or an apposition
                Arguments.of("member state compound", "Kyrgyzstan is a CSTO member state.",
                        List.of("memberOf kyrgyzstan csto +"), List.of()),
                Arguments.of("member state of, in apposition", "Belarus, a member state of the CSTO, did not comment.",
                        List.of("memberOf belarus csto +"), List.of()),
                Arguments.of("an ally named by its alliance", "NATO ally Turkey sent F-16 jets to Azerbaijan.",
                        List.of("memberOf turkey nato +"), List.of()),
                Arguments.of("it after a preposition continues the last subject", "The CSTO is a Moscow-led bloc. Kazakhstan is part of it, while Georgia is not.",
                        List.of("memberOf kazakhstan csto +", "memberOf georgia csto -"), List.of()),
                Arguments.of("patron", "Armenia's patron Russia sent troops.",
                        List.of("supports russia armenia +"), List.of()),
                // speakers named by a definite description
                Arguments.of("the ministry added", "Russia's Foreign Ministry voiced concern on Monday about the blockade. “We call on the parties to return to the agreements,” the ministry added.",
                        List.of("quote mfa-russia We call on the parties"), List.of("quote unknown")),
                Arguments.of("the statement read: its issuer", "The CSTO issued a statement on Tuesday. “The alliance is watching the border closely,” the statement read.",
                        List.of("quote csto The alliance is watching"), List.of("quote unknown")),
                Arguments.of("the statement said: who said it in a statement", "Azerbaijan's Defence Ministry said in a statement that two soldiers had been wounded. \"Our positions came under fire overnight,\" the statement said.",
                        List.of("quote mod-azerbaijan Our positions came under fire"), List.of("quote unknown")),
                // arms bought, named by the seller
                Arguments.of("buys X-ian weapons", "Armenia buys Russian weapons at a discount.",
                        List.of("suppliesArmsTo russia armenia +"), List.of()),
                Arguments.of("spent on X-ian arms", "Azerbaijan spent $4 billion on Russian arms supplies.",
                        List.of("suppliesArmsTo russia azerbaijan +"), List.of()),
                Arguments.of("bought from", "Azerbaijan has bought drones from Israel.",
                        List.of("suppliesArmsTo israel azerbaijan +"), List.of()),
                Arguments.of("arms trade with", "Armenia and Azerbaijan fought in 2020. Russian arms trade with the two countries will change.",
                        List.of("suppliesArmsTo russia armenia +", "suppliesArmsTo russia azerbaijan +"), List.of()),
                // two demonyms in one hyphenated word
                Arguments.of("Armenian-Azerbaijani conflict", "The Armenian-Azerbaijani conflict flared again.",
                        List.of("inConflictWith azerbaijan armenia +"), List.of()),
                Arguments.of("ready to support is support", "Armenia and Azerbaijan fought in 2020. Iran said that it was ready to support Yerevan in talks.",
                        List.of("supports iran armenia +"), List.of()),
                Arguments.of("has X's support, possessive pronoun of the reporter", "Ankara has stated that Azerbaijan has its full support.",
                        List.of("supports turkey azerbaijan +"), List.of()),
                Arguments.of("killed hundreds", "Armenia and Azerbaijan fought in 2022. The escalation, which has killed hundreds of people, worries Moscow.",
                        List.of("killed september-2022-clashes >=100 +"), List.of()),
                Arguments.of("left N dead; a truce in the sentence is not the event", "Fighting in 2020 left over 6,500 dead and ended with a Russian-brokered truce.",
                        List.of("killed second-nagorno-karabakh-war >6500 +"), List.of("killed october-2020")),
                Arguments.of("recognised as the adjective of a state", "The region of Nagorno-Karabakh is internationally recognised as Azerbaijani.",
                        List.of("recognizedAsPartOf nagorno-karabakh azerbaijan +"), List.of()),
                Arguments.of("locked in a conflict with", "Baku was locked in a conflict with Yerevan over the region.",
                        List.of("inConflictWith azerbaijan armenia +"), List.of()),
                Arguments.of("the X-brokered ceasefire with no time of its own is the one in force", "Armenia and Azerbaijan clashed in recent months. Moscow warned against steps in violation of the Moscow-brokered ceasefire.",
                        List.of("brokeredCeasefire russia second-nagorno-karabakh-war +"), List.of("brokeredCeasefire russia september-2022-clashes")),
                Arguments.of("peacekeepers hit in a place", "Russian peacekeepers were killed in an attack in Nagorno-Karabakh on Wednesday.",
                        List.of("militaryPresenceIn russia nagorno-karabakh +"), List.of()),
                Arguments.of("stationed at a place's airport", "Armenia asked Russian border guards who have been stationed at Yerevan's international airport since 1992 to leave.",
                        List.of("militaryPresenceIn russia armenia + 1992/.."), List.of()),
                Arguments.of("the statement reads: whoever reported last", "The CSTO voiced concern about the border, the organisation said on its website on Tuesday. \"The sides must show restraint and return to talks,\" the statement reads.",
                        List.of("quote csto The sides must show restraint"), List.of("quote unknown")),
                Arguments.of("a state's armed forces act for it", "The Armenian Armed Forces launched an attack on positions of the Azerbaijani army near Tovuz.",
                        List.of("attacked armenia azerbaijan +"), List.of()),
                Arguments.of("exchanged accusations", "Armenia and Azerbaijan exchanged accusations that the other side had opened fire first.",
                        List.of("accused armenia azerbaijan +", "accused azerbaijan armenia +"), List.of()),
                Arguments.of("a side of the conflict does not mediate it", "Lavrov said after meeting with his Armenian counterpart Ararat Mirzoyan that Russia would use its influence over both sides to mediate the conflict.",
                        List.of("mediates russia"), List.of("mediates armenia", "mediates azerbaijan")),
                Arguments.of("recognised as part of, in a clause without a subject", "Although internationally recognized as part of Azerbaijan, the region of Nagorno-Karabakh had its own government.",
                        List.of("recognizedAsPartOf nagorno-karabakh azerbaijan +"), List.of()),
                Arguments.of("an agreement to end weeks of fighting, signed with an outsider", "Armenia, Azerbaijan and Russia signed an agreement to end six weeks of fierce fighting in Nagorno-Karabakh.",
                        List.of("brokeredCeasefire russia"), List.of("brokeredCeasefire armenia", "brokeredCeasefire azerbaijan")),
                Arguments.of("leading anything else is no mediation", "The offensive was led by Azerbaijan's army, backed by Turkish advisers.",
                        List.of(), List.of("mediates")),
                Arguments.of("a gerund after 'continue' has the verb's subject", "Yerevan continues buying weapons from Russia.",
                        List.of("suppliesArmsTo russia armenia +"), List.of()),
                Arguments.of("a gerund after 'stop' states no deed", "Georgia stopped buying weapons from Russia years ago.",
                        List.of(), List.of("suppliesArmsTo russia georgia +")),
                Arguments.of("weapons named by their maker", "Baku has been importing Russian-made howitzers since 2011.",
                        List.of("suppliesArmsTo russia azerbaijan + 2011/.."), List.of()),
                Arguments.of("deliveries of a seller's weapons", "Deliveries of Israeli weapons to Azerbaijan have grown.",
                        List.of("suppliesArmsTo israel azerbaijan +"), List.of()),
                Arguments.of("clashes a state reported with another", "Armenia reported fresh clashes with Azerbaijan overnight.",
                        List.of("inConflictWith armenia azerbaijan +"), List.of()),
                Arguments.of("fighting along the border of two named states", "Heavy fighting erupted along the Armenia-Azerbaijan border overnight.",
                        List.of("inConflictWith armenia azerbaijan +"), List.of()),
                Arguments.of("hostilities on the border between two states", "Late on Monday, hostilities broke out on the border between Armenia and Azerbaijan.",
                        List.of("inConflictWith armenia azerbaijan +"), List.of()),
                Arguments.of("a border without fighting is no conflict", "Trucks crossed the Armenia-Georgia border overnight.",
                        List.of(), List.of("inConflictWith")),
                Arguments.of("a war that pitted one state against another", "The war of the early 1990s pitted Armenia against Azerbaijan.",
                        List.of("inConflictWith armenia azerbaijan +"), List.of()),
                Arguments.of("told the sides to end the violence", "Putin told the two leaders to ensure an end to the violence.",
                        List.of("calledForCeasefire vladimir-putin"), List.of()),
                Arguments.of("Armenian separatists are the forces of the breakaway republic", "Azerbaijan and Armenian separatists in Karabakh fought for four days.",
                        List.of("inConflictWith azerbaijan republic-of-artsakh +"), List.of()),
                Arguments.of("forces shelling a state's positions", "Azerbaijani troops shelled Armenian positions near the town of Jermuk.",
                        List.of("attacked azerbaijan armenia +"), List.of()),
                Arguments.of("opening fire on a state's positions", "The Azerbaijani army opened fire on Armenian positions overnight.",
                        List.of("attacked azerbaijan armenia +"), List.of()),
                Arguments.of("forces crossing a border into a state", "Azerbaijani forces crossed the border into Armenia and seized several hills.",
                        List.of("attacked azerbaijan armenia +"), List.of()),
                Arguments.of("refugees crossing a border attack no one", "Thousands of Armenian refugees crossed into Armenia from Karabakh.",
                        List.of(), List.of("attacked")),
                Arguments.of("of two reporting verbs the one nearest the quotation speaks", "While Pashinyan described the deal as \"very painful\" in a long post, Aliyev celebrated, tweeting: \"This is a great day for our nation and for the whole region.\"",
                        List.of("quote ilham-aliyev This is a great day"), List.of("quote nikol-pashinyan This is a great day")),
                Arguments.of("a reporting verb inside what another reports", "The Kremlin said that Aliyev had called Putin to apologise, adding that \"all those responsible for the shooting will be punished\".",
                        List.of("quote russia all those responsible"), List.of("quote ilham-aliyev", "quote vladimir-putin")),
                Arguments.of("supporting a process backs no actor", "Iran and Turkey pledged their support for the Minsk Group peace process.",
                        List.of(), List.of("supports")),
                Arguments.of("two coordinated modifiers of forces", "Clashes broke out between Armenian-backed and Azerbaijani forces in the disputed region of Nagorno-Karabakh.",
                        List.of(), List.of("supports armenia azerbaijan", "militaryPresenceIn")),
                Arguments.of("relying on a state's backing", "Armenia has relied heavily on Russian military backing.",
                        List.of("supports russia armenia +"), List.of()),
                Arguments.of("with the support of a state", "Azerbaijan launched its offensive with the support of Turkey.",
                        List.of("supports turkey azerbaijan +"), List.of()),
                Arguments.of("a mission to be sent is no presence", "The CSTO said it would send a mission to Armenia.",
                        List.of(), List.of("militaryPresenceIn")),
                Arguments.of("killed or wounded counts neither", "Azerbaijan said that more than 100 Armenian soldiers had been killed or wounded.",
                        List.of(), List.of("killed", "injured")),
                Arguments.of("tensions high between two states", "Tensions remain high between Armenia and Azerbaijan.",
                        List.of("inConflictWith armenia azerbaijan +"), List.of()),
                Arguments.of("resumed fighting", "Armenia and Azerbaijan resumed active fighting on Sunday morning.",
                        List.of("inConflictWith armenia azerbaijan +"), List.of()),
                Arguments.of("engaged in a conflict", "Armenia and Azerbaijan are engaged in a bitter conflict over the region.",
                        List.of("inConflictWith armenia azerbaijan +"), List.of()),
                Arguments.of("a state's antagonists", "Armenia is squeezed between its two neighbouring antagonists, Turkey and Azerbaijan.",
                        List.of("inConflictWith armenia turkey +", "inConflictWith armenia azerbaijan +"), List.of("inConflictWith turkey azerbaijan")),
                Arguments.of("a region where an actor is needed stands for its de facto republic", "The conflict between Nagorno-Karabakh and Azerbaijan has lasted decades.",
                        List.of("inConflictWith republic-of-artsakh azerbaijan +"), List.of()),
                Arguments.of("co-chairs named after a dash", "The envoys weighed a plan drafted by the co-chairs of the Minsk Group – France, Russia and the United States.",
                        List.of("mediates russia", "mediates usa", "mediates france"), List.of()),
                Arguments.of("providing mediation", "For years France provided mediation to both governments.",
                        List.of("mediates france"), List.of()),
                Arguments.of("a quoted predicate of the article's own subject", "Turkey is \"prepared to serve as a mediator in these talks\", Erdogan said.",
                        List.of("mediates turkey"), List.of()),
                Arguments.of("legally part of", "Nagorno-Karabakh is legally part of Azerbaijan.",
                        List.of("recognizedAsPartOf nagorno-karabakh azerbaijan +"), List.of()),
                Arguments.of("territorial integrity including a region", "The United States supports Azerbaijan's sovereignty and territorial integrity, including Nagorno-Karabakh.",
                        List.of("recognizedAsPartOf nagorno-karabakh azerbaijan +"), List.of()),
                Arguments.of("criticism of a state", "Moscow rejected Pashinyan's fresh criticism of Russia.",
                        List.of("accused nikol-pashinyan russia +"), List.of()),
                Arguments.of("both sides blamed the other side", "Both Armenia and Azerbaijan blamed the other side for the flare-up.",
                        List.of("accused armenia azerbaijan +", "accused azerbaijan armenia +"), List.of()),
                Arguments.of("one side blamed the other side: no reciprocity", "Armenia blamed the other side for the flare-up.",
                        List.of(), List.of("accused azerbaijan armenia")),
                Arguments.of("authorities of both countries", "Armenia and Azerbaijan clashed again. Officials of both countries blamed the other side for starting the shooting.",
                        List.of("accused armenia azerbaijan +", "accused azerbaijan armenia +"), List.of()),
                Arguments.of("a title whose holder is named a few words on", "Armenia summoned the envoy, according to the spokesperson of the Armenian Foreign Ministry Anna Nagdalyan. \"We regard these sales as a hostile act,\" the spokesperson said.",
                        List.of("quote anna-nagdalyan We regard these sales"), List.of("quote unknown")),
                Arguments.of("a ministry named with its state before it", "The Armenian Ministry of Defense accused Azerbaijan of shelling border villages.",
                        List.of("accused mod-armenia azerbaijan +"), List.of("accused ministry-of-defense")),
                Arguments.of("the main supplier of weapons to states", "Russia has been the main supplier of weapons to Armenia and Azerbaijan.",
                        List.of("suppliesArmsTo russia armenia +", "suppliesArmsTo russia azerbaijan +"), List.of()),
                Arguments.of("a role in mediating", "The deal underlined Moscow's lead role in mediating in the conflict.",
                        List.of("mediates russia"), List.of()),
                Arguments.of("a truce signed with the help of an outsider", "The two sides reached a truce in November 2020 with the help of Vladimir Putin.",
                        List.of("brokeredCeasefire vladimir-putin second-nagorno-karabakh-war + 2020-11"), List.of("supports")),
                Arguments.of("a truce signed between the sides and an outsider", "In November 2020 a ceasefire agreement was signed between Armenia, Azerbaijan and Russia.",
                        List.of("brokeredCeasefire russia second-nagorno-karabakh-war"), List.of("brokeredCeasefire armenia", "brokeredCeasefire azerbaijan")),
                Arguments.of("support named on the object of a deed", "Baku made significant territorial advances with Turkey's support.",
                        List.of("supports turkey azerbaijan +"), List.of()),
                Arguments.of("demanding an end to something other than fighting is no call for a ceasefire", "Erdogan demanded Armenia to end its occupation of the region.",
                        List.of(), List.of("calledForCeasefire")),
                Arguments.of("urging a halt to military action is", "Blinken urged Aliyev to halt military action immediately.",
                        List.of("calledForCeasefire antony-blinken"), List.of()),
                Arguments.of("forces completing another noun, with their place", "The inactivity of Russian troops in Armenia angered Baku.",
                        List.of("militaryPresenceIn russia armenia +"), List.of()),
                Arguments.of("an organisation consisting of its members", "The CSTO consists of Russia, Tajikistan, Armenia, Belarus, Kyrgyzstan and Kazakhstan.",
                        List.of("memberOf armenia csto +", "memberOf tajikistan csto +"), List.of()),
                Arguments.of("blaming something on a state", "Aliyev blamed the current escalation on Armenia.",
                        List.of("accused ilham-aliyev armenia +"), List.of()),
                Arguments.of("the two sides' armies in a region are no presence", "Armenian and Azerbaijani forces in Nagorno-Karabakh exchanged fire.",
                        List.of(), List.of("militaryPresenceIn")),
                Arguments.of("fighters sent are not arms", "Turkey's transfer of Syrian fighters to Azerbaijan alarmed Moscow.",
                        List.of(), List.of("suppliesArmsTo")),
                Arguments.of("a phrasal reporting verb", "Pashinyan spoke to reporters in Yerevan. \"Our allies have not kept their word, and we will draw our own conclusions,\" he went on.",
                        List.of("quote nikol-pashinyan Our allies have not kept their word"), List.of()));
    }

    @ParameterizedTest(name = "undated: {0}")
    @MethodSource("undatedCases")
    void anUndatedArticleReportsTheFocusConflictWhenItNamesBothSides(String shape, String text, List<String> expected, List<String> forbidden) {
        assertClaims(shape, claims(text, Optional.empty()), expected, forbidden);
    }

    /** Every expected claim is among those found (by prefix), and no forbidden one is. */
    private static void assertClaims(String shape, List<String> got, List<String> expected, List<String> forbidden) {
        for (String e : expected) assertTrue(got.stream().anyMatch(g -> g.startsWith(e)), shape + ": expected " + e + " in " + got);
        for (String f : forbidden) assertFalse(got.stream().anyMatch(g -> g.startsWith(f)), shape + ": unexpected " + f + " in " + got);
    }

    @ParameterizedTest(name = "dated: {0}")
    @MethodSource("datedCases")
    void readsAgainstThePublicationDate(String shape, String published, String text, List<String> expected, List<String> forbidden) {
        assertClaims(shape, claims(text, Optional.of(PartialDate.parse(published))), expected, forbidden);
    }

    static Stream<Arguments> datedCases() {
        return Stream.of(
                Arguments.of("an offensive named with its attacker strikes the registry's target", "2023-09-21", "Baku's lightning offensive lasted barely a day.",
                        List.of("attacked azerbaijan nagorno-karabakh + 2023-09-19"), List.of()),
                Arguments.of("an operation launched by its attacker", "2023-09-21", "The brief operation launched by Azerbaijan on 19 September 2023 dissolved the republic.",
                        List.of("attacked azerbaijan nagorno-karabakh + 2023-09-19"), List.of()),
                Arguments.of("an offensive launched on a date", "2023-09-21", "Azerbaijan launched its offensive on 19 September.",
                        List.of("attacked azerbaijan nagorno-karabakh + 2023-09-19"), List.of()),
                Arguments.of("the other side's counter-offensive is not the registry's attack", "2023-09-21", "Armenia's counter-offensive failed.",
                        List.of(), List.of("attacked")),
                Arguments.of("an offensive with no war at the time has no target", "2021-06-01", "Azerbaijan's offensive was expected.",
                        List.of(), List.of("attacked")),
                Arguments.of("mediation in a year of no fighting is of the conflict", "2019-04-15", "Yerevan and Baku continue negotiations mediated by the Minsk Group.",
                        List.of("mediates osce-minsk-group nagorno-karabakh-conflict +"), List.of()));
    }

    static Stream<Arguments> undatedCases() {
        return Stream.of(
                Arguments.of("both sides named", "Lavrov urged Armenia and Azerbaijan to stop fighting.",
                        List.of("calledForCeasefire sergei-lavrov nagorno-karabakh-conflict +"), List.of()),
                Arguments.of("figure with both sides named", "Fighting between Armenia and Azerbaijan resumed. At least 40 soldiers were killed.",
                        List.of("killed nagorno-karabakh-conflict >=40 +"), List.of()),
                Arguments.of("one side only: no war can be told", "Lavrov urged Georgia to stop fighting. At least 40 soldiers were killed.",
                        List.of(), List.of("killed", "calledForCeasefire")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsWhatAReaderWould(String shape, String text, List<String> expected, List<String> forbidden) {
        assertClaims(shape, claims(text), expected, forbidden);
    }

    private static List<String> claims(String text) {
        return claims(text, Optional.of(PartialDate.parse("2022-09-20")));
    }

    private static List<String> claims(String text, Optional<PartialDate> published) {
        Article a = new Article("test", Path.of("test.txt"), SourceFormat.TEXT,
                new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), published, Optional.empty()),
                text, text, OffsetMap.identity(text.length()), Optional.empty());
        return extractor.extract(SharedNlp.nlp().annotate(a)).claims().stream()
                .map(c -> c.relation() + " " + c.subject().key() + " " + c.object().key() + " " + c.polarity().symbol()
                        + c.time().map(t -> " " + t).orElse(""))
                .collect(Collectors.toList());
    }
}

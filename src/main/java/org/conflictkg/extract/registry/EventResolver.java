package org.conflictkg.extract.registry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.corpus.PartialDate;

/**
 * Decides which registry event, if any, an event phrase of an article refers to.
 * <p>
 * In order:
 * <ol>
 * <li>A phrase containing an event's name or alias refers to it, whatever the article's date ("the
 *     Four-Day War" is the 2016 war), unless the event began after the article.</li>
 * <li>Otherwise the phrase needs a head noun of {@code event-words.tsv} ("war", "clashes",
 *     "flare-up"), which gives the event types it can mean, and a time:
 *     <ul>
 *     <li>an explicit time, passed in or written in the phrase ("in April 2016", "the 1990s"),
 *         picks the events of those types that overlap it;</li>
 *     <li>a word pointing at the present ("the latest flare-up", "this month's clashes") picks the
 *         events going on at the article's date or ended within 30 days before it (else within the
 *         year before it), those begun within that year before a crisis running longer.</li>
 *     </ul>
 *     Among several, events within the registry's focus conflict are preferred, then the one inside
 *     all the others (the 2016 war rather than the conflict it is part of), then, for the present,
 *     the one begun last.</li>
 * <li>Anything else refers to no event: "a conflict" in a background sentence creates none.</li>
 * </ol>
 * <pre>
 *   EventResolver events = new EventResolver(registry);
 *   events.resolve("the latest flare-up", Optional.empty(), Optional.of(PartialDate.parse("2020-10-07")));
 *   // the Second Nagorno-Karabakh War
 * </pre>
 */
public final class EventResolver {

    /** How far back "the latest clashes" reaches for an event already over. */
    private static final int RECENT_DAYS = 30;
    /** How far back "the latest clashes" reaches when nothing was going on in the last {@link #RECENT_DAYS}. */
    private static final int LATEST_DAYS = 365;

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern DECADE = Pattern.compile("((19|20)\\d0)s");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}(st|nd|rd|th)?");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private record Named(EventInfo event, List<String> units) {}

    private record HeadAt(int index, EventVocabulary.Head head) {}

    private final EntityRegistry registry;
    private final EventVocabulary vocabulary;
    private final List<Named> names = new ArrayList<>();

    public EventResolver(EntityRegistry registry) {
        this.registry = registry;
        this.vocabulary = registry.eventWords();
        for (EventInfo event : registry.events()) {
            names.add(new Named(event, lowerUnits(event.entity().label())));
            event.entity().aliases().forEach(a -> names.add(new Named(event, lowerUnits(a))));
        }
    }

    /**
     * The event the phrase refers to, kept to the focus conflict unless the phrase names the event: an
     * article on Karabakh that says "the fighting" in December 2020 means Karabakh's, not the war in
     * Donbas going on then, while "the war in Donbas" is that war.
     */
    public Optional<EventInfo> resolveInFocus(String phrase, Optional<PartialDate> mentionedTime, Optional<PartialDate> articleDate) {
        Optional<EventInfo> event = resolve(phrase, mentionedTime, articleDate);
        if (event.isEmpty() || withinFocus(event.get())) return event;
        List<String> words = lowerUnits(phrase);
        boolean named = names.stream().anyMatch(n -> n.event() == event.get() && containsSequence(words, n.units()));
        return named ? event : Optional.empty();
    }

    /**
     * "the Russian-brokered ceasefire", given no time, in an article of 2023: the last ceasefire of the
     * conflict the article is read for reached before {@code date}, which is the one still in force.
     */
    public Optional<EventInfo> lastCeasefireBefore(String phrase, PartialDate date) {
        Optional<HeadAt> head = headOf(lowerUnits(phrase));
        if (head.isEmpty() || !head.get().head().types().contains("Ceasefire")) return Optional.empty();
        DateRange before = DateRange.of(date);
        return registry.events().stream()
                .filter(e -> e.entity().type().equals("Ceasefire") && e.start().isPresent() && withinFocus(e)
                        && !span(e).first().isAfter(before.last()))
                .max(java.util.Comparator.comparing(e -> span(e).first()));
    }

    /**
     * The event the phrase refers to.
     *
     * @param phrase        the event phrase as written ("the latest flare-up", "a war in the 1990s")
     * @param mentionedTime the time the sentence gives the event, if any; it overrides a time in the phrase
     * @param articleDate   the article's publication date, if known
     */
    public Optional<EventInfo> resolve(String phrase, Optional<PartialDate> mentionedTime, Optional<PartialDate> articleDate) {
        List<String> tokens = Units.tokenize(phrase);
        List<String> words = lowerUnits(phrase);
        Optional<DateRange> article = articleDate.map(DateRange::of);
        Optional<EventInfo> named = byName(words, article);
        if (named.isPresent()) return named;
        Optional<HeadAt> head = headOf(words);
        if (head.isEmpty()) return Optional.empty();
        List<EventInfo> ofType = registry.events().stream()
                .filter(e -> e.start().isPresent() && head.get().head().types().contains(e.entity().type()))
                .toList();
        Optional<DateRange> time = mentionedTime.map(DateRange::of).or(() -> timeIn(tokens));
        if (time.isPresent()) {
            List<EventInfo> fitting = namedLikeHead(ofType.stream().filter(e -> span(e).overlaps(time.get())).toList(), head.get());
            return choose(fitting, false).or(() -> shortestAt(fitting, time.get()));
        }
        if (article.isPresent() && pointsAtPresent(words, head.get().index())) {
            // "the latest skirmishes" in a June article may be April's: failing an event of the focus
            // conflict in the last month, the focus conflict's last one of the year before the article.
            // A crisis going on for more than that year is the present only when nothing began in it:
            // in February 2024 "the latest fighting" is the offensive of September 2023, not the border
            // crisis open since 2021.
            LocalDate yearBefore = article.get().extendedBack(LATEST_DAYS).first();
            Optional<EventInfo> outsideFocus = Optional.empty();
            Optional<EventInfo> longRunning = Optional.empty();
            for (int days : new int[] {RECENT_DAYS, LATEST_DAYS}) {
                DateRange recent = article.get().extendedBack(days);
                List<EventInfo> overlapping = ofType.stream()
                        .filter(e -> span(e).overlaps(recent) && !span(e).first().isAfter(article.get().last())).toList();
                Optional<EventInfo> latest = choose(namedLikeHead(overlapping.stream()
                        .filter(e -> !span(e).first().isBefore(yearBefore)).toList(), head.get()), true);
                if (latest.isPresent() && withinFocus(latest.get())) return latest;
                if (outsideFocus.isEmpty()) outsideFocus = latest;
                if (longRunning.isEmpty()) longRunning = choose(namedLikeHead(overlapping, head.get()), true).filter(this::withinFocus);
            }
            return longRunning.isPresent() ? longRunning : outsideFocus;
        }
        return Optional.empty();
    }

    /** The event whose longest name the phrase contains; none when two events' names fit equally. */
    private Optional<EventInfo> byName(List<String> words, Optional<DateRange> article) {
        Named best = null;
        boolean tie = false;
        for (Named n : names) {
            if (!containsSequence(words, n.units())) continue;
            if (article.isPresent() && n.event().start().isPresent()
                && span(n.event()).first().isAfter(article.get().last())) continue;
            if (best == null || n.units().size() > best.units().size()) {
                best = n;
                tie = false;
            } else if (n.units().size() == best.units().size() && n.event() != best.event()) {
                tie = true;
            }
        }
        return best == null || tie ? Optional.empty() : Optional.of(best.event());
    }

    /**
     * The head noun of the phrase: the last one before the first word that ends the noun phrase
     * ("a ceasefire in the war"), else the first one after it ("the outbreak of fighting").
     */
    private Optional<HeadAt> headOf(List<String> words) {
        int boundary = words.size();
        for (int i = 1; i < words.size(); i++) {
            if (vocabulary.boundaries.contains(words.get(i))) {
                boundary = i;
                break;
            }
        }
        HeadAt before = null;
        HeadAt after = null;
        for (int i = 0; i < words.size(); i++) {
            EventVocabulary.Head head = longestHeadAt(words, i);
            if (head == null) continue;
            if (i + head.units().size() <= boundary) before = new HeadAt(i, head);
            else if (after == null && i >= boundary) after = new HeadAt(i, head);
        }
        return Optional.ofNullable(before != null ? before : after);
    }

    private EventVocabulary.Head longestHeadAt(List<String> words, int i) {
        EventVocabulary.Head best = null;
        for (EventVocabulary.Head head : vocabulary.heads) {
            if (startsWithAt(words, i, head.units()) && (best == null || head.units().size() > best.units().size()))
                best = head;
        }
        return best;
    }

    /** Whether a word before the head points at the article's present, and no indefinite article opens the phrase. */
    private boolean pointsAtPresent(List<String> words, int headIndex) {
        if (words.isEmpty() || vocabulary.indefinite.contains(words.get(0))) return false;
        return words.subList(0, headIndex).stream().anyMatch(vocabulary.recency::contains);
    }

    /** The first time written in the phrase: a month and year, a decade or a year, unless after "since" and the like. */
    private Optional<DateRange> timeIn(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean barred = i > 0 && vocabulary.notATime.contains(Units.lower(tokens.get(i - 1)));
            Integer month = Character.isUpperCase(token.charAt(0)) ? MONTHS.get(Units.lower(token.replace(".", ""))) : null;
            if (month != null) {
                int j = i + 1;
                if (j < tokens.size() && DAY.matcher(tokens.get(j)).matches()) j++;
                if (j < tokens.size() && tokens.get(j).equals(",")) j++;
                if (j < tokens.size() && YEAR.matcher(tokens.get(j)).matches()) {
                    if (!barred) return Optional.of(DateRange.of(PartialDate.ofMonth(Integer.parseInt(tokens.get(j)), month)));
                    i = j;
                }
                continue;
            }
            if (barred) continue;
            Matcher decade = DECADE.matcher(token);
            if (decade.matches()) {
                int first = Integer.parseInt(decade.group(1));
                return Optional.of(DateRange.ofYears(first, first + 9));
            }
            if (YEAR.matcher(token).matches()) return Optional.of(DateRange.of(PartialDate.ofYear(Integer.parseInt(token))));
        }
        return Optional.empty();
    }

    /**
     * Of several events that fit, those whose name has the phrase's head word: "the offensive" of
     * September 2023 is the offensive then, not the blockade that also overlaps it. Events of the focus
     * conflict count first, as in {@link #choose}, and their preferred names before their aliases: "the
     * conflict" is the Nagorno-Karabakh conflict, not the border crisis that news text also calls a
     * border conflict.
     */
    private List<EventInfo> namedLikeHead(List<EventInfo> all, HeadAt head) {
        List<EventInfo> inFocus = all.stream().filter(this::withinFocus).toList();
        List<EventInfo> fitting = inFocus.isEmpty() ? all : inFocus;
        if (fitting.size() < 2) return fitting;
        List<EventInfo> byLabel = fitting.stream().filter(e -> containsSequence(lowerUnits(e.entity().label()), head.head().units())).toList();
        if (!byLabel.isEmpty()) return byLabel;
        List<EventInfo> byAlias = fitting.stream().filter(e -> e.entity().aliases().stream()
                .anyMatch(name -> containsSequence(lowerUnits(name), head.head().units()))).toList();
        return byAlias.isEmpty() ? fitting : byAlias;
    }

    /**
     * A time of a month or less dates what was happening then, the shortest of the events around it:
     * on 19 September 2023 "the fighting" is the two-day offensive, not the nine-month blockade that
     * also reaches that day. A longer time ("in 2020") stays ambiguous.
     */
    private Optional<EventInfo> shortestAt(List<EventInfo> fitting, DateRange time) {
        if (ChronoUnit.DAYS.between(time.first(), time.last()) > 31) return Optional.empty();
        List<EventInfo> inFocus = fitting.stream().filter(this::withinFocus).toList();
        List<EventInfo> candidates = inFocus.isEmpty() ? fitting : inFocus;
        List<EventInfo> byLength = candidates.stream().sorted(Comparator.comparing(this::days)).toList();
        if (byLength.isEmpty() || byLength.size() > 1 && days(byLength.get(0)) == days(byLength.get(1))) return Optional.empty();
        return Optional.of(byLength.get(0));
    }

    private long days(EventInfo event) {
        DateRange span = span(event);
        return span.last().equals(LocalDate.MAX) ? Long.MAX_VALUE : ChronoUnit.DAYS.between(span.first(), span.last());
    }

    private Optional<EventInfo> choose(List<EventInfo> fitting, boolean present) {
        List<EventInfo> inFocus = fitting.stream().filter(this::withinFocus).toList();
        List<EventInfo> candidates = inFocus.isEmpty() ? fitting : inFocus;
        if (candidates.size() == 1) return Optional.of(candidates.get(0));
        for (EventInfo c : candidates) {
            if (candidates.stream().allMatch(other -> other == c || isWithin(c, other))) return Optional.of(c);
        }
        if (present && !candidates.isEmpty()) {
            List<EventInfo> byStart = candidates.stream()
                    .sorted(Comparator.comparing((EventInfo e) -> span(e).first()).reversed()).toList();
            if (byStart.size() == 1 || !span(byStart.get(0)).first().equals(span(byStart.get(1)).first()))
                return Optional.of(byStart.get(0));
        }
        return Optional.empty();
    }

    /**
     * The conflict the registry is about, for a figure or a ceasefire in an undated article that names
     * both sides of it ({@code focus-party} rows): which of its wars is meant cannot be told without a
     * date, but the conflict can. Empty when the registry has no single focus conflict or the article
     * names fewer than two of its parties.
     */
    public Optional<EventInfo> focusConflictOf(java.util.Collection<String> mentionedKeys) {
        long named = mentionedKeys.stream().distinct().filter(vocabulary.focusParties::contains).count();
        return named < 2 ? Optional.empty() : focusConflict();
    }

    /**
     * Whether an actor is one of the sides of the focus conflict ({@code focus-party} rows), or a person
     * whose role serves one (the President of Azerbaijan).
     */
    public boolean isFocusParty(org.conflictkg.extract.Entity actor) {
        if (registry.isFocusSide(actor)) return true;
        return registry.servedBy(actor).stream().anyMatch(vocabulary.focusParties::contains);
    }

    /**
     * The event types a bare definite phrase can point back at ("the war": War), or none when the phrase
     * says more than its article and head noun ("the latest war", "the war in 1994").
     */
    public Set<String> typesOfBareDefinite(String phrase) {
        List<String> words = lowerUnits(phrase);
        if (words.size() < 2 || !words.get(0).equals("the")) return Set.of();
        EventVocabulary.Head head = longestHeadAt(words, 1);
        return head != null && head.units().size() == words.size() - 1 ? Set.copyOf(head.types()) : Set.of();
    }

    /** Whether the days text means by the event overlap the given time. */
    public boolean spans(EventInfo event, PartialDate time) {
        return event.start().isPresent() && span(event).overlaps(DateRange.of(time));
    }

    /**
     * The deployment of the given state's forces in force at that time ("Russian peacekeepers" in 2022:
     * the Russian peacekeeping mission in Nagorno-Karabakh), if the registry has exactly one.
     */
    public Optional<EventInfo> deploymentOf(String stateKey, PartialDate time) {
        List<EventInfo> found = registry.events().stream()
                .filter(e -> e.entity().type().equals("Deployment") && e.attackerKey().filter(stateKey::equals).isPresent())
                .filter(e -> spans(e, time)).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The conflict the registry is about, if it has a single one and it was going on at that time. */
    public Optional<EventInfo> focusConflictAt(PartialDate time) {
        return focusConflict().filter(e -> spans(e, time));
    }

    /** The conflict the registry is about, when it has a single one. */
    private Optional<EventInfo> focusConflict() {
        return vocabulary.focus.size() != 1 ? Optional.empty() : registry.event(vocabulary.focus.iterator().next());
    }

    /** Whether the event is part of the conflict the registry is about (its {@code focus}). */
    public boolean withinFocus(EventInfo event) {
        for (Optional<EventInfo> e = Optional.of(event); e.isPresent(); e = parent(e.get())) {
            if (vocabulary.focus.contains(e.get().key())) return true;
        }
        return false;
    }

    /** Whether {@code inner} is part of {@code outer}, directly or through wider events. */
    private boolean isWithin(EventInfo inner, EventInfo outer) {
        for (Optional<EventInfo> e = parent(inner); e.isPresent(); e = parent(e.get())) {
            if (e.get() == outer) return true;
        }
        return false;
    }

    private Optional<EventInfo> parent(EventInfo event) {
        return event.partOfKey().flatMap(registry::event);
    }

    /** The days text means when it dates the event: when it was reached, for a ceasefire. */
    private DateRange span(EventInfo event) {
        PartialDate start = event.start().orElseThrow();
        return vocabulary.datedByStart.contains(event.entity().type())
                ? DateRange.of(start) : DateRange.between(start, event.end());
    }

    private static boolean containsSequence(List<String> words, List<String> sequence) {
        for (int i = 0; i + sequence.size() <= words.size(); i++) {
            if (startsWithAt(words, i, sequence)) return true;
        }
        return false;
    }

    private static boolean startsWithAt(List<String> words, int i, List<String> sequence) {
        return i + sequence.size() <= words.size() && words.subList(i, i + sequence.size()).equals(sequence);
    }

    /** Lower-case units of the words of a text, punctuation left out. */
    private static List<String> lowerUnits(String text) {
        return Units.ofText(text).stream()
                .filter(u -> u.chars().anyMatch(Character::isLetterOrDigit))
                .map(Units::lower).toList();
    }
}

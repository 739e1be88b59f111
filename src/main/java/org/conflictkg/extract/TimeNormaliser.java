package org.conflictkg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.corpus.PartialDate;

/**
 * Finds when a claim holds or happened from the date expressions SUTime normalised in its clause,
 * keeping the precision the text gives.
 * <p>
 * SUTime resolves relative expressions ("on Tuesday", "this month") against the document date, which
 * {@code NlpPipeline} sets only when the publication day is known. When the publication date is known
 * only to the month or year, a relative expression that resolves more precisely than that is dropped
 * rather than trusted: "this month" in a July 2020 article is 2020-07, but "on Tuesday" cannot be dated.
 */
final class TimeNormaliser {

    /** SUTime values we can read: YYYY, YYYY-MM, YYYY-MM-DD (others: weeks, seasons, PRESENT_REF…). */
    private static final Pattern ISO_VALUE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern HAS_YEAR = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");
    /** Dependency relations that lead from a predicate to its own adjuncts (not into other clauses). */
    private static final Pattern ADJUNCT = Pattern.compile("obl.*|nmod.*|advmod|obl:tmod|nmod:tmod|amod|nummod|compound|appos");

    private final Optional<PartialDate> published;

    TimeNormaliser(Optional<PartialDate> published) {
        this.published = published;
    }

    /**
     * The time stated by the adjuncts of {@code predicate} (and of the extra nodes, e.g. the object, whose
     * own modifiers may carry it: "the ceasefire in May 1994").
     */
    Optional<TimeSpec> timeOf(SemanticGraph graph, List<CoreLabel> tokens, IndexedWord predicate, List<IndexedWord> extra) {
        // "since 1988, when the region declared independence": the clause describes its date
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(predicate)) {
            String rel = e.getRelation().toString();
            if ((rel.startsWith("acl") || rel.startsWith("advcl")) && "DATE".equals(e.getGovernor().ner())) {
                Optional<PartialDate> d = dateOf(tokens, e.getGovernor());
                if (d.isPresent()) return Optional.of(TimeSpec.at(d.get()));
            }
        }
        for (IndexedWord start : concat(predicate, extra)) {
            Optional<TimeSpec> t = search(graph, tokens, start);
            if (t.isPresent()) return t;
        }
        return Optional.empty();
    }

    private static List<IndexedWord> concat(IndexedWord first, List<IndexedWord> rest) {
        var all = new java.util.ArrayList<IndexedWord>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private Optional<TimeSpec> search(SemanticGraph graph, List<CoreLabel> tokens, IndexedWord start) {
        Deque<IndexedWord> queue = new ArrayDeque<>();
        Set<IndexedWord> seen = new HashSet<>();
        queue.add(start);
        seen.add(start);
        while (!queue.isEmpty()) {
            IndexedWord node = queue.poll();
            boolean direct = node.equals(start);
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
                IndexedWord dep = e.getDependent();
                if (!seen.add(dep) || !ADJUNCT.matcher(e.getRelation().toString()).matches()) continue;
                if ("DATE".equals(dep.ner())) {
                    Optional<TimeSpec> week = weekOf(tokens, dep);
                    if (week.isPresent()) return week;
                    Optional<PartialDate> d = dateOf(tokens, dep).map(date -> pastIfTold(tokens, dep, date, start));
                    if (d.isPresent()) {
                        String rel = e.getRelation().toString();
                        boolean since = rel.equals("obl:since") || rel.equals("nmod:since") || precededBy(tokens, dep, "since");
                        // "the worst clashes since 2016" compares; only the predicate's own "since" dates it
                        if (since && !direct) continue;
                        return Optional.of(since ? TimeSpec.since(d.get()) : TimeSpec.at(d.get()));
                    }
                }
                queue.add(dep);
            }
        }
        return Optional.empty();
    }

    static boolean precededBy(List<CoreLabel> tokens, IndexedWord node, String word) {
        int i = firstTokenOfTimex(tokens, node.index() - 1);
        return i > 0 && tokens.get(i - 1).word().equalsIgnoreCase(word);
    }

    private static int firstTokenOfTimex(List<CoreLabel> tokens, int i) {
        String value = tokens.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        while (i > 0 && "DATE".equals(tokens.get(i - 1).ner())
                && java.util.Objects.equals(value, tokens.get(i - 1).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
            i--;
        }
        return i;
    }

    /**
     * "Last week", "this week": SUTime gives an ISO week ({@code 2023-W37}), which is the interval from
     * its Monday to its Sunday. Weeks are always relative, so only a publication day can date them.
     */
    Optional<TimeSpec> weekOf(List<CoreLabel> tokens, IndexedWord node) {
        String value = tokens.get(node.index() - 1).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (value == null || published.isEmpty() || published.get().precision() != PartialDate.Precision.DAY) return Optional.empty();
        Matcher m = ISO_WEEK.matcher(value);
        if (!m.matches()) return Optional.empty();
        java.time.LocalDate monday = java.time.LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                .with(java.time.DayOfWeek.MONDAY);
        return Optional.of(TimeSpec.between(PartialDate.of(monday), PartialDate.of(monday.plusDays(6))));
    }

    /**
     * The date a DATE token belongs to as its clause tells it: "in September" under a verb in the past
     * tense, in an April article, is last September ({@link #pastIfTold}).
     */
    Optional<PartialDate> dateTold(SemanticGraph graph, List<CoreLabel> tokens, IndexedWord node) {
        IndexedWord predicate = node;
        for (int depth = 0; depth < 4 && predicate != null && !NodeResolver.isVerb(predicate); depth++)
            predicate = graph.getParent(predicate);
        IndexedWord teller = predicate == null ? node : predicate;
        return dateOf(tokens, node).map(d -> pastIfTold(tokens, node, d, teller));
    }

    /** The date a DATE token belongs to, if SUTime gave it a calendar value we may trust. */
    Optional<PartialDate> dateOf(List<CoreLabel> tokens, IndexedWord node) {
        CoreLabel token = tokens.get(node.index() - 1);
        String value = token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (value == null) return Optional.empty();
        Matcher m = ISO_VALUE.matcher(value);
        if (!m.matches()) return Optional.empty();
        PartialDate date;
        try {
            date = PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String surface = timexText(tokens, node.index() - 1);
        boolean explicitYear = HAS_YEAR.matcher(surface).find();
        if (!explicitYear) {
            // Resolved against the publication date: only as precise as that date is.
            if (published.isEmpty() || date.precision().ordinal() > published.get().precision().ordinal()) {
                return Optional.empty();
            }
        }
        return Optional.of(date);
    }

    /**
     * "Azerbaijan recaptured the region in September", read in an April article: SUTime puts a month or
     * day named without its year in the publication year, which for a deed told in the past tense lies
     * in the future. Such a date is the one a year earlier.
     */
    private PartialDate pastIfTold(List<CoreLabel> tokens, IndexedWord node, PartialDate date, IndexedWord predicate) {
        boolean pastTense = predicate.tag() != null && (predicate.tag().equals("VBD") || predicate.tag().equals("VBN"));
        if (!pastTense || published.isEmpty() || date.precision() == PartialDate.Precision.YEAR
                || HAS_YEAR.matcher(timexText(tokens, node.index() - 1)).find()
                || date.truncatedTo(published.get().precision()).compareTo(published.get()) <= 0) return date;
        return new PartialDate(date.year() - 1, date.month(), date.month() == 2 && date.day() == 29 ? 28 : date.day());
    }

    private static String timexText(List<CoreLabel> tokens, int i) {
        int first = firstTokenOfTimex(tokens, i);
        String value = tokens.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        StringBuilder sb = new StringBuilder();
        for (int k = first; k < tokens.size() && "DATE".equals(tokens.get(k).ner())
                && java.util.Objects.equals(value, tokens.get(k).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)); k++) {
            sb.append(tokens.get(k).word()).append(' ');
        }
        return sb.toString();
    }
}

package org.conflictkg.server.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.rdf.CK;

/**
 * Builds the pages that are not about one resource: the home page, the lists of actors, places, events and
 * articles, search results and timelines.
 * <pre>
 *   /browse                     home: counts, entry points, search, example queries
 *   /browse/actors              (also places, events, articles)
 *   /search?q=words             full-text search
 *   /timeline                   every dated event and claim
 *   /timeline?entity=IRI        those about one entity or event
 * </pre>
 */
final class SitePages {

    /** The lists of {@code /browse/<name>}: what they list, by class. */
    private enum EntityList {
        ACTORS("Actors", CK.Actor), PLACES("Places", CK.Place), EVENTS("Events", CK.Event);

        final String title;
        final Resource rootClass;

        EntityList(String title, Resource rootClass) {
            this.title = title;
            this.rootClass = rootClass;
        }
    }

    private final PageQueries queries;
    private final Views views;
    private final ResourcePages resources;
    private final List<ExampleQuery> examples;
    private final String datasetName;

    SitePages(PageQueries queries, Views views, ResourcePages resources, List<ExampleQuery> examples, String datasetName) {
        this.queries = queries;
        this.views = views;
        this.resources = resources;
        this.examples = examples;
        this.datasetName = datasetName;
    }

    /** The path of the timeline of the entity or event {@code iri}. */
    static String timelinePath(String iri) {
        return "/timeline?entity=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    Page home() {
        QueryRow counts = queries.selectOne(PageQuery.COUNTS, Map.of()).orElseThrow();
        Map<String, Long> numbers = new LinkedHashMap<>();
        for (String name : List.of("articles", "claims", "quotes", "entities", "events"))
            numbers.put(name, counts.integer(name, 0));
        return new Page("home.ftlh", PageRenderer.model(
                "title", "conflict-kg",
                "counts", numbers,
                "examples", examples,
                "sparql", "/" + datasetName + "/sparql",
                "sparqlUi", "/#/dataset/" + datasetName + "/query"));
    }

    /** The list {@code name} ({@code actors}, {@code places}, {@code events}, {@code articles}), if there is one. */
    Optional<Page> list(String name) {
        if (name.equals("articles"))
            return Optional.of(articles());
        Optional<EntityList> list = Arrays.stream(EntityList.values())
                .filter(l -> l.name().toLowerCase(Locale.ROOT).equals(name)).findFirst();
        return list.map(l -> new Page("list.ftlh", PageRenderer.model(
                "title", l.title,
                "entries", queries.select(PageQuery.MEMBERS, Map.of("class", l.rootClass.asNode())).stream()
                        .map(row -> new ListEntry(views.resource(row.iri("member"), row.text("label")),
                                row.iri("type") == null ? null : views.term(row.iri("type")),
                                row.integer("claims", 0), 0, null, null, null))
                        .toList())));
    }

    private Page articles() {
        return new Page("articles.ftlh", PageRenderer.model(
                "title", "Articles",
                "entries", queries.select(PageQuery.ARTICLES, Map.of()).stream()
                        .map(row -> new ListEntry(views.resource(row.iri("article"), row.text("headline")), null,
                                row.integer("claims", 0), row.integer("quotes", 0), row.text("outlet"),
                                row.text("published"), views.resource(row.iri("copyOf"), null)))
                        .toList()));
    }

    /** The results of a search for what a user typed (nothing is searched for when no word is left). */
    Page search(String typed) {
        List<SearchHit> hits = new ArrayList<>();
        Optional<String> lucene = SearchIndex.luceneQuery(typed);
        if (lucene.isPresent()) {
            List<String> words = SearchIndex.words(typed);
            for (QueryRow row : queries.select(PageQuery.SEARCH, Map.of("query", NodeFactory.createLiteralString(lucene.get())))) {
                String kind = row.text("kind");
                String text = row.text("text");
                boolean byWords = kind.equals("sentence") || kind.equals("quote");
                hits.add(new SearchHit(kind, views.resource(row.iri("hit"), byWords ? null : row.text("label")),
                        byWords && text != null ? TextMarks.segments(text, found(words, text)) : List.of(),
                        views.resource(row.iri("article"), row.text("headline")), row.text("speakerLabel")));
            }
        }
        Map<String, List<SearchHit>> byKind = new LinkedHashMap<>();
        for (String kind : List.of("entity", "quote", "sentence", "article"))
            byKind.put(kind, hits.stream().filter(hit -> hit.kind().equals(kind)).toList());
        return new Page("search.ftlh", PageRenderer.model(
                "title", typed == null || typed.isBlank() ? "Search" : "Search: " + typed,
                "query", typed == null ? "" : typed,
                "searched", lucene.isPresent(),
                "count", hits.size(),
                "hits", byKind));
    }

    /**
     * The timeline of everything dated, or of one entity or event ({@code entity}, its IRI): its claims that
     * give a time, itself if it is a dated event, and the dated events its claims name. Empty if
     * {@code entity} is not the IRI of an entity or event the graph knows.
     */
    Optional<Page> timeline(String entity) {
        Node focus = null;
        String title = "Timeline";
        if (entity != null) {
            Optional<ResourcePath> path = views.urls().resource(entity)
                    .filter(p -> p.kind() == ResourceKind.ENTITY || p.kind() == ResourceKind.EVENT)
                    .filter(resources::exists);
            if (path.isEmpty())
                return Optional.empty();
            focus = views.urls().iri(path.get());
            title = "Timeline: " + resources.name(focus);
        }
        Node about = focus;
        List<TimelineEntry> entries = queries.read(() -> entries(about));
        return Optional.of(new Page("timeline.ftlh", PageRenderer.model(
                "title", title,
                "entity", focus == null ? null : views.resource(focus.getURI(), resources.name(focus)),
                "entries", entries)));
    }

    private List<TimelineEntry> entries(Node focus) {
        List<QueryRow> rows = queries.select(PageQuery.CLAIMS, focus == null ? Map.of() : Map.of("party", focus));
        Map<String, QueryRow> claims = new LinkedHashMap<>();
        Set<String> parties = new HashSet<>();
        for (QueryRow row : rows) {
            claims.putIfAbsent(row.iri("claim"), row);
            parties.add(row.iri("subject"));
            if (row.iri("object") != null)
                parties.add(row.iri("object"));
        }
        List<TimelineEntry> entries = new ArrayList<>();
        for (QueryRow row : queries.select(PageQuery.EVENTS, Map.of())) {
            String event = row.iri("event");
            if (focus == null || focus.getURI().equals(event) || parties.contains(event))
                entries.add(new TimelineEntry(row.text("start"), row.text("end"), views.resource(event, row.text("label")),
                        row.iri("type") == null ? null : views.term(row.iri("type")), null));
        }
        claims.values().stream()
                .filter(row -> row.text("timeStart") != null)
                .map(row -> new TimelineEntry(row.text("timeStart"), null, null, null, views.claim(row, null)))
                .forEach(entries::add);
        // ISO 8601 dates at any precision sort as strings; a year comes before its months and days.
        entries.sort(Comparator.comparing(TimelineEntry::date).thenComparing(entry -> entry.event() == null));
        return entries;
    }

    /** Marks for every place a searched word occurs in {@code text}, ignoring case. */
    private static List<TextMarks.Mark> found(List<String> words, String text) {
        List<TextMarks.Mark> marks = new ArrayList<>();
        for (String word : words) {
            Matcher matcher = Pattern.compile(Pattern.quote(word), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            while (matcher.find())
                marks.add(new TextMarks.Mark(matcher.start(), matcher.end(), "hit", null, null));
        }
        return marks;
    }
}

package org.conflictkg.server.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /** Timeline entries on one page: enough to read, few enough to render fast on a large graph. */
    static final int TIMELINE_PAGE_SIZE = 200;
    /** The page sizes a reader may ask for ({@code &size=}). */
    static final int MIN_TIMELINE_PAGE_SIZE = 10;
    static final int MAX_TIMELINE_PAGE_SIZE = 1000;

    /**
     * One page of the timeline of everything dated, or of one entity or event ({@code entity}, its IRI): its
     * claims that give a time, itself if it is a dated event, and the dated events its claims name. The
     * date order and the paging are the query's (LIMIT and OFFSET), so a page costs its own size, not the
     * graph's. Empty if {@code entity} is not the IRI of an entity or event the graph knows.
     *
     * @param pageNumber 1 for the earliest entries; a number past the end gives an empty page
     * @param pageSize   entries per page, clamped to {@link #MIN_TIMELINE_PAGE_SIZE}..{@link #MAX_TIMELINE_PAGE_SIZE}
     */
    Optional<Page> timeline(String entity, int pageNumber, int pageSize) {
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
        int size = Math.max(MIN_TIMELINE_PAGE_SIZE, Math.min(MAX_TIMELINE_PAGE_SIZE, pageSize));
        int number = Math.max(1, pageNumber);
        Node about = focus;
        // one row more than the page shows says whether a later page exists
        List<TimelineEntry> entries = queries.read(() -> entries(about, (long) (number - 1) * size, size + 1));
        boolean later = entries.size() > size;
        String base = focus == null ? "/timeline?" : timelinePath(focus.getURI()) + "&";
        String sized = size == TIMELINE_PAGE_SIZE ? "" : "size=" + size + "&";
        return Optional.of(new Page("timeline.ftlh", PageRenderer.model(
                "title", number == 1 ? title : title + " (page " + number + ")",
                "entity", focus == null ? null : views.resource(focus.getURI(), resources.name(focus)),
                "entries", later ? entries.subList(0, size) : entries,
                "earlier", number > 1 ? base + sized + "page=" + (number - 1) : null,
                "later", later ? base + sized + "page=" + (number + 1) : null)));
    }

    private List<TimelineEntry> entries(Node focus, long offset, long limit) {
        List<QueryRow> rows = focus == null
                ? queries.select(PageQuery.TIMELINE, Map.of(), offset, limit)
                : queries.select(PageQuery.TIMELINE_ABOUT, Map.of("party", focus), offset, limit);
        List<TimelineEntry> entries = new ArrayList<>();
        for (QueryRow row : rows) {
            String date = row.text("date");
            if (row.iri("claim") != null) {
                queries.selectOne(PageQuery.CLAIMS, Map.of("claim", NodeFactory.createURI(row.iri("claim"))))
                        .ifPresent(claim -> entries.add(new TimelineEntry(date, null, null, null, views.claim(claim, null))));
            } else {
                String event = row.iri("event");
                Optional<QueryRow> about = queries.selectOne(PageQuery.EVENT_DATES, Map.of("event", NodeFactory.createURI(event)));
                entries.add(new TimelineEntry(date, about.map(a -> a.text("end")).orElse(null),
                        views.resource(event, about.map(a -> a.text("label")).orElse(null)),
                        about.map(a -> a.iri("type")).map(views::term).orElse(null), null));
            }
        }
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

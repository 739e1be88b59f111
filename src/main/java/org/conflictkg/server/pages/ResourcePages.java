package org.conflictkg.server.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.conflictkg.rdf.CK;
import org.conflictkg.rdf.SchemaOrg;

/**
 * Builds the page about one resource of the graph: an entity or event, an article, a sentence, a claim, a
 * quotation, or the ontology. Each page shows what its kind is about first (an entity's claims grouped by
 * relation, an article's text with its claims marked, ...) and ends with every statement about the
 * resource and every link to it.
 */
final class ResourcePages {

    private final PageQueries queries;
    private final Views views;

    ResourcePages(PageQueries queries, Views views) {
        this.queries = queries;
        this.views = views;
    }

    /** Whether the graph knows the resource at {@code path}: says something about it or points at it. */
    boolean exists(ResourcePath path) {
        if (path.kind() == ResourceKind.ONTOLOGY)
            return !views.names().terms().isEmpty();
        return queries.ask(PageQuery.EXISTS, Map.of("this", views.urls().iri(path)));
    }

    /** The page about the resource at {@code path}, or empty if the graph does not know it. */
    Optional<Page> page(ResourcePath path) {
        return queries.read(() -> {
            if (!exists(path))
                return Optional.empty();
            Node iri = views.urls().iri(path);
            List<QueryRow> statements = queries.select(PageQuery.STATEMENTS, Map.of("this", iri));
            Map<String, Object> model = common(path, iri, statements);
            String template = switch (path.kind()) {
                case ENTITY, EVENT -> entity(iri, statements, model);
                case CLAIM -> claim(iri, model);
                case QUOTE -> quote(iri, model);
                case ARTICLE -> article(iri, model);
                case SENTENCE -> sentence(iri, model);
                case ONTOLOGY -> ontology(model);
            };
            return Optional.of(new Page(template, model));
        });
    }

    /** The name of a resource: its label, else its headline, else what {@link Names#resource} calls it. */
    String name(Node iri) {
        return name(iri, queries.select(PageQuery.STATEMENTS, Map.of("this", iri)));
    }

    private String name(Node iri, List<QueryRow> statements) {
        String label = firstOf(textOf(statements, RDFS.label.getURI()), textOf(statements, SchemaOrg.headline.getURI()));
        return views.names().resource(iri.getURI(), label);
    }

    /** What every resource page shows: the IRI, alternate formats, statements and incoming links. */
    private Map<String, Object> common(ResourcePath path, Node iri, List<QueryRow> statements) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("iri", iri.getURI());
        model.put("kind", path.kind().name().toLowerCase(Locale.ROOT));
        model.put("title", name(iri, statements));
        model.put("alternates", Representation.RDF.stream()
                .map(format -> Link.local(path.dataPath(format), format.label()))
                .toList());
        model.put("statements", grouped(statements, "property",
                row -> views.value(row.node("value").orElseThrow(), firstOf(row.text("valueLabel"), row.text("valueHeadline")))));
        model.put("incoming", grouped(queries.select(PageQuery.INCOMING, Map.of("this", iri)), "property",
                row -> new ValueView(views.resource(row.iri("subject"),
                        firstOf(row.text("subjectLabel"), row.text("subjectHeadline"))), null, null)));
        return model;
    }

    private String entity(Node iri, List<QueryRow> statements, Map<String, Object> model) {
        model.put("types", values(statements, RDF.type.getURI()).stream().map(type -> views.term(type.getURI())).toList());
        model.put("aliases", values(statements, SKOS.altLabel.getURI()).stream().map(Node::getLiteralLexicalForm).toList());
        model.put("sameAs", values(statements, SKOS.exactMatch.getURI()).stream()
                .filter(Node::isURI)
                .map(node -> views.resource(node.getURI(), Names.prefixed(node.getURI()).orElse(node.getURI())))
                .toList());
        model.put("startDate", values(statements, CK.startDate.getURI()).stream().map(Node::getLiteralLexicalForm).findFirst().orElse(null));
        model.put("endDate", values(statements, CK.endDate.getURI()).stream().map(Node::getLiteralLexicalForm).findFirst().orElse(null));

        Map<String, ClaimGroup> groups = new LinkedHashMap<>();
        List<ClaimView> quotes = new ArrayList<>();
        for (QueryRow row : queries.select(PageQuery.CLAIMS, Map.of("party", iri))) {
            String role = row.iri("role").substring(CK.NS.length());
            ClaimView claim = views.claim(row, role);
            if (CK.quote.getURI().equals(row.iri("relation")))
                quotes.add(claim);
            else
                groups.computeIfAbsent(row.iri("relation") + " " + role,
                        key -> new ClaimGroup(claim.relation(), role, new ArrayList<>())).claims().add(claim);
        }
        model.put("claimGroups", List.copyOf(groups.values()));
        model.put("claimCount", groups.values().stream().mapToInt(group -> group.claims().size()).sum());
        model.put("quotes", quotes);
        model.put("timeline", SitePages.timelinePath(iri.getURI()));
        return "entity.ftlh";
    }

    private String claim(Node iri, Map<String, Object> model) {
        Optional<ClaimView> claim = claimView(iri.getURI());
        if (claim.isEmpty())
            return "resource.ftlh";
        model.put("claim", claim.get());
        model.put("title", claim.get().summary());
        model.put("contradictions", contradictions(iri));
        return "claim.ftlh";
    }

    private String quote(Node iri, Map<String, Object> model) {
        Optional<QueryRow> row = queries.selectOne(PageQuery.QUOTES, Map.of("quote", iri));
        if (row.isEmpty())
            return "resource.ftlh";
        QuoteView quote = views.quote(row.get());
        model.put("quote", quote);
        model.put("title", "Quotation" + (quote.speaker() == null ? "" : " by " + quote.speaker().text()));
        String claimIri = row.get().iri("claim");
        Optional<ClaimView> claim = claimIri == null ? Optional.empty() : claimView(claimIri);
        model.put("claim", claim.orElse(null));
        model.put("contradictions", claimIri == null ? List.of() : contradictions(node(claimIri)));
        return "quote.ftlh";
    }

    private String article(Node iri, Map<String, Object> model) {
        Optional<QueryRow> found = queries.selectOne(PageQuery.ARTICLE, Map.of("this", iri));
        if (found.isEmpty())
            return "resource.ftlh";
        QueryRow article = found.get();
        String text = article.text("text");
        List<QueryRow> claimRows = distinct(queries.select(PageQuery.CLAIMS, Map.of("article", iri)), "claim");
        List<QueryRow> quoteRows = queries.select(PageQuery.QUOTES, Map.of("article", iri));
        List<ClaimView> claims = claimRows.stream().map(row -> views.claim(row, null)).toList();
        List<QuoteView> quotes = quoteRows.stream().map(views::quote).toList();
        model.put("headline", article.text("headline"));
        model.put("outlet", article.text("outlet"));
        model.put("published", article.text("published"));
        model.put("url", views.resource(article.iri("url"), article.iri("url")));
        model.put("sourceFile", article.text("sourceFile"));
        model.put("sourceFormat", article.text("sourceFormat"));
        model.put("text", text == null ? List.of() : TextMarks.segments(text, marks(claimRows, claims, quoteRows, quotes, 0)));
        model.put("claims", claims);
        model.put("quotes", quotes);
        List<QueryRow> copies = queries.select(PageQuery.COPIES, Map.of("this", iri));
        model.put("copyOf", copies.stream().filter(row -> "canonical".equals(row.text("direction")))
                .map(row -> views.resource(row.iri("other"), row.text("headline"))).findFirst().orElse(null));
        model.put("copies", copies.stream().filter(row -> "copy".equals(row.text("direction")))
                .map(row -> views.resource(row.iri("other"), row.text("headline"))).toList());
        return "article.ftlh";
    }

    private String sentence(Node iri, Map<String, Object> model) {
        Optional<QueryRow> found = queries.selectOne(PageQuery.SENTENCE, Map.of("this", iri));
        if (found.isEmpty())
            return "resource.ftlh";
        QueryRow sentence = found.get();
        List<QueryRow> claimRows = distinct(queries.select(PageQuery.CLAIMS, Map.of("sentence", iri)), "claim");
        List<QueryRow> quoteRows = queries.select(PageQuery.QUOTES, Map.of("sentence", iri));
        List<ClaimView> claims = claimRows.stream().map(row -> views.claim(row, null)).toList();
        List<QuoteView> quotes = quoteRows.stream().map(views::quote).toList();
        int offset = (int) sentence.integer("begin", 0);
        model.put("text", TextMarks.segments(sentence.text("text"), marks(claimRows, claims, quoteRows, quotes, offset)));
        model.put("index", sentence.text("index"));
        model.put("article", views.resource(sentence.iri("article"), sentence.text("headline")));
        model.put("previous", views.resource(sentence.iri("previous"), "previous sentence"));
        model.put("next", views.resource(sentence.iri("next"), "next sentence"));
        model.put("claims", claims);
        model.put("quotes", quotes);
        return "sentence.ftlh";
    }

    private String ontology(Map<String, Object> model) {
        Map<String, List<Names.Term>> byKind = new LinkedHashMap<>();
        for (String kind : List.of("Class", "ObjectProperty", "DatatypeProperty", "AnnotationProperty", "NamedIndividual"))
            byKind.put(kind, new ArrayList<>());
        for (Names.Term term : views.names().terms())
            if (term.iri().startsWith(CK.NS))
                byKind.computeIfAbsent(term.kind() == null ? "NamedIndividual" : term.kind(), kind -> new ArrayList<>()).add(term);
        model.put("termsByKind", byKind);
        return "ontology.ftlh";
    }

    private Optional<ClaimView> claimView(String claim) {
        return queries.selectOne(PageQuery.CLAIMS, Map.of("claim", node(claim))).map(row -> views.claim(row, null));
    }

    private List<ClaimView> contradictions(Node claim) {
        return queries.select(PageQuery.CONTRADICTING, Map.of("this", claim)).stream()
                .map(row -> claimView(row.iri("other")))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Marks for the spans of claims and quotations, offsets shifted by {@code offset} (a sentence's begin). */
    private static List<TextMarks.Mark> marks(List<QueryRow> claimRows, List<ClaimView> claims,
                                              List<QueryRow> quoteRows, List<QuoteView> quotes, int offset) {
        List<TextMarks.Mark> marks = new ArrayList<>();
        for (int i = 0; i < claimRows.size(); i++) {
            ClaimView claim = claims.get(i);
            // A quote claim's span is its quotation's, which is marked as a quotation and links to the claim.
            if (claim.quotation() == null)
                mark(claimRows.get(i), offset, claim.negative() ? "claim negative" : "claim", claim.self().href(),
                        claim.summary()).ifPresent(marks::add);
        }
        for (int i = 0; i < quoteRows.size(); i++) {
            QuoteView quote = quotes.get(i);
            String title = "quotation" + (quote.speaker() == null ? "" : " by " + quote.speaker().text());
            mark(quoteRows.get(i), offset, "quote", quote.self().href(), title).ifPresent(marks::add);
        }
        return marks;
    }

    private static Optional<TextMarks.Mark> mark(QueryRow row, int offset, String kind, String href, String title) {
        Long begin = row.integer("begin");
        Long end = row.integer("end");
        if (begin == null || end == null)
            return Optional.empty();
        return Optional.of(new TextMarks.Mark((int) (begin - offset), (int) (end - offset), kind, href, title));
    }

    /** The first literal value of {@code property} in the statements, or null. */
    private static String textOf(List<QueryRow> statements, String property) {
        return statements.stream()
                .filter(row -> property.equals(row.iri("property")))
                .map(row -> row.text("value"))
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    /** The values of {@code property} in the statements. */
    private static List<Node> values(List<QueryRow> statements, String property) {
        return statements.stream()
                .filter(row -> property.equals(row.iri("property")))
                .map(row -> row.node("value").orElseThrow())
                .distinct()
                .toList();
    }

    /** Rows grouped by the IRI in {@code column}, in the order the rows come, each value once. */
    private List<PropertyValues> grouped(List<QueryRow> rows, String column, Function<QueryRow, ValueView> value) {
        Map<String, List<ValueView>> groups = new LinkedHashMap<>();
        for (QueryRow row : rows) {
            List<ValueView> values = groups.computeIfAbsent(row.iri(column), key -> new ArrayList<>());
            ValueView view = value.apply(row);
            if (!values.contains(view))
                values.add(view);
        }
        List<PropertyValues> result = new ArrayList<>();
        groups.forEach((property, values) ->
                result.add(new PropertyValues(views.term(property), views.names().comment(property), values)));
        return result;
    }

    /** The first row for each distinct value of {@code column}, in order. */
    private static List<QueryRow> distinct(List<QueryRow> rows, String column) {
        Map<String, QueryRow> first = new LinkedHashMap<>();
        rows.forEach(row -> first.putIfAbsent(row.iri(column), row));
        return List.copyOf(first.values());
    }

    private static String firstOf(String a, String b) {
        return a != null ? a : b;
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}

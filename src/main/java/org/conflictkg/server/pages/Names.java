package org.conflictkg.server.pages;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.conflictkg.store.DatasetExporter;

/**
 * The names pages give IRIs: the ontology's own labels for its terms (read from the ontology graph when the
 * server starts, as LodView reads its ontologies), prefixed names for the terms of other vocabularies, and
 * descriptive names for the graph's resources that have no label (sentences, claims, quotations).
 * <pre>
 *   names.term("https://w3id.org/conflict-kg/ontology#memberOf")    // "member of"
 *   names.term("http://schema.org/headline")                         // "schema:headline"
 * </pre>
 */
final class Names {

    /**
     * A term of the ontology as the ontology graph describes it.
     *
     * @param kind the local name of its OWL kind: Class, ObjectProperty, DatatypeProperty, ...; null if undeclared
     */
    public record Term(String iri, String kind, String label, String comment) {
        public String localName() {
            return iri.substring(iri.indexOf('#') + 1);
        }
    }

    private static final Map<String, String> PREFIXES = prefixes();

    private final UrlSpace urls;
    private final Map<String, Term> terms;

    private Names(UrlSpace urls, Map<String, Term> terms) {
        this.urls = urls;
        this.terms = terms;
    }

    /** The names of the ontology graph's terms, read from the dataset. */
    static Names load(PageQueries queries, UrlSpace urls) {
        Map<String, Term> terms = new LinkedHashMap<>();
        for (QueryRow row : queries.select(PageQuery.TERMS, Map.of())) {
            String kind = row.iri("kind");
            terms.put(row.iri("term"), new Term(row.iri("term"),
                    kind == null ? null : kind.substring(kind.lastIndexOf('#') + 1), row.text("label"), row.text("comment")));
        }
        return new Names(urls, terms);
    }

    /** The ontology's terms, in the order the ontology graph query gives them. */
    Collection<Term> terms() {
        return terms.values();
    }

    /** A term's label from the ontology, else its prefixed name, else the IRI. */
    String term(String iri) {
        Term term = terms.get(iri);
        return term != null ? term.label() : prefixed(iri).orElse(iri);
    }

    /** A term's comment from the ontology, or null. */
    String comment(String iri) {
        Term term = terms.get(iri);
        return term == null ? null : term.comment();
    }

    /**
     * A resource's name: {@code label} when there is one; else, for the graph's own resources, what they
     * are ("sentence 4 of article 001_..."); else a prefixed name or the IRI.
     */
    String resource(String iri, String label) {
        if (label != null && !label.isBlank())
            return label;
        Optional<ResourcePath> path = urls.resource(iri);
        if (path.isPresent())
            return describe(path.get());
        if (terms.containsKey(iri))
            return term(iri);
        return prefixed(iri).orElse(iri);
    }

    /** The prefixes the server writes RDF with and names terms by. */
    static Map<String, String> prefixMap() {
        return PREFIXES;
    }

    /** The prefixed name of {@code iri} with the project's prefixes, if one fits. */
    static Optional<String> prefixed(String iri) {
        for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
            String namespace = prefix.getValue();
            if (iri.startsWith(namespace) && iri.length() > namespace.length())
                return Optional.of(prefix.getKey() + ":" + iri.substring(namespace.length()));
        }
        return Optional.empty();
    }

    private static String describe(ResourcePath path) {
        String[] segments = path.relative().split("/");
        return switch (path.kind()) {
            case ENTITY, EVENT -> segments[2];
            case ARTICLE -> "article " + segments[2];
            case SENTENCE -> "sentence " + segments[4] + " of article " + segments[2];
            case CLAIM -> "claim " + segments[3] + " of article " + segments[2];
            case QUOTE -> "quotation " + segments[3] + " of article " + segments[2];
            case ONTOLOGY -> "the conflict-kg ontology";
        };
    }

    private static Map<String, String> prefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>(DatasetExporter.PREFIXES);
        prefixes.put("dcterms", "http://purl.org/dc/terms/");
        prefixes.put("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
        prefixes.put("time", "http://www.w3.org/2006/time#");
        prefixes.put("oa", "http://www.w3.org/ns/oa#");
        prefixes.put("vann", "http://purl.org/vocab/vann/");
        prefixes.put("void", "http://rdfs.org/ns/void#");
        prefixes.put("wdt", "http://www.wikidata.org/prop/direct/");
        return Collections.unmodifiableMap(prefixes);
    }
}

package org.conflictkg.server.pages;

import java.util.regex.Pattern;

/**
 * The kinds of resource the knowledge graph mints IRIs for, each with the exact shape of its path below
 * the base IRI ({@code id/entity/russia}, {@code id/article/001_082d920b4783cabf/sentence/4}, ...).
 * <p>
 * The shapes are strict on purpose: a request path that does not match one of them is answered 404
 * before any query runs, so no path segment ever reaches SPARQL unchecked.
 */
public enum ResourceKind {
    ENTITY("id/entity/" + Segments.SLUG),
    EVENT("id/event/" + Segments.SLUG),
    ARTICLE("id/article/" + Segments.ARTICLE),
    SENTENCE("id/article/" + Segments.ARTICLE + "/sentence/" + Segments.INDEX),
    CLAIM("id/claim/" + Segments.ARTICLE + "/" + Segments.HASH),
    QUOTE("id/quote/" + Segments.ARTICLE + "/" + Segments.HASH),
    /** The ontology document; its terms are hash IRIs within it ({@code ontology#memberOf}). */
    ONTOLOGY("ontology");

    private final Pattern shape;

    ResourceKind(String shape) {
        this.shape = Pattern.compile(shape);
    }

    /** Whether {@code relative}, a path below the base IRI without a leading slash, is of this kind. */
    boolean matches(String relative) {
        return shape.matcher(relative).matches();
    }

    /** Regular expressions of the segments the graph's IRIs are made of. */
    private static final class Segments {
        /** Entity and event keys: lower-case slugs, as the registry requires them. */
        static final String SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
        /** Article ids: corpus file names without extension; dots are left out so suffixes stay unambiguous. */
        static final String ARTICLE = "[A-Za-z0-9][A-Za-z0-9_-]{0,199}";
        /** Sentence numbers, from 0, without leading zeros. */
        static final String INDEX = "(?:0|[1-9][0-9]{0,6})";
        /** Claim and quote digests: 16 hex digits. */
        static final String HASH = "[0-9a-f]{16}";

        private Segments() {}
    }
}

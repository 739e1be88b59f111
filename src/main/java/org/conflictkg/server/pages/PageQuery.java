package org.conflictkg.server.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * The SPARQL queries the pages run, one {@code .rq} file each in {@code queries/} beside this class, parsed
 * when the class loads so that a broken file stops the server at start-up, not at the first request. Each
 * file's comment says what it selects and which variables a page substitutes; every SELECT and CONSTRUCT
 * has a LIMIT.
 */
enum PageQuery {
    EXISTS("exists"),
    STATEMENTS("statements"),
    INCOMING("incoming"),
    CLAIMS("claims"),
    QUOTES("quotes"),
    CONTRADICTING("contradicting"),
    ARTICLE("article"),
    COPIES("copies"),
    SENTENCE("sentence"),
    TIMELINE("timeline"),
    TIMELINE_ABOUT("timeline-about"),
    EVENT_DATES("event-dates"),
    MEMBERS("members"),
    ARTICLES("articles"),
    COUNTS("counts"),
    SEARCH("search"),
    TERMS("terms"),
    DESCRIPTION("description"),
    ONTOLOGY("ontology"),
    VOID("void"),
    PROPERTIES("properties"),
    CLASSES("classes");

    private final Query query;

    PageQuery(String name) {
        this.query = parse("queries/" + name + ".rq");
    }

    /** A copy of the parsed query, for a caller that changes it. */
    Query query() {
        return query.cloneQuery();
    }

    private static Query parse(String file) {
        try (InputStream in = PageQuery.class.getResourceAsStream(file)) {
            if (in == null)
                throw new IllegalStateException("Page query missing from the classpath: " + file);
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read page query " + file, e);
        } catch (QueryParseException e) {
            throw new IllegalStateException("Page query " + file + " does not parse: " + e.getMessage(), e);
        }
    }
}

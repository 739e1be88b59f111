package org.conflictkg.server.pages;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.conflictkg.rdf.Nif;
import org.conflictkg.rdf.SchemaOrg;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index (jena-text over Lucene) of the generation a server serves: a field {@code name} for
 * labels, aliases and headlines, and a field {@code text} for sentences, quotations and article texts. The
 * search page's query ({@code queries/search.rq}) reaches it through {@code text:query}.
 * <pre>
 *   try (SearchIndex index = SearchIndex.build(dataset)) {
 *       Optional&lt;String&gt; lucene = SearchIndex.luceneQuery("Russia peacekeepers");   // "russia* AND peacekeepers*"
 *   }
 * </pre>
 * The index is built in memory, from the dataset, each time a server starts. {@code kg build} loads a
 * generation with TDB2's bulk loader, which writes around jena-text, so no index exists until one is built
 * after the load; and a generation never changes once it is live, so an index built from it when serving
 * begins stays exact for as long as it is served. Building reads every indexed statement once (for the
 * five-article corpus, a few thousand, well under a second). Held in memory, the index needs no directory
 * beside the generation, no Lucene write lock shared between servers, and nothing to delete with the
 * generation.
 */
final class SearchIndex implements AutoCloseable {

    /** The most words of a search that are used. */
    static final int MAX_WORDS = 12;

    /** Words at least this long also find words they begin ("russia" finds "Russian"). */
    static final int MIN_PREFIX = 3;

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final String ENTITY_FIELD = "uri";
    private static final String NAME_FIELD = "name";
    private static final String TEXT_FIELD = "text";
    private static final String WORD_SEPARATORS = "[\\s\\p{Punct}&&[^'-]]+";

    private final TextIndexLucene index;

    private SearchIndex(TextIndexLucene index) {
        this.index = index;
    }

    /** Indexes the names and texts of every graph of {@code dataset}. */
    static SearchIndex build(DatasetGraph dataset) {
        long start = System.nanoTime();
        EntityDefinition fields = new EntityDefinition(ENTITY_FIELD, NAME_FIELD, RDFS.label.asNode());
        fields.set(NAME_FIELD, SKOS.altLabel.asNode());
        fields.set(NAME_FIELD, SchemaOrg.headline.asNode());
        fields.set(TEXT_FIELD, Nif.anchorOf.asNode());
        fields.set(TEXT_FIELD, SchemaOrg.text.asNode());
        TextIndexLucene index = new TextIndexLucene(new ByteBuffersDirectory(), new TextIndexConfig(fields));
        long documents = Txn.calculateRead(dataset, () -> {
            long added = 0;
            for (String field : List.of(NAME_FIELD, TEXT_FIELD))
                for (Node predicate : fields.getPredicates(field))
                    added += add(dataset.find(Node.ANY, Node.ANY, predicate, Node.ANY), fields, index);
            return added;
        });
        index.commit();
        LOG.info("Search index: {} names and texts in {} ms", documents, (System.nanoTime() - start) / 1_000_000);
        return new SearchIndex(index);
    }

    private static long add(Iterator<Quad> quads, EntityDefinition fields, TextIndex index) {
        long added = 0;
        while (quads.hasNext()) {
            Entity entity = TextQueryFuncs.entityFromQuad(fields, quads.next());
            if (entity != null) {
                index.addEntity(entity);
                added++;
            }
        }
        return added;
    }

    TextIndex textIndex() {
        return index;
    }

    /**
     * The Lucene query for what a user typed: every word must occur, or, from {@link #MIN_PREFIX} letters,
     * a word it begins. Words are lower-cased (so that "and" or "not" stays a word, not an operator) and
     * escaped, so no input is taken as Lucene syntax; at most {@link #MAX_WORDS} are used. Empty if nothing
     * is left to search for.
     */
    static Optional<String> luceneQuery(String typed) {
        List<String> words = words(typed).stream()
                .map(word -> QueryParserBase.escape(word.toLowerCase(Locale.ROOT)))
                .map(word -> word.length() >= MIN_PREFIX ? word + "*" : word)
                .toList();
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", words));
    }

    /**
     * The words of what a user typed that a search looks for: runs of characters between spaces and
     * punctuation (apostrophes and hyphens stay inside words), each with a letter or digit.
     */
    static List<String> words(String typed) {
        if (typed == null)
            return List.of();
        return Arrays.stream(typed.split(WORD_SEPARATORS))
                .filter(word -> word.chars().anyMatch(Character::isLetterOrDigit))
                .limit(MAX_WORDS)
                .toList();
    }

    @Override
    public void close() {
        index.close();
    }
}

package org.conflictkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.conflictkg.extract.Claim;
import org.conflictkg.extract.Entity;
import org.conflictkg.extract.TimeSpec;

/**
 * Mints the project's IRIs. They are stable: the same entity, article, sentence or claim gets the same
 * IRI in every build, so links into the graph keep working across rebuilds.
 */
public final class Iris {

    /** Entity types that are events and so live under {@code id/event/}. */
    public static final Set<String> EVENT_TYPES = Set.of("Event", "Conflict", "War", "Clash", "MilitaryOperation", "Ceasefire", "Deployment");

    private Iris() {}

    public static Node entity(Entity e) {
        String base = EVENT_TYPES.contains(e.type()) ? CK.EVENT_BASE : CK.ENTITY_BASE;
        return NodeFactory.createURI(base + e.key());
    }

    public static Node article(String articleId) {
        return NodeFactory.createURI(CK.ARTICLE_BASE + articleId);
    }

    public static Node articleGraph(String articleId) {
        return NodeFactory.createURI(CK.ARTICLE_GRAPH_BASE + articleId);
    }

    public static Node sentence(String articleId, int index) {
        return NodeFactory.createURI(CK.ARTICLE_BASE + articleId + "/sentence/" + index);
    }

    /** A claim's IRI from a digest of what it states and where, so reruns give the same IRI. */
    public static Node claim(Claim c) {
        String content = c.relation() + "|" + c.subject().key() + "|" + c.object().key() + "|" + c.polarity() + "|"
                + c.time().map(TimeSpec::toString).orElse("") + "|" + c.evidence().begin() + "|" + c.evidence().end();
        return NodeFactory.createURI(CK.CLAIM_BASE + c.articleId() + "/" + digest(content));
    }

    /** The graph of links derived across articles (contradictions), rebuilt with every build. */
    public static Node derivedGraph() {
        return NodeFactory.createURI(CK.GRAPH_BASE + "derived");
    }

    public static Node quote(String articleId, String content) {
        return NodeFactory.createURI(CK.QUOTE_BASE + articleId + "/" + digest(content));
    }

    public static Node wikidata(String qid) {
        return NodeFactory.createURI("http://www.wikidata.org/entity/" + qid);
    }

    static String digest(String content) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}

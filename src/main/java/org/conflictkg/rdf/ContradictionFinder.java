package org.conflictkg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.extract.ArticleClaims;
import org.conflictkg.extract.Claim;
import org.conflictkg.extract.ClaimObject;
import org.conflictkg.extract.Polarity;
import org.conflictkg.extract.Quantity;

/**
 * Finds claims of different articles that cannot both be true and links them with
 * {@code ck:contradicts}, both ways, in the derived graph. Both claims are kept, with their sources:
 * the graph reports a disagreement, it does not settle it.
 * <ul>
 *   <li>the same relation between the same subject and object, asserted by one article and denied by
 *       another ("Azerbaijan is a member" / "is not");</li>
 *   <li>figures for the same event and relation whose ranges do not overlap ("killed 30,000" /
 *       "killed 20,000"; "at least 110" / "fewer than 100"). Rising tallies ("at least 39", later "at
 *       least 100") overlap and are not contradictions.</li>
 * </ul>
 * It keeps one small record per claim, not the articles, so it can watch a streamed build.
 * <pre>
 *   ContradictionFinder finder = new ContradictionFinder();
 *   articles.forEach(finder::observe);
 *   finder.write(stream);
 * </pre>
 */
public final class ContradictionFinder {

    /** "About N" is read as N ± this share. */
    static final double APPROXIMATE = 0.2;

    private record Seen(Node iri, String articleId, Polarity polarity, ClaimObject object) {}

    private final Map<String, List<Seen>> byTopic = new HashMap<>();
    private final List<Node[]> pairs = new ArrayList<>();

    public void observe(ArticleClaims ac) {
        for (Claim c : ac.claims()) {
            if (c.object() instanceof ClaimObject.QuoteValue) continue;
            String topic = c.relation() + "|" + c.subject().key()
                    + (c.object() instanceof ClaimObject.EntityValue e ? "|" + e.entity().key() : "");
            Seen now = new Seen(Iris.claim(c), c.articleId(), c.polarity(), c.object());
            List<Seen> earlier = byTopic.computeIfAbsent(topic, k -> new ArrayList<>());
            for (Seen before : earlier) {
                if (!before.articleId().equals(now.articleId()) && disagree(before, now)) pairs.add(new Node[] {before.iri(), now.iri()});
            }
            earlier.add(now);
        }
    }

    /** How many contradicting pairs were found. */
    public int pairCount() {
        return pairs.size();
    }

    public void write(StreamRDF out) {
        Node g = Iris.derivedGraph();
        Node p = CK.contradicts.asNode();
        for (Node[] pair : pairs) {
            out.quad(Quad.create(g, pair[0], p, pair[1]));
            out.quad(Quad.create(g, pair[1], p, pair[0]));
        }
    }

    private static boolean disagree(Seen a, Seen b) {
        if (a.object() instanceof ClaimObject.QuantityValue qa && b.object() instanceof ClaimObject.QuantityValue qb) {
            return a.polarity() == Polarity.POSITIVE && b.polarity() == Polarity.POSITIVE && !overlap(qa.quantity(), qb.quantity());
        }
        return a.polarity() != b.polarity();
    }

    /** Whether two figures can describe the same number. */
    static boolean overlap(Quantity a, Quantity b) {
        double[] x = range(a);
        double[] y = range(b);
        return x[0] <= y[1] && y[0] <= x[1];
    }

    /** The closed range of numbers a figure admits (open bounds nudged inwards by one person). */
    private static double[] range(Quantity q) {
        double v = q.value();
        return switch (q.bound()) {
            case EXACT -> new double[] {v, v};
            case AT_LEAST -> new double[] {v, Double.MAX_VALUE};
            case MORE_THAN -> new double[] {v + 1, Double.MAX_VALUE};
            case AT_MOST -> new double[] {0, v};
            case FEWER_THAN -> new double[] {0, v - 1};
            case ABOUT -> new double[] {v * (1 - APPROXIMATE), v * (1 + APPROXIMATE)};
        };
    }
}

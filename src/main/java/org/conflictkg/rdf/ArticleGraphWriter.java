package org.conflictkg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.corpus.Article;
import org.conflictkg.corpus.PartialDate;
import org.conflictkg.extract.ArticleClaims;
import org.conflictkg.extract.Claim;
import org.conflictkg.extract.ClaimExtractor;
import org.conflictkg.extract.ClaimObject;
import org.conflictkg.extract.Entity;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.Polarity;
import org.conflictkg.extract.SentenceSpan;

/**
 * Writes one article's named graph: the article, its sentences, its claims as statement nodes with
 * their evidence, its quotations, and the plain triple of every positive claim. Negative claims never
 * yield a plain triple. Everything goes into {@code graph/article/<id>} so the article can be replaced
 * as a unit.
 * <pre>
 *   new ArticleGraphWriter(stream).write(articleClaims);
 * </pre>
 */
public final class ArticleGraphWriter {

    private final StreamRDF out;

    public ArticleGraphWriter(StreamRDF out) {
        this.out = out;
    }

    public void write(ArticleClaims ac) {
        Article a = ac.article();
        Node g = Iris.articleGraph(a.id());
        Node art = Iris.article(a.id());
        writeArticle(g, art, a);
        for (SentenceSpan s : ac.sentences()) writeSentence(g, art, a, s);
        Set<Entity> mentioned = new HashSet<>();
        for (Claim c : ac.claims()) {
            writeClaim(g, art, a, c);
            mentioned.add(c.subject());
            if (c.object() instanceof ClaimObject.EntityValue ev) mentioned.add(ev.entity());
            c.source().ifPresent(mentioned::add);
        }
        // Entities the registry lacks are described where they are named.
        for (Entity e : ac.mintedEntities()) {
            if (!mentioned.contains(e)) continue;
            Node n = Iris.entity(e);
            quad(g, n, RDF.type.asNode(), type(e.type()));
            quad(g, n, RDFS.label.asNode(), NodeFactory.createLiteralLang(e.label(), "en"));
        }
    }

    private void writeArticle(Node g, Node art, Article a) {
        quad(g, art, RDF.type.asNode(), CK.Article.asNode());
        quad(g, art, RDF.type.asNode(), SchemaOrg.NewsArticle.asNode());
        quad(g, art, CK.sourceFile.asNode(), string(a.source().getFileName().toString()));
        quad(g, art, CK.sourceFormat.asNode(), string(a.format().name()));
        a.metadata().title().ifPresent(t -> quad(g, art, SchemaOrg.headline.asNode(), NodeFactory.createLiteralLang(t, "en")));
        a.metadata().url().ifPresent(u -> quad(g, art, SchemaOrg.url.asNode(), NodeFactory.createURI(u)));
        a.metadata().outlet().ifPresent(o -> quad(g, art, CK.outlet.asNode(), string(o)));
        a.metadata().published().ifPresent(d -> quad(g, art, SchemaOrg.datePublished.asNode(), date(d)));
        quad(g, art, SchemaOrg.text.asNode(), string(a.text()));
        a.duplicateOf().ifPresent(c -> quad(g, art, CK.copyOf.asNode(), Iris.article(c)));
    }

    private void writeSentence(Node g, Node art, Article a, SentenceSpan s) {
        Node n = Iris.sentence(a.id(), s.index());
        quad(g, n, RDF.type.asNode(), CK.Sentence.asNode());
        quad(g, n, RDF.type.asNode(), Nif.Sentence.asNode());
        quad(g, n, CK.inArticle.asNode(), art);
        quad(g, n, CK.sentenceIndex.asNode(), nonNegative(s.index()));
        quad(g, n, Nif.anchorOf.asNode(), string(a.text().substring(s.begin(), s.end())));
        offsets(g, n, a, s.begin(), s.end());
    }

    private void writeClaim(Node g, Node art, Article a, Claim c) {
        Evidence ev = c.evidence();
        Node quoteNode = null;
        if (c.object() instanceof ClaimObject.QuoteValue q) {
            quoteNode = Iris.quote(a.id(), ev.begin() + "|" + ev.end() + "|" + q.text());
            quad(g, quoteNode, RDF.type.asNode(), SchemaOrg.Quotation.asNode());
            quad(g, quoteNode, SchemaOrg.text.asNode(), string(q.text()));
            if (!c.subject().isUnknown()) quad(g, quoteNode, SchemaOrg.creator.asNode(), Iris.entity(c.subject()));
            quad(g, quoteNode, CK.statedIn.asNode(), Iris.sentence(a.id(), ev.sentenceIndex()));
            quad(g, quoteNode, CK.inArticle.asNode(), art);
            offsets(g, quoteNode, a, ev.begin(), ev.end());
            // A quotation the text does not attribute is kept, but it is nobody's claim.
            if (c.subject().isUnknown()) return;
        }
        Node n = Iris.claim(c);
        Node property = CK.relation(c.relation().name()).asNode();
        Node subject = Iris.entity(c.subject());
        quad(g, n, RDF.type.asNode(), CK.Claim.asNode());
        quad(g, n, RDF.type.asNode(), SchemaOrg.Claim.asNode());
        quad(g, n, CK.relation.asNode(), property);
        quad(g, n, CK.subject.asNode(), subject);
        Node plainObject;
        if (c.object() instanceof ClaimObject.EntityValue e) {
            plainObject = Iris.entity(e.entity());
            quad(g, n, CK.object.asNode(), plainObject);
        } else if (c.object() instanceof ClaimObject.QuantityValue q) {
            quad(g, n, CK.quantityBound.asNode(), string(q.quantity().bound().symbol()));
            plainObject = NodeFactory.createLiteralDT(Long.toString(q.quantity().value()), XSDDatatype.XSDinteger);
            quad(g, n, CK.quantityValue.asNode(), plainObject);
        } else {
            ClaimObject.QuoteValue q = (ClaimObject.QuoteValue) c.object();
            quad(g, n, CK.quotation.asNode(), quoteNode);
            plainObject = string(q.text());
        }
        quad(g, n, CK.polarity.asNode(), (c.polarity() == Polarity.POSITIVE ? CK.Positive : CK.Negative).asNode());
        c.time().ifPresent(t -> {
            quad(g, n, CK.time.asNode(), string(t.toString()));
            quad(g, n, CK.timeStart.asNode(), date(t.start()));
            t.end().ifPresent(e -> quad(g, n, CK.timeEnd.asNode(), date(e)));
        });
        c.source().ifPresent(s -> quad(g, n, CK.reportedBy.asNode(), Iris.entity(s)));
        quad(g, n, CK.statedIn.asNode(), Iris.sentence(a.id(), ev.sentenceIndex()));
        quad(g, n, CK.inArticle.asNode(), art);
        quad(g, n, CK.evidenceText.asNode(), string(a.text().substring(ev.begin(), ev.end())));
        offsets(g, n, a, ev.begin(), ev.end());
        quad(g, n, CK.extractor.asNode(), string(c.extractor()));
        quad(g, n, CK.extractorVersion.asNode(), string(ClaimExtractor.VERSION));
        quad(g, n, CK.confidence.asNode(), NodeFactory.createLiteralDT(
                BigDecimal.valueOf(c.confidence()).setScale(2, RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal));
        if (c.polarity() == Polarity.POSITIVE) quad(g, subject, property, plainObject);
    }

    /** Offsets in the cleaned text (NIF) and in the original file. */
    private void offsets(Node g, Node n, Article a, int begin, int end) {
        quad(g, n, Nif.beginIndex.asNode(), nonNegative(begin));
        quad(g, n, Nif.endIndex.asNode(), nonNegative(end));
        quad(g, n, CK.sourceBeginIndex.asNode(), nonNegative(a.offsets().toOriginal(begin)));
        quad(g, n, CK.sourceEndIndex.asNode(), nonNegative(a.offsets().toOriginalEnd(end)));
    }

    static Node type(String localName) {
        return NodeFactory.createURI(CK.NS + localName);
    }

    static Node date(PartialDate d) {
        XSDDatatype dt = switch (d.precision()) {
            case YEAR -> XSDDatatype.XSDgYear;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case DAY -> XSDDatatype.XSDdate;
        };
        return NodeFactory.createLiteralDT(d.toString(), dt);
    }

    static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    private static Node nonNegative(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDnonNegativeInteger);
    }

    private void quad(Node g, Node s, Node p, Node o) {
        out.quad(Quad.create(g, s, p, o));
    }

}

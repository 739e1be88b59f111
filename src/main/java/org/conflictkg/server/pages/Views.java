package org.conflictkg.server.pages;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.conflictkg.rdf.CK;

/**
 * Turns the rows of page queries into the views templates show: links named and pointed at the right page,
 * claims and quotations with their evidence marked, values with their datatype.
 */
final class Views {

    /** Words for the bounds of ck:quantityBound. */
    private static final Map<String, String> BOUNDS = Map.of(
            "=", "", ">=", "at least ", ">", "more than ", "<=", "at most ", "<", "fewer than ", "~", "about ");

    private final UrlSpace urls;
    private final Names names;

    Views(UrlSpace urls, Names names) {
        this.urls = urls;
        this.names = names;
    }

    UrlSpace urls() {
        return urls;
    }

    Names names() {
        return names;
    }

    /** A link to a resource, named by {@code label} or else as {@link Names#resource} names it; null for null. */
    Link resource(String iri, String label) {
        if (iri == null)
            return null;
        return new Link(urls.href(iri).orElse(null), names.resource(iri, label), !urls.isLocal(iri));
    }

    /** A link to a vocabulary term, named from the ontology. */
    Link term(String iri) {
        return new Link(urls.href(iri).orElse(null), names.term(iri), !urls.isLocal(iri));
    }

    /** A value of a property: a link for an IRI, text with its language or datatype for a literal. */
    ValueView value(Node node, String label) {
        if (node.isURI())
            return new ValueView(resource(node.getURI(), label), null, null);
        if (node.isLiteral()) {
            String language = node.getLiteralLanguage();
            String note = !language.isEmpty() ? language
                    : Names.prefixed(node.getLiteralDatatypeURI()).filter(dt -> !dt.equals("xsd:string")).orElse(null);
            return new ValueView(null, node.getLiteralLexicalForm(), note);
        }
        return new ValueView(null, "(blank node)", null);
    }

    /** A claim from a row of {@link PageQuery#CLAIMS}; {@code role} is the listing party's role or null. */
    ClaimView claim(QueryRow row, String role) {
        String iri = row.iri("claim");
        boolean negative = CK.Negative.getURI().equals(row.iri("polarity"));
        Link quotation = row.iri("quotation") == null ? null
                : new Link(urls.href(row.iri("quotation")).orElse(null), row.text("quotationText"), false);
        Link relation = term(row.iri("relation"));
        Link subject = resource(row.iri("subject"), row.text("subjectLabel"));
        String summary = subject.text() + (negative ? " NOT " : " ") + relation.text();
        Evidence evidence = evidence(row, negative ? "claim negative" : "claim", urls.href(iri).orElse(null), summary);
        return new ClaimView(iri, resource(iri, null), relation, role, subject,
                resource(row.iri("object"), row.text("objectLabel")),
                quantity(row.text("quantityBound"), row.text("quantityValue")), quotation, negative,
                time(row.text("time")), row.text("timeStart"),
                resource(row.iri("reportedBy"), row.text("reportedByLabel")), evidence,
                resource(row.iri("article"), row.text("headline")), row.text("outlet"), row.text("published"),
                row.text("extractor"), row.text("extractorVersion"), row.text("confidence"));
    }

    /** A quotation from a row of {@link PageQuery#QUOTES}. */
    QuoteView quote(QueryRow row) {
        String iri = row.iri("quote");
        Link speaker = resource(row.iri("speaker"), row.text("speakerLabel"));
        String title = "quotation" + (speaker == null ? "" : " by " + speaker.text());
        return new QuoteView(iri, resource(iri, null), row.text("text"), speaker,
                evidence(row, "quote", urls.href(iri).orElse(null), title),
                resource(row.iri("article"), row.text("headline")), row.text("outlet"), row.text("published"),
                row.iri("claim") == null ? null : Link.local(urls.href(row.iri("claim")).orElse(null), "the claim"));
    }

    /** The row's sentence with its span ({@code begin}, {@code end} in the article) marked. */
    private Evidence evidence(QueryRow row, String kind, String href, String title) {
        String sentenceIri = row.iri("sentence");
        Link sentence = resource(sentenceIri, "sentence " + sentenceIri.substring(sentenceIri.lastIndexOf('/') + 1));
        String text = row.text("sentenceText");
        if (text == null)
            return new Evidence(List.of(), sentence);
        long offset = row.integer("sentenceBegin", 0);
        Long begin = row.integer("begin");
        Long end = row.integer("end");
        List<TextMarks.Mark> marks = begin == null || end == null ? List.of()
                : List.of(new TextMarks.Mark((int) (begin - offset), (int) (end - offset), kind, href, title));
        return new Evidence(TextMarks.segments(text, marks), sentence);
    }

    /** "at least 39" from the bound ">=" and the value 39; null without a value. */
    static String quantity(String bound, String value) {
        if (value == null)
            return null;
        return BOUNDS.getOrDefault(bound == null ? "=" : bound, bound + " ") + value;
    }

    /** A ck:time value in words: "1993/.." is "from 1993", "1988/1994" is "1988 – 1994". */
    static String time(String time) {
        if (time == null)
            return null;
        int slash = time.indexOf('/');
        if (slash < 0)
            return time;
        String start = time.substring(0, slash);
        String end = time.substring(slash + 1);
        if (end.equals(".."))
            return "from " + start;
        if (start.equals(".."))
            return "until " + end;
        return start + " \u2013 " + end;
    }
}

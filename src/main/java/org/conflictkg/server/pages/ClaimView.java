package org.conflictkg.server.pages;

/**
 * A claim as pages show it: what it states, how, where and by which rule. Absent parts are null.
 *
 * @param self           the claim's page
 * @param relation       the relation, named from the ontology
 * @param role           when the claim is listed on a party's page, the party's role: {@code subject} or
 *                       {@code object}; else null
 * @param object         the object of an entity relation
 * @param quantity       the number of a killed/injured/displaced claim with its bound, e.g. "at least 39"
 * @param quotation      the quotation of a quote claim, its words as text
 * @param negative       whether the article says the claim is not so
 * @param time           when the claim holds, in words ("from 1993")
 * @param timeStart      the first date of the time, ISO 8601 at its precision, for sorting
 * @param reportedBy     who the article says reported it
 * @param evidence       the sentence with the claim's span marked
 * @param confidence     how far the extracting rule is trusted, 0 to 1
 */
public record ClaimView(String iri, Link self, Link relation, String role, Link subject, Link object,
                        String quantity, Link quotation, boolean negative, String time, String timeStart,
                        Link reportedBy, Evidence evidence, Link article, String outlet, String published,
                        String extractor, String extractorVersion, String confidence) {

    /** The claim in one line of plain words, e.g. "Azerbaijan NOT member of CSTO", for tooltips. */
    public String summary() {
        String what = object != null ? " " + object.text()
                : quantity != null ? " " + quantity
                : quotation != null ? " \u201c" + quotation.text() + "\u201d"
                : "";
        return subject.text() + (negative ? " NOT " : " ") + relation.text() + what;
    }
}

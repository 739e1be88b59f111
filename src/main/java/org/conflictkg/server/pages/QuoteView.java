package org.conflictkg.server.pages;

/**
 * A quotation as pages show it. Absent parts are null.
 *
 * @param speaker  who said it, when the article names them
 * @param evidence the sentence with the quotation marked
 * @param claim    the quote claim that attributes it, when there is one
 */
public record QuoteView(String iri, Link self, String text, Link speaker, Evidence evidence, Link article,
                        String outlet, String published, Link claim) {
}

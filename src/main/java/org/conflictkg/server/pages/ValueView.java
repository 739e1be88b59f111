package org.conflictkg.server.pages;

/**
 * One value of a property as a page shows it: a link for a resource, text for a literal.
 *
 * @param link a resource's link, or null for a literal
 * @param text a literal's lexical form, or null for a resource
 * @param note a literal's language tag or datatype (prefixed), or null
 */
public record ValueView(Link link, String text, String note) {
}

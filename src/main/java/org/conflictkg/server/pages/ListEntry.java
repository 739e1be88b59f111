package org.conflictkg.server.pages;

/**
 * One row of a list page: an actor, place or event with its type and how many claims it takes part in; or
 * an article with its outlet, date, numbers of claims and quotations, and the article it copies.
 */
public record ListEntry(Link item, Link type, long claims, long quotes, String outlet, String published, Link copyOf) {
}

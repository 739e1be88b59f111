package org.conflictkg.server.pages;

/**
 * A dated item of a timeline: an event of the registry, or a claim whose time the article gives.
 *
 * @param date  when it starts: ISO 8601 at the precision known (a year, a month or a day)
 * @param end   for an event, when it ended, if known
 * @param event the event, or null for a claim
 * @param type  the event's type
 * @param claim the claim, or null for an event
 */
public record TimelineEntry(String date, String end, Link event, Link type, ClaimView claim) {
}

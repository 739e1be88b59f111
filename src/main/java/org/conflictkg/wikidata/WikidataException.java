package org.conflictkg.wikidata;

/**
 * Wikidata could not be asked, or would not answer, within what was allowed: the endpoint is unreachable,
 * it asked us to wait longer than the time left, or it answered with an error. The message says which,
 * naming the endpoint.
 */
public final class WikidataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WikidataException(String message) {
        super(message);
    }

    public WikidataException(String message, Throwable cause) {
        super(message, cause);
    }
}

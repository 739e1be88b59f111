package org.conflictkg.wikidata;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The turn-taking in front of one SPARQL endpoint, shared by everything in this JVM that queries it: one
 * query at a time, and none before the time the endpoint last named in a {@code Retry-After} header.
 * <pre>
 *   EndpointGate gate = EndpointGate.of(WD.QUERY_SERVICE);
 *   EndpointGate.Turn turn = gate.enter(deadline);
 *   try {
 *       // send one query; on HTTP 429, gate.holdFor(response headers)
 *   } finally {
 *       turn.leave();
 *   }
 * </pre>
 * The Wikidata Query Service asks each client to run one query at a time, answers 429 with Retry-After
 * when a client uses more than its minute of query time per minute, and bans clients that keep sending.
 * {@code kg wikidata refresh} and the server's federated {@code SERVICE} calls go through the same gate,
 * so together they never have two queries in flight nor send while asked to wait.
 */
final class EndpointGate {

    /** How long to hold off after a 429 that names no usable time: the service's accounting window. */
    static final Duration DEFAULT_HOLD = Duration.ofSeconds(60);

    private static final ConcurrentMap<String, EndpointGate> GATES = new ConcurrentHashMap<>();

    private final String endpoint;
    private final Semaphore turn = new Semaphore(1, true);
    private final AtomicReference<Instant> notBefore = new AtomicReference<>(Instant.EPOCH);

    private EndpointGate(String endpoint) {
        this.endpoint = endpoint;
    }

    /** The gate of an endpoint, the same object for the same URL everywhere in the JVM. */
    static EndpointGate of(String endpoint) {
        return GATES.computeIfAbsent(endpoint, EndpointGate::new);
    }

    /** The time before which no query may be sent; in the past when there is no hold. */
    Instant notBefore() {
        return notBefore.get();
    }

    /** Holds every query until the time the 429 response's {@code Retry-After} names; a later hold wins. */
    void holdFor(HttpHeaders tooManyRequests) {
        Instant until = retryAfter(tooManyRequests.firstValue("Retry-After").orElse(null), Instant.now());
        notBefore.accumulateAndGet(until, (a, b) -> a.isAfter(b) ? a : b);
    }

    /**
     * Waits for this caller's turn and for any hold to pass, then returns the turn, to be left when the
     * query is done.
     *
     * @throws WikidataException when the turn or the end of the hold would come after {@code deadline};
     *                           nothing has been sent then
     */
    Turn enter(Instant deadline) throws InterruptedException {
        if (!turn.tryAcquire(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS))
            throw new WikidataException(endpoint + " is still busy with another query of this process at the deadline;"
                    + " queries to it run one at a time");
        try {
            Instant hold = notBefore.get();
            if (hold.isAfter(deadline))
                throw new WikidataException(endpoint + " asked for no queries before " + hold
                        + " (HTTP 429 with Retry-After), which is past the time allowed");
            long wait = Duration.between(Instant.now(), hold).toMillis();
            if (wait > 0) Thread.sleep(wait);
        } catch (InterruptedException | RuntimeException e) {
            turn.release();
            throw e;
        }
        return turn::release;
    }

    /**
     * When a {@code Retry-After} value lets a client send again: a number of seconds, or an HTTP date
     * (RFC 7231 section 7.1.3). A missing or unreadable value means {@link #DEFAULT_HOLD}.
     */
    static Instant retryAfter(String value, Instant now) {
        if (value != null) {
            String v = value.strip();
            if (v.matches("[0-9]{1,9}")) return now.plusSeconds(Long.parseLong(v));
            try {
                return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                // fall through to the default: a hold we cannot read is still a hold
            }
        }
        return now.plus(DEFAULT_HOLD);
    }

    /** A caller's turn at the endpoint; leaving it lets the next caller in. */
    @FunctionalInterface
    interface Turn {
        void leave();
    }
}

package org.conflictkg.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Turn-taking and Retry-After at one endpoint; each test uses an endpoint name of its own. */
class EndpointGateTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        assertEquals(NOW.plusSeconds(120), EndpointGate.retryAfter("120", NOW));
        assertEquals(NOW.plusSeconds(7), EndpointGate.retryAfter(" 7 ", NOW));
        // The example date of RFC 7231, section 7.1.3.
        assertEquals(Instant.parse("2015-10-21T07:28:00Z"), EndpointGate.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT", NOW));
    }

    @Test
    void aMissingOrUnreadableRetryAfterStillHoldsForAMinute() {
        assertEquals(NOW.plus(EndpointGate.DEFAULT_HOLD), EndpointGate.retryAfter(null, NOW));
        assertEquals(NOW.plus(EndpointGate.DEFAULT_HOLD), EndpointGate.retryAfter("soon", NOW));
        assertEquals(NOW.plus(EndpointGate.DEFAULT_HOLD), EndpointGate.retryAfter("-5", NOW));
        assertEquals(Duration.ofSeconds(60), EndpointGate.DEFAULT_HOLD);
    }

    @Test
    void aHoldPastTheDeadlineIsRefusedAtOnceAndFreesTheTurn() throws InterruptedException {
        EndpointGate gate = EndpointGate.of("test:hold-past-deadline");
        gate.holdFor(retryAfter("3600"));
        Instant start = Instant.now();

        WikidataException refused = assertThrows(WikidataException.class, () -> gate.enter(Instant.now().plusSeconds(10)));

        assertTrue(Duration.between(start, Instant.now()).toMillis() < 2000, "did not wait for a hold it cannot outlast");
        assertTrue(refused.getMessage().contains("Retry-After"), refused.getMessage());
        // The refused caller did not keep the turn: the next one is refused for the hold, not for being busy.
        WikidataException again = assertThrows(WikidataException.class, () -> gate.enter(Instant.now().plusMillis(100)));
        assertTrue(again.getMessage().contains("Retry-After"), again.getMessage());
    }

    @Test
    void aShortHoldIsWaitedOut() throws InterruptedException {
        EndpointGate gate = EndpointGate.of("test:short-hold");
        gate.holdFor(retryAfter("1"));
        Instant start = Instant.now();

        gate.enter(Instant.now().plusSeconds(10)).leave();

        assertTrue(Duration.between(start, Instant.now()).toMillis() >= 900);
    }

    @Test
    void aLaterHoldIsNotShortenedByAnEarlierOne() {
        EndpointGate gate = EndpointGate.of("test:later-hold-wins");
        gate.holdFor(retryAfter("600"));
        gate.holdFor(retryAfter("1"));

        assertTrue(gate.notBefore().isAfter(Instant.now().plusSeconds(500)), gate.notBefore().toString());
    }

    @Test
    void queriesTakeTurns() throws InterruptedException {
        EndpointGate gate = EndpointGate.of("test:one-at-a-time");
        EndpointGate.Turn first = gate.enter(Instant.now().plusSeconds(1));

        WikidataException busy = assertThrows(WikidataException.class, () -> gate.enter(Instant.now().plusMillis(200)));
        assertTrue(busy.getMessage().contains("one at a time"), busy.getMessage());
        first.leave();
        gate.enter(Instant.now().plusSeconds(1)).leave();   // the next caller gets in once the first is done
    }

    private static HttpHeaders retryAfter(String value) {
        return HttpHeaders.of(Map.of("Retry-After", List.of(value)), (name, v) -> true);
    }
}

package org.conflictkg.testing;

import org.apache.jena.query.ARQ;
import org.conflictkg.server.KgServer;

/** The end of a test's server, shared by the tests that start one. */
public final class TestServers {

    private TestServers() {}

    /**
     * Stops {@code server}, if it was started, and gives ARQ's global context back its default: the server's
     * configuration put its server-wide settings there, and later test classes in this JVM should not see them.
     */
    public static void stop(KgServer server) {
        if (server != null)
            server.stop();
        ARQ.getContext().remove(ARQ.httpServiceAllowed);
    }
}

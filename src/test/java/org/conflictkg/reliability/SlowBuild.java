package org.conflictkg.reliability;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.store.KgStore;

/**
 * A build for a test to kill: run in a process of its own, it rebuilds the {@link KgStore} in {@code args[0]}
 * from a stream of made-up quads and reports on standard output how far it has got, so that the test knows
 * when to kill it.
 * <ul>
 * <li>{@code streaming}: sends quads slowly, without end; prints {@link #LOADING} once the first thousand
 *     are in the new generation's loader.</li>
 * <li>{@code indexing}: sends {@link #MANY} quads as fast as it can, then prints {@link #INDEXING} as its last
 *     act before the loader builds the secondary indexes, which takes seconds for that many.</li>
 * </ul>
 */
final class SlowBuild {

    static final String LOADING = "loading";
    static final String INDEXING = "indexing";
    static final int MANY = 100_000;
    /** The graph the made-up quads are in: it must never be seen in the live generation. */
    static final String GRAPH = "https://w3id.org/conflict-kg/graph/article/killed-build";

    private SlowBuild() {
    }

    public static void main(String[] args) {
        KgStore store = KgStore.open(Path.of(args[0]));
        boolean streaming = args[1].equals("streaming");
        Node graph = NodeFactory.createURI(GRAPH);
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        store.rebuild(stream -> {
            for (int n = 0; streaming || n < MANY; n++) {
                stream.quad(Quad.create(graph, NodeFactory.createURI(GRAPH + "#" + n), label, NodeFactory.createLiteralString("quad " + n)));
                if (streaming && n % 1_000 == 999) {
                    if (n == 999) say(LOADING);
                    sleep();
                }
            }
            say(INDEXING);
        });
        // Reached only if the test failed to kill the build.
        say("done");
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.conflictkg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.conflictkg.Pipeline;
import org.conflictkg.store.KgStore;

/**
 * The knowledge graph of the project's {@code corpus/}, built once per test JVM into a real TDB2
 * database in a temporary directory (deleted when the JVM exits), for every test that needs the real
 * graph: queries, shapes, pages, the server.
 */
public final class CorpusGraph {

    /** The project's corpus, relative to the project directory Maven runs tests in. */
    public static final Path CORPUS = Path.of("corpus");

    private CorpusGraph() {}

    private static final class Holder {
        static final Path DB;
        static final Pipeline.BuildReport REPORT;
        static final Pipeline PIPELINE = Pipeline.builder().nlp(SharedNlp.nlp()).registry(SharedNlp.registry()).build();

        static {
            try {
                DB = Files.createTempDirectory("conflict-kg-corpus-db");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            REPORT = PIPELINE.build(CORPUS, KgStore.open(DB));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(DB)));
        }
    }

    /** The database directory holding the built corpus (a {@link KgStore} directory). */
    public static Path database() {
        return Holder.DB;
    }

    public static Pipeline.BuildReport report() {
        return Holder.REPORT;
    }

    /** The pipeline the graph was built with (shared NLP and registry). */
    public static Pipeline pipeline() {
        return Holder.PIPELINE;
    }

    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp directory
        }
    }
}

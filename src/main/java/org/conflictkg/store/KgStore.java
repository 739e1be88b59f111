package org.conflictkg.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge graph's TDB2 database, kept as numbered generations so that a rebuild replaces the
 * served data only once the new data is complete, and a crash during a build loses nothing.
 * <p>
 * The database directory holds one TDB2 database per generation and a pointer file naming the live one:
 * <pre>
 *   db/
 *     CURRENT       one line, the live generation's directory name: gen-000002
 *     gen-000002/   the live generation (a TDB2 location)
 *     gen-000003/   a rebuild in progress, or one that a killed build left behind
 *     build.lock    locked by the operating system while a rebuild runs
 * </pre>
 * {@link #rebuild} loads everything into a fresh generation, closes it, and only then replaces
 * {@code CURRENT}, atomically (a temporary file renamed over it). Whatever happens before that rename
 * (the producer throws, the JVM is killed, the machine loses power), {@code CURRENT} still names the
 * previous, complete generation; the unfinished one is referenced by nothing and the next rebuild
 * deletes it.
 * <p>
 * A generation is deleted only when it is neither live nor open. TDB2 locks every database it opens
 * ({@code tdb.lock}, an operating-system file lock that dies with its process), and deletion skips a
 * generation whose lock is held, whether by this JVM or by another process. So {@code kg build} while
 * {@code kg serve} runs on the same directory leaves the served generation in place: the server keeps
 * serving the data it started with until it is restarted, and a later build deletes the old generation
 * once nothing has it open.
 * <p>
 * A rebuild writes only its own, unreferenced generation, through TDB2's bulk loader; a change to the
 * live generation ({@link #replaceArticleGraph}) is one {@link Txn#executeWrite}. The store holds named graphs only (their
 * union is the default graph that SPARQL sees), so data sent for the default graph is refused.
 * <pre>
 *   KgStore store = KgStore.open(Path.of("db"));
 *   store.rebuild(stream -> quads.forEach(stream::quad));
 *   Dataset kg = store.openCurrent();
 *   long count = Txn.calculateRead(kg, () -> kg.asDatasetGraph().stream().count());
 * </pre>
 */
public final class KgStore {

    /** The pointer file naming the live generation. */
    public static final String CURRENT = "CURRENT";

    private static final String CURRENT_TEMP = CURRENT + ".tmp";
    private static final String BUILD_LOCK = "build.lock";
    private static final String GENERATION_FORMAT = "gen-%06d";
    private static final Pattern GENERATION_NAME = Pattern.compile("gen-(\\d{6,})");
    private static final Logger LOG = LoggerFactory.getLogger(KgStore.class);

    private final Path directory;

    private KgStore(Path directory) {
        this.directory = directory;
    }

    /**
     * The store in {@code dbDir}. Nothing is created until the first {@link #rebuild}.
     *
     * @throws IllegalArgumentException if {@code dbDir} exists and is not a directory
     */
    public static KgStore open(Path dbDir) {
        Path directory = dbDir.toAbsolutePath().normalize();
        if (Files.exists(directory) && !Files.isDirectory(directory))
            throw new IllegalArgumentException("Database path " + directory + " is not a directory");
        return new KgStore(directory);
    }

    /** The database directory (absolute). */
    public Path directory() {
        return directory;
    }

    /**
     * The live generation's TDB2 directory, or empty if nothing has been built yet.
     *
     * @throws IllegalStateException if {@code CURRENT} does not name a generation directory
     */
    public Optional<Path> currentLocation() {
        Path pointer = directory.resolve(CURRENT);
        if (!Files.exists(pointer))
            return Optional.empty();
        String name;
        try {
            name = Files.readString(pointer, UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pointer, e);
        }
        Path generation = directory.resolve(name);
        if (!GENERATION_NAME.matcher(name).matches() || !Files.isDirectory(generation))
            throw new IllegalStateException(pointer + " names '" + name + "', which is not a generation "
                    + "directory in " + directory);
        return Optional.of(generation);
    }

    /**
     * The live generation as a TDB2 dataset whose SPARQL default graph is the union of its named graphs.
     * <p>
     * TDB2 shares one connection per location across the JVM, so every caller gets the same dataset;
     * it stays open until the JVM exits or {@link #release} is called.
     *
     * @throws IllegalStateException if nothing has been built yet
     */
    public Dataset openCurrent() {
        Path live = currentLocation().orElseThrow(() -> new IllegalStateException(
                "No knowledge graph has been built in " + directory + " yet (there is no " + CURRENT + " file)"));
        Dataset dataset = TDB2Factory.connectDataset(Location.create(live));
        // The union default graph is a query-time setting of the dataset, not stored in it.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dataset;
    }

    /**
     * Closes this JVM's connection to the TDB2 database at {@code location} (a generation directory), if
     * it has one, releasing its files and lock so that a later rebuild may delete it. Any dataset object
     * for that location, in any part of the JVM, is unusable afterwards.
     */
    public static void release(Path location) {
        if (!Files.isDirectory(location))
            return;
        Location tdbLocation = Location.create(location.toAbsolutePath().normalize());
        ProcessFileLock lock = DatabaseConnection.lockForLocation(tdbLocation);
        if (lock.isLockedHere())
            // Connecting to an open location returns the JVM's existing connection.
            TDBInternal.expel(DatabaseMgr.connectDatasetGraph(tdbLocation));
        else
            ProcessFileLock.release(lock);
    }

    /**
     * Builds a new generation from the quads {@code producer} sends, makes it the live one, and deletes
     * older generations that nothing has open.
     * <p>
     * Quads are streamed into TDB2's <em>phased</em> bulk loader ({@link LoaderFactory#phasedLoader}), the one
     * {@code tdb2.tdbloader} uses by default: primary indexes while parsing, then the secondary indexes on
     * worker threads. TDB2's {@link DataLoader} warns that this loader is not crash-safe while it finishes
     * writing; here that does not matter, because it only ever writes a generation that nothing refers to yet.
     * A kill mid-load leaves that generation unreferenced, the next rebuild deletes it, and the live one is
     * never touched.
     * <p>
     * If {@code producer} throws, the load is aborted, the new generation deleted, {@code CURRENT} left as
     * it was, and the exception propagates. An {@link Error} is treated like a kill: the generation stays
     * on disk, unreferenced, until the next rebuild.
     * <p>
     * One rebuild runs per directory at a time: a second one, from this or another process, fails at once.
     *
     * @param producer sends the whole knowledge graph as quads in named graphs; it is called once, on
     *                 this thread, and must not keep the stream after returning
     * @throws IllegalArgumentException if the producer sends a triple, or a quad in the default graph
     * @throws IllegalStateException    if another rebuild of this directory is running
     */
    public BuildResult rebuild(Consumer<StreamRDF> producer) {
        Objects.requireNonNull(producer, "producer");
        long start = System.nanoTime();
        try {
            Files.createDirectories(directory);
            try (FileChannel lockFile = FileChannel.open(directory.resolve(BUILD_LOCK), CREATE, WRITE)) {
                lockBuild(lockFile); // released when the channel closes
                deleteUnusedGenerations();
                Path generation = createGeneration();
                Contents contents = load(generation, producer);
                switchCurrent(generation);
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                LOG.info("Generation {} is live: {} quads in {} graphs", generation.getFileName(),
                        contents.quads(), contents.graphs());
                deleteUnusedGenerations();
                return new BuildResult(generation, contents.quads(), contents.graphs(), elapsed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Rebuild of " + directory + " failed", e);
        }
    }

    /**
     * Replaces one named graph of the live generation, in one write transaction, by the data
     * {@code producer} sends: readers see either the old graph or the new one, never a mixture.
     * Triples go into the graph; quads must name it.
     *
     * @param graphIri the graph to replace (typically {@code .../graph/article/{articleId}}); an absent
     *                 graph is created
     * @throws IllegalArgumentException if the producer sends a quad for another graph; the graph is then
     *                                  left as it was
     * @throws IllegalStateException    if nothing has been built yet
     */
    public void replaceArticleGraph(String graphIri, Consumer<StreamRDF> producer) {
        Objects.requireNonNull(producer, "producer");
        Node graph = NodeFactory.createURI(Objects.requireNonNull(graphIri, "graphIri"));
        if (Quad.isDefaultGraph(graph))
            throw new IllegalArgumentException("The default graph is not a named graph: " + graphIri);
        DatasetGraph dsg = openCurrent().asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            producer.accept(new IntoGraph(dsg, graph));
        });
    }

    private void lockBuild(FileChannel lockFile) throws IOException {
        FileLock lock;
        try {
            lock = lockFile.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another rebuild in this JVM
        }
        if (lock == null)
            throw new IllegalStateException("Another rebuild of " + directory + " is running (it holds "
                    + BUILD_LOCK + ")");
    }

    private Contents load(Path generation, Consumer<StreamRDF> producer) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(generation));
        // The loader reports each index it builds; that is detail, so it goes to debug.
        MonitorOutput progress = (format, args) -> LOG.debug(String.format(format, args));
        DataLoader loader = LoaderFactory.phasedLoader(dsg, progress);
        NamedGraphsOnly checked = new NamedGraphsOnly(loader.stream());
        loader.startBulk();
        try {
            producer.accept(checked);
            loader.finishBulk();
        } catch (RuntimeException failure) {
            abandon(generation, dsg, loader, failure);
            throw failure;
        }
        // The stored quads are the entries of one quad index: counted without decoding a node, which
        // Iter.count(dsg.find()) did for every quad at a tenth of the load's own time. The graphs are
        // counted as they stream past: dsg.listGraphNodes() walks a whole index again (another 15 %).
        Contents contents = Txn.calculateRead(dsg, () -> new Contents(
                TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getTupleTable().size(),
                checked.graphs()));
        // Close the files and drop the lock: the generation is finished, and readers open it afresh.
        TDBInternal.expel(dsg);
        return contents;
    }

    private static void abandon(Path generation, DatasetGraph dsg, DataLoader loader, RuntimeException failure) {
        try {
            loader.finishException(failure);
        } catch (RuntimeException abortFailure) {
            failure.addSuppressed(abortFailure);
        }
        try {
            TDBInternal.expel(dsg, true);
            deleteTree(generation);
        } catch (IOException | RuntimeException cleanupFailure) {
            // The generation stays unreferenced; the next rebuild deletes it.
            failure.addSuppressed(cleanupFailure);
        }
    }

    private Path createGeneration() throws IOException {
        long next = generations().stream().mapToLong(KgStore::generationNumber).max().orElse(0) + 1;
        return Files.createDirectory(directory.resolve(String.format(GENERATION_FORMAT, next)));
    }

    private void switchCurrent(Path generation) throws IOException {
        Path temp = directory.resolve(CURRENT_TEMP);
        try (FileChannel channel = FileChannel.open(temp, CREATE, WRITE, TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap((generation.getFileName() + "\n").getBytes(UTF_8)));
            // The new name must be on disk before the rename can make it visible.
            channel.force(true);
        }
        Files.move(temp, directory.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE);
    }

    private void deleteUnusedGenerations() throws IOException {
        Optional<Path> live = currentLocation();
        for (Path generation : generations()) {
            if (live.isPresent() && live.get().equals(generation))
                continue;
            if (isOpen(generation)) {
                LOG.info("Keeping old generation {}: a process has it open", generation.getFileName());
                continue;
            }
            deleteTree(generation);
            LOG.info("Deleted old generation {}", generation.getFileName());
        }
    }

    /** Whether this JVM or another process holds the generation's TDB2 lock. */
    private static boolean isOpen(Path generation) {
        ProcessFileLock lock = DatabaseConnection.lockForLocation(Location.create(generation));
        if (lock.isLockedHere())
            return true;
        boolean lockedElsewhere = !lock.tryLock();
        if (!lockedElsewhere)
            lock.unlock();
        // Nobody in this JVM uses this lock object: close its file.
        ProcessFileLock.release(lock);
        return lockedElsewhere;
    }

    private List<Path> generations() throws IOException {
        if (!Files.isDirectory(directory))
            return List.of();
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isDirectory)
                    .filter(path -> GENERATION_NAME.matcher(path.getFileName().toString()).matches())
                    .sorted(Comparator.comparingLong(KgStore::generationNumber))
                    .toList();
        }
    }

    private static long generationNumber(Path generation) {
        Matcher matcher = GENERATION_NAME.matcher(generation.getFileName().toString());
        if (!matcher.matches())
            throw new IllegalArgumentException("Not a generation directory: " + generation);
        return Long.parseLong(matcher.group(1));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList())
                Files.delete(path);
        }
    }

    private record Contents(long quads, long graphs) {
    }

    /**
     * Passes quads in named graphs to the loader, refuses everything aimed at the default graph, and
     * notes the graphs it has passed.
     */
    private static final class NamedGraphsOnly extends StreamRDFWrapper {
        private final Set<Node> graphs = new HashSet<>();
        /** Quads of one graph usually come together: the set is consulted only when the graph changes. */
        private Node lastGraph;

        NamedGraphsOnly(StreamRDF loader) {
            super(loader);
        }

        long graphs() {
            return graphs.size();
        }

        @Override
        public void triple(Triple triple) {
            throw new IllegalArgumentException("The knowledge graph holds named graphs only, but a triple was "
                    + "sent without a graph: " + triple);
        }

        @Override
        public void quad(Quad quad) {
            if (quad.isDefaultGraph())
                throw new IllegalArgumentException("The knowledge graph holds named graphs only, but a quad was "
                        + "sent for the default graph: " + quad);
            if (!quad.getGraph().equals(lastGraph)) {
                lastGraph = quad.getGraph();
                graphs.add(lastGraph);
            }
            super.quad(quad);
        }
    }

    /** Adds everything it receives to one named graph, inside the caller's write transaction. */
    private static final class IntoGraph extends StreamRDFBase {
        private final DatasetGraph dsg;
        private final Node graph;

        IntoGraph(DatasetGraph dsg, Node graph) {
            this.dsg = dsg;
            this.graph = graph;
        }

        @Override
        public void triple(Triple triple) {
            dsg.add(Quad.create(graph, triple));
        }

        @Override
        public void quad(Quad quad) {
            if (!graph.equals(quad.getGraph()))
                throw new IllegalArgumentException("Replacing graph <" + graph.getURI() + ">, but a quad was sent "
                        + "for another graph: " + quad);
            dsg.add(quad);
        }
    }
}

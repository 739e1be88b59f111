package org.conflictkg.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.assembler.AssemblerUtils;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.conflictkg.server.pages.FMod_LinkedData;
import org.conflictkg.server.pages.UrlSpace;
import org.conflictkg.store.KgStore;
import org.conflictkg.wikidata.ServiceAllowList;

/**
 * The conflict-kg SPARQL server: an embedded Fuseki that serves the live generation of a {@link KgStore}
 * as the read-only dataset {@code /kg}, configured by the project's Fuseki configuration file, with the
 * Fuseki UI at {@code /}.
 * <pre>
 *   KgServer server = KgServer.builder()
 *       .database(Path.of("db"))
 *       .config(Path.of("fuseki-config/config.ttl"))
 *       .port(3030)
 *       .build()
 *       .start();
 *   // SPARQL at server.datasetUrl() + "/sparql"
 *   server.stop();
 * </pre>
 * {@link Builder#build} reads the configuration file (the same file a stock Fuseki can run, see its
 * comments), replaces its one {@code tdb2:location} with the absolute path of the live generation, and
 * hands the result to {@link FusekiServer.Builder#parseConfig}. Endpoints, the union default graph, the
 * query timeout, the cap on results ({@link CappedQueryService}) and the SPARQL {@code SERVICE} allow-list
 * all come from that file ({@link ServiceAllowList} enforces the list). The server-wide settings
 * in it (the {@code fuseki:Server}'s {@code ja:context}) go into ARQ's global context, as in stock
 * Fuseki, so they hold for every query in this JVM.
 * <p>
 * The server serves the generation that was live when it was built: a rebuild meanwhile makes a new
 * generation, which this server does not see until it is built again, and leaves the served one on disk.
 * By default only the local machine may connect.
 * <p>
 * The dataset is read-only unless the server is given a {@linkplain Builder#updatePasswordFile password
 * file}: then {@code /kg/update} takes SPARQL updates from the users listed in it, authenticated with HTTP
 * Basic, as {@code application/sparql-update} bodies only ({@link BodyOnlyUpdateService}), and nothing
 * else changes. Cross-origin requests are answered as the {@linkplain Builder#corsPolicy
 * CORS policy file} says (the shipped one: reads from any origin, no writes, no credentials). A path Jetty
 * finds ambiguous is answered 404 before any servlet sees it ({@link FMod_AmbiguousUris}).
 * <p>
 * The UI comes from jena-fuseki-ui ({@link FMod_UI}) with the read-only server information it needs
 * ({@link FMod_UIStatus}), but without Fuseki's admin module, so no dataset can be created, deleted,
 * backed up or compacted over HTTP. The linked-data pages come from {@link FMod_LinkedData}: every IRI
 * the graph mints dereferences on this server ({@code /id/entity/russia}, pages under {@code /page/},
 * RDF under {@code /data/}, the home page at {@code /browse}), the server's root standing for the
 * {@linkplain Builder#baseIri base IRI}. Fuseki modules found by {@code ServiceLoader} are added after
 * these.
 */
public final class KgServer {

    static {
        // Reading the configuration file (AssemblerUtils) must not be what first initialises Jena: that
        // initialisation would then find the assembler registry it is filling half-built.
        JenaSystem.init();
    }

    /** The dataset's name: it is served at {@code /kg}. */
    public static final String DATASET_NAME = "kg";

    /** The configuration file, relative to the project directory. */
    public static final Path DEFAULT_CONFIG = Path.of("fuseki-config", "config.ttl");

    /** The CORS policy file, relative to the project directory (Fuseki's {@code --cors} format). */
    public static final Path DEFAULT_CORS_POLICY = Path.of("fuseki-config", "cors.properties");

    /** The name of the update endpoint, {@code /kg/update}, which exists only with a password file. */
    public static final String UPDATE_ENDPOINT = "update";

    /** Fuseki's usual port. */
    public static final int DEFAULT_PORT = 3030;

    private final FusekiServer fuseki;
    private final Path generation;

    private KgServer(FusekiServer fuseki, Path generation) {
        this.fuseki = fuseki;
        this.generation = generation;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts serving; returns at once, with the server running in the background. */
    public KgServer start() {
        fuseki.start();
        return this;
    }

    /** The port the server listens on; with port 0 requested, the one chosen, known once started. */
    public int port() {
        return fuseki.getPort();
    }

    /** The linked-data home page on this machine, e.g. {@code http://localhost:3030/browse}. */
    public String pagesUrl() {
        return "http://localhost:" + port() + "/browse";
    }

    /** The dataset's URL on this machine, e.g. {@code http://localhost:3030/kg}. */
    public String datasetUrl() {
        return fuseki.datasetURL(DATASET_NAME);
    }

    /** The generation directory being served. */
    public Path generation() {
        return generation;
    }

    /**
     * Stops the server and closes its database in this JVM, so that a later rebuild may delete the
     * generation once it is no longer live.
     */
    public void stop() {
        fuseki.stop();
        KgStore.release(generation);
    }

    /** Settings for a {@link KgServer}; {@link #database} is required. */
    public static final class Builder {
        private Path database;
        private Path config = DEFAULT_CONFIG;
        private Path corsPolicy = DEFAULT_CORS_POLICY;
        private Path updatePasswordFile;
        private int port = DEFAULT_PORT;
        private boolean loopback = true;
        private UrlSpace urls = new UrlSpace(UrlSpace.DEFAULT_BASE);

        private Builder() {
        }

        /**
         * The IRI the server's root stands for: a request for {@code /id/entity/russia} is about
         * {@code <baseIri + "id/entity/russia">}, and pages link to resources under it on this server.
         * Default {@link UrlSpace#DEFAULT_BASE}, the IRIs the graph mints; set it to the server's public
         * URL when the graph was built with IRIs there.
         *
         * @throws IllegalArgumentException if it is not an absolute http(s) IRI ending in '/'
         */
        public Builder baseIri(String baseIri) {
            this.urls = new UrlSpace(baseIri);
            return this;
        }

        /** The database directory that {@code kg build} writes ({@link KgStore}). */
        public Builder database(Path dbDir) {
            this.database = Objects.requireNonNull(dbDir, "dbDir");
            return this;
        }

        /** The Fuseki configuration file; default {@link #DEFAULT_CONFIG}. */
        public Builder config(Path configTtl) {
            this.config = Objects.requireNonNull(configTtl, "configTtl");
            return this;
        }

        /**
         * The CORS policy: a properties file of the settings of Fuseki's cross-origin filter, the file stock
         * Fuseki takes as {@code --cors=FILE}. Default {@link #DEFAULT_CORS_POLICY}.
         */
        public Builder corsPolicy(Path corsProperties) {
            this.corsPolicy = Objects.requireNonNull(corsProperties, "corsProperties");
            return this;
        }

        /**
         * Opens {@code /kg/update} to SPARQL updates by the users in {@code passwordFile}, authenticated with
         * HTTP Basic; the file is in Jetty's format, one {@code user: password} a line (see
         * {@code fuseki-config/config.ttl} on what an update means for the database). Without it, the default,
         * the server has no update endpoint.
         */
        public Builder updatePasswordFile(Path passwordFile) {
            this.updatePasswordFile = Objects.requireNonNull(passwordFile, "passwordFile");
            return this;
        }

        /** The HTTP port; 0 picks a free one. Default {@link #DEFAULT_PORT}. */
        public Builder port(int port) {
            if (port < 0 || port > 65535)
                throw new IllegalArgumentException("Not a port number: " + port);
            this.port = port;
            return this;
        }

        /** Whether only the local machine may connect; default true. */
        public Builder loopback(boolean loopback) {
            this.loopback = loopback;
            return this;
        }

        /**
         * Builds the server, not yet started.
         *
         * @throws IllegalStateException    if no database directory was given, or nothing has been built in it
         * @throws IllegalArgumentException if the configuration file is missing, unreadable, has other than
         *                                  one {@code tdb2:location}, defines no dataset {@code /kg} or a
         *                                  result limit that is not a positive integer; or if the CORS policy
         *                                  or the password file is missing
         */
        public KgServer build() {
            if (database == null)
                throw new IllegalStateException("No database directory given to the server");
            KgStore store = KgStore.open(database);
            Path generation = store.currentLocation().orElseThrow(() -> new IllegalStateException(
                    "Nothing to serve: no knowledge graph has been built in " + store.directory() + " yet"));
            requireFile(corsPolicy, "CORS policy file");
            if (updatePasswordFile != null)
                requireFile(updatePasswordFile, "Password file");
            Model configuration = configFor(generation);
            // The configuration's SERVICE allow-list is enforced by this link of Jena's executor chain.
            ServiceAllowList.install();
            try {
                FusekiServer.Builder fuseki = FusekiServer.create()
                        .port(port)
                        .loopback(loopback)
                        .enableCors(true, corsPolicy.toString())
                        .parseConfig(configuration)
                        // Before the endpoints are built from the configuration, so they all get it.
                        .registerOperation(Operation.Query, new CappedQueryService())
                        .fusekiModules(modules(urls));
                if (updatePasswordFile != null)
                    fuseki.passwordFile(updatePasswordFile.toString())
                          .auth(AuthScheme.BASIC)
                          .registerOperation(Operation.Update, new BodyOnlyUpdateService())
                          .addEndpoint(DATASET_NAME, UPDATE_ENDPOINT, Operation.Update, Auth.ANY_USER);
                FusekiServer server = fuseki.build();
                DataAccessPoint served = server.getDataAccessPointRegistry().get("/" + DATASET_NAME);
                if (served == null)
                    throw new IllegalArgumentException(describe(config) + " defines no fuseki:Service named \""
                            + DATASET_NAME + "\"");
                checkResultLimit(served);
                return new KgServer(server, generation);
            } catch (RuntimeException e) {
                // Parsing the configuration opens the database; do not keep it open for nothing.
                KgStore.release(generation);
                throw e;
            }
        }

        private void checkResultLimit(DataAccessPoint served) {
            try {
                CappedQueryService.resultLimit(served.getDataService().getDataset().getContext());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(describe(config) + ": " + e.getMessage(), e);
            }
        }

        private static void requireFile(Path file, String what) {
            if (!Files.isRegularFile(file))
                throw new IllegalArgumentException(what + " not found: " + describe(file));
        }

        /** The configuration file's model, its TDB2 location pointed at {@code generation}. */
        private Model configFor(Path generation) {
            requireFile(config, "Fuseki configuration file");
            Model model;
            try {
                model = AssemblerUtils.readAssemblerFile(config.toString());
            } catch (JenaException e) {
                throw new IllegalArgumentException("Cannot read the Fuseki configuration file " + describe(config)
                        + ": " + e.getMessage(), e);
            }
            List<Statement> locations = model.listStatements(null, VocabTDB2.pLocation, (RDFNode) null).toList();
            if (locations.size() != 1)
                throw new IllegalArgumentException(describe(config) + " has " + locations.size()
                        + " tdb2:location values; it needs exactly one, the one replaced by the live generation");
            locations.get(0).changeObject(generation.toAbsolutePath().toString());
            return model;
        }

        private static FusekiModules modules(UrlSpace urls) {
            List<FusekiModule> modules = new ArrayList<>();
            modules.add(new FMod_UIStatus());
            modules.add(FMod_UI.create());
            modules.add(new FMod_LinkedData(DATASET_NAME, urls));
            modules.add(new FMod_AmbiguousUris());
            modules.addAll(FusekiModules.getSystemModules().asList());
            return FusekiModules.create(modules);
        }

        private static String describe(Path file) {
            return file.toAbsolutePath().normalize().toString();
        }
    }
}

package org.conflictkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options several subcommands share, as picocli mixins. */
final class Options {

    private Options() {}

    static final class Corpus {
        @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
                description = "Directory of articles (.txt, .md, .html) with an optional manifest.tsv (default: ${DEFAULT-VALUE}).")
        Path corpus;

        @Option(names = "--strict", description = "Stop at the first bad article instead of skipping it.")
        boolean strict;
    }

    static final class Database {
        @Option(names = "--db", paramLabel = "DIR", defaultValue = "db",
                description = "Database directory (TDB2 generations; default: ${DEFAULT-VALUE}).")
        Path db;
    }

    static final class Server {
        @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "Port on localhost (default: ${DEFAULT-VALUE}; 0 picks a free one).")
        int port;

        @Option(names = "--config", paramLabel = "FILE", defaultValue = "fuseki-config/config.ttl",
                description = "Fuseki configuration file (default: ${DEFAULT-VALUE}).")
        Path config;
    }
}

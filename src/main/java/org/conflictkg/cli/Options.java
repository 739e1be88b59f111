package org.conflictkg.cli;

import java.nio.file.Path;
import org.conflictkg.corpus.ArticleLimits;
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

        @Option(names = "--max-article-mb", paramLabel = "N", defaultValue = "" + ArticleLimits.DEFAULT_MAX_FILE_BYTES / ArticleLimits.MB,
                description = "Skip an article file larger than N MB (default: ${DEFAULT-VALUE}).")
        long maxArticleMb;

        @Option(names = "--max-article-chars", paramLabel = "N", defaultValue = "" + ArticleLimits.DEFAULT_MAX_TEXT_LENGTH,
                description = "Skip an article whose text, once cleaned, is longer than N characters (default: ${DEFAULT-VALUE}).")
        int maxArticleChars;

        ArticleLimits limits() {
            return new ArticleLimits(maxArticleMb * ArticleLimits.MB, maxArticleChars);
        }
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

        @Option(names = "--update-password-file", paramLabel = "FILE",
                description = "Open /kg/update to SPARQL updates by the users in FILE (one 'user: password' a line), "
                        + "with HTTP Basic authentication; without it the server is read-only. See fuseki-config/config.ttl "
                        + "for what an update means: it lasts until the next build.")
        Path updatePasswordFile;
    }
}

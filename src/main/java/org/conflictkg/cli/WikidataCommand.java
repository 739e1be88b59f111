package org.conflictkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.conflictkg.extract.Entity;
import org.conflictkg.extract.registry.EntityRegistry;
import org.conflictkg.wikidata.SnapshotRefresh;
import org.conflictkg.wikidata.TitleConfirmation;
import org.conflictkg.wikidata.WD;
import org.conflictkg.wikidata.WikidataClient;
import org.conflictkg.wikidata.WikidataException;
import org.conflictkg.wikidata.WikidataSnapshot;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kg wikidata}: refreshes the Wikidata snapshot that builds load, and looks up Wikidata ids for
 * registry entries that have none.
 */
@Command(name = "wikidata",
        description = "Refresh the Wikidata snapshot, or look up Wikidata ids for unlinked registry entries.",
        subcommands = {WikidataCommand.Refresh.class, WikidataCommand.Confirm.class, CommandLine.HelpCommand.class})
final class WikidataCommand {

    /** The endpoint and the time allowed, shared by both subcommands. */
    static final class Endpoint {
        @Option(names = "--endpoint", paramLabel = "URL", defaultValue = WD.QUERY_SERVICE,
                description = "SPARQL endpoint serving Wikidata's RDF (default: ${DEFAULT-VALUE}).")
        String url;

        @Option(names = "--budget", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
                description = "Give up (sending nothing more) after this long, waits for HTTP 429 included: 90s, 10m, 1h (default: ${DEFAULT-VALUE}).")
        Duration budget;

        WikidataClient client() {
            return new WikidataClient(url, budget);
        }
    }

    /** {@code kg build --wikidata FILE}: which snapshot a build loads. */
    static final class SnapshotFile {
        @Option(names = "--wikidata", paramLabel = "FILE",
                description = "Wikidata snapshot (Turtle) to load into graph/wikidata (default: DB/" + WikidataSnapshot.FILE_NAME
                        + " if `kg wikidata refresh` wrote one, else the snapshot shipped with conflict-kg).")
        Path file;

        WikidataSnapshot load(Path dbDir) {
            return file != null ? WikidataSnapshot.read(file) : WikidataSnapshot.forDatabase(dbDir);
        }

        /** Whether the snapshot file a build would load was written after {@code generation} was built. */
        boolean changedSince(Path generation, Path dbDir) throws IOException {
            Path snapshot = file != null ? file : WikidataSnapshot.defaultFile(dbDir);
            return Files.isRegularFile(snapshot)
                    && Files.getLastModifiedTime(snapshot).compareTo(Files.getLastModifiedTime(generation)) > 0;
        }
    }

    /** One line saying which snapshot a build loads and when its values were retrieved. */
    static String describe(WikidataSnapshot snapshot) {
        return "Wikidata snapshot: " + snapshot.source()
                + snapshot.retrievedAt().map(t -> ", retrieved " + t).orElse(", retrieval time not recorded");
    }

    @Command(name = "refresh", description = {
            "Fetch labels and facts (P31, P17, P36, P35, P6, P39, P463, P571, P580, P582, P625, P710, P1082, P1120) "
                    + "about the items the registry links to, one query at a time, into a snapshot file that the next `kg build` loads.",
            "Without network it fails and leaves the existing snapshot as it was."})
    static final class Refresh implements Callable<Integer> {
        @Mixin Options.Database database;
        @Mixin Endpoint endpoint;
        @Option(names = "--out", paramLabel = "FILE",
                description = "Where to write the snapshot (default: DB/" + WikidataSnapshot.FILE_NAME + ", which `kg build --db DB` loads).")
        Path out;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Path target = out != null ? out : WikidataSnapshot.defaultFile(database.db);
            Set<String> items = SnapshotRefresh.linkedItems(EntityRegistry.fromClasspath());
            WikidataClient client = endpoint.client();
            WikidataSnapshot snapshot;
            try {
                snapshot = new SnapshotRefresh(client).fetch(items);
            } catch (WikidataException e) {
                throw new WikidataException(e.getMessage() + "; " + (Files.exists(target)
                        ? target + " is left as it was"
                        : "nothing written, so builds keep using the shipped snapshot"), e);
            }
            snapshot.write(target);
            spec.commandLine().getOut().printf("wrote %s: %d triples about %d linked items from %s%s; `kg build` loads it%n",
                    target, snapshot.size(), items.size(), client.endpoint(),
                    client.throttled() == 0 ? "" : " (waited out HTTP 429 " + client.throttled() + " times)");
            return 0;
        }
    }

    @Command(name = "confirm", description = {
            "Look up the Wikidata item of each registry entity or event that has none, by the English Wikipedia "
                    + "article with exactly its label as title (never a label search).",
            "Prints key, label, item, description and article as TSV, for a person to check and add to the registry; nothing is edited."})
    static final class Confirm implements Callable<Integer> {
        @Mixin Endpoint endpoint;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            List<Entity> unlinked = TitleConfirmation.unlinked(EntityRegistry.fromClasspath());
            TitleConfirmation.Result result = TitleConfirmation.confirm(endpoint.client(), unlinked);
            var out = spec.commandLine().getOut();
            out.println("key\tlabel\twikidata\tdescription\tarticle");
            for (TitleConfirmation.Found f : result.found())
                out.println(String.join("\t", f.entity().key(), f.entity().label(), f.qid(),
                        f.description().orElse(""), f.articleUrl()));
            spec.commandLine().getErr().printf("%d of %d unlinked entries have an English Wikipedia article of that exact title."
                    + " Check each item before adding it to the registry's wikidata column; nothing was changed.%n",
                    result.found().size(), unlinked.size());
            return 0;
        }
    }

    /** Reads {@code 90s}, {@code 10m}, {@code 1h} or an ISO-8601 duration ({@code PT10M}). */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            try {
                if (v.matches("[0-9]+[smh]")) {
                    long n = Long.parseLong(v.substring(0, v.length() - 1));
                    return switch (v.charAt(v.length() - 1)) {
                        case 's' -> Duration.ofSeconds(n);
                        case 'm' -> Duration.ofMinutes(n);
                        default -> Duration.ofHours(n);
                    };
                }
                return Duration.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a duration such as 90s, 10m, 1h or PT10M");
            }
        }
    }
}

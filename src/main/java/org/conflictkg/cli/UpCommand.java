package org.conflictkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.conflictkg.Pipeline;
import org.conflictkg.store.KgStore;
import org.conflictkg.wikidata.WikidataSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kg up}: the one command a newcomer runs. Builds the graph when the database has no live
 * generation or the corpus changed since it was built, then serves it.
 */
@Command(name = "up", description = "Build the graph from the corpus if needed, then serve it on localhost.")
final class UpCommand implements Callable<Integer> {

    @Mixin Options.Corpus corpus;
    @Mixin Options.Database database;
    @Mixin Options.Server server;
    @Mixin WikidataCommand.SnapshotFile wikidata;
    @ParentCommand Kg kg;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        KgStore store = KgStore.open(database.db);
        Optional<Path> live = store.currentLocation();
        if (live.isEmpty() || newestIn(corpus.corpus).compareTo(Files.getLastModifiedTime(live.get())) > 0
                || wikidata.changedSince(live.get(), database.db)) {
            WikidataSnapshot snapshot = wikidata.load(database.db);
            spec.commandLine().getOut().println(WikidataCommand.describe(snapshot));
            Pipeline.BuildReport report = kg.pipeline(corpus).wikidata(snapshot).build().build(corpus.corpus, store);
            Reports.print(spec.commandLine().getOut(), spec.commandLine().getErr(), report);
        } else {
            spec.commandLine().getOut().println("the database is up to date with " + corpus.corpus);
        }
        ServeCommand.serve(spec, database, server);
        return 0;
    }

    private static FileTime newestIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + ": no such corpus directory");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(UpCommand::modified).max(FileTime::compareTo).orElse(FileTime.fromMillis(0));
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}

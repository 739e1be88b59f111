package org.conflictkg.cli;

import java.util.concurrent.Callable;
import org.conflictkg.Pipeline;
import org.conflictkg.store.KgStore;
import org.conflictkg.wikidata.WikidataSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg build}: extracts the corpus into a new database generation and makes it live. */
@Command(name = "build", description = "Build the knowledge graph from a corpus into the database.")
final class BuildCommand implements Callable<Integer> {

    @Mixin Options.Corpus corpus;
    @Mixin Options.Database database;
    @Mixin WikidataCommand.SnapshotFile wikidata;
    @ParentCommand Kg kg;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        WikidataSnapshot snapshot = wikidata.load(database.db);
        spec.commandLine().getOut().println(WikidataCommand.describe(snapshot));
        Pipeline.BuildReport report = kg.pipeline(corpus).wikidata(snapshot).build().build(corpus.corpus, KgStore.open(database.db));
        Reports.print(spec.commandLine().getOut(), spec.commandLine().getErr(), report);
        return 0;
    }
}

package org.conflictkg.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.conflictkg.store.DatasetExporter;
import org.conflictkg.store.ExportFormat;
import org.conflictkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg export}: dumps the whole dataset through RDF4J Rio's streaming writers. */
@Command(name = "export", description = "Write the whole dataset as N-Quads, TriG, JSON-LD or Turtle (Turtle: the union of all graphs).")
final class ExportCommand implements Callable<Integer> {

    @Mixin Options.Database database;
    @Option(names = "--format", defaultValue = "nquads", description = "nquads, trig, jsonld or turtle (default: ${DEFAULT-VALUE}).")
    String format;
    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        ExportFormat f;
        try {
            f = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + format + "' (nquads, trig, jsonld, turtle)");
        }
        Dataset ds = KgStore.open(database.db).openCurrent();
        long n = out == null ? DatasetExporter.export(ds, f, System.out) : DatasetExporter.export(ds, f, out);
        if (out != null) spec.commandLine().getErr().println("wrote " + n + " statements to " + out);
        return 0;
    }
}

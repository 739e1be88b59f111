package org.conflictkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.conflictkg.bench.SyntheticCorpus;
import org.conflictkg.extract.registry.EntityRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg synth}: writes a synthetic corpus, labelled as such, for benchmarks at scale. */
@Command(name = "synth", description = {
        "Write a SYNTHETIC corpus for benchmarks: N articles recombining the paragraphs of a real corpus with other "
                + "names and dates. Every file says it is synthetic (front matter 'synthetic: true', title '[synthetic] …', "
                + "outlet 'synthetic'); its claims are not facts."})
final class SynthCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "Real corpus whose paragraphs are recombined (default: ${DEFAULT-VALUE}).")
    Path corpus;
    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Directory to write; must be new, empty, or an earlier synthetic corpus (which is replaced).")
    Path out;
    @Option(names = "--n", paramLabel = "N", defaultValue = "1000", description = "Articles to write (default: ${DEFAULT-VALUE}).")
    int n;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed: the same seed writes the same files (default: ${DEFAULT-VALUE}).")
    long seed;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> files = SyntheticCorpus.of(corpus, EntityRegistry.fromClasspath()).write(out, n, seed);
        spec.commandLine().getOut().printf("wrote %d synthetic articles to %s (seed %d; see %s)%n",
                files.size(), out, seed, SyntheticCorpus.NOTES_FILE);
        return 0;
    }
}

package org.conflictkg.cli;

import java.util.Objects;
import java.util.function.Supplier;
import org.conflictkg.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kg} command line: builds the knowledge graph from a corpus, serves it, queries it,
 * exports it, and prints and scores the claims. Each subcommand only parses its options and calls the
 * same builders the tests use.
 * <p>
 * The subcommands that read a corpus take their {@link Pipeline.Builder} from this root command
 * ({@link #pipeline}), so a program that has a CoreNLP pipeline loaded already can run them with it:
 * <pre>
 *   int status = Kg.commandLine(() -> Pipeline.builder().nlp(nlp)).execute("build", "--corpus", "corpus");
 * </pre>
 */
@Command(name = "kg", mixinStandardHelpOptions = true, versionProvider = Kg.Version.class,
        description = "conflict-kg: a knowledge graph of what news articles claim about Russia and the conflict between Armenia and Azerbaijan.",
        subcommands = {UpCommand.class, BuildCommand.class, ServeCommand.class, QueryCommand.class,
                ClaimsCommand.class, EvalCommand.class, ExportCommand.class, WikidataCommand.class, BenchPagesCommand.class, BenchLoadCommand.class, SynthCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Kg {

    private final Supplier<Pipeline.Builder> pipelines;

    private Kg(Supplier<Pipeline.Builder> pipelines) {
        this.pipelines = Objects.requireNonNull(pipelines, "pipelines");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, with one-line error messages instead of stack traces. */
    public static CommandLine commandLine() {
        return commandLine(Pipeline::builder);
    }

    /**
     * The configured command line, its pipelines started from {@code pipelines}: each call gives a builder
     * that the subcommand then sets from its options. Loading CoreNLP takes seconds and hundreds of MB, so a
     * caller holding a loaded pipeline passes a builder that has it.
     */
    public static CommandLine commandLine(Supplier<Pipeline.Builder> pipelines) {
        CommandLine cl = new CommandLine(new Kg(pipelines));
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("kg " + cmd.getCommandName() + ": " + message(ex));
            if (System.getenv("KG_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            return 1;
        });
        return cl;
    }

    /** A pipeline builder for a subcommand that reads the corpus {@code corpus} describes. */
    Pipeline.Builder pipeline(Options.Corpus corpus) {
        return pipelines.get().strict(corpus.strict).limits(corpus.limits()).progress(true);
    }

    private static String message(Throwable ex) {
        String m = ex.getMessage();
        return m == null ? ex.getClass().getSimpleName() : m;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"conflict-kg " + org.conflictkg.extract.ClaimExtractor.VERSION};
        }
    }
}

package org.conflictkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kg} command line: builds the knowledge graph from a corpus, serves it, queries it,
 * exports it, and prints and scores the claims. Each subcommand only parses its options and calls the
 * same builders the tests use.
 */
@Command(name = "kg", mixinStandardHelpOptions = true, versionProvider = Kg.Version.class,
        description = "conflict-kg: a knowledge graph of what news articles claim about Russia's role in the Armenia-Azerbaijan conflict.",
        subcommands = {UpCommand.class, BuildCommand.class, ServeCommand.class, QueryCommand.class,
                ClaimsCommand.class, EvalCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class Kg {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, with one-line error messages instead of stack traces. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Kg());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("kg " + cmd.getCommandName() + ": " + message(ex));
            if (System.getenv("KG_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            return 1;
        });
        return cl;
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

package org.conflictkg.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.conflictkg.Pipeline;
import org.conflictkg.cli.Kg;
import org.conflictkg.testing.SharedNlp;
import picocli.CommandLine;

/**
 * One run of the {@code kg} command line in the test JVM, through {@link Kg#commandLine}, with what it printed.
 * Its pipelines hold the test JVM's shared CoreNLP pipeline and registry instead of loading their own.
 *
 * @param exitCode what {@code kg} would exit with
 * @param out      its standard output
 * @param err      its standard error
 */
record KgRun(int exitCode, String out, String err) {

    static KgRun kg(String... args) {
        CommandLine kg = Kg.commandLine(() -> Pipeline.builder().nlp(SharedNlp.nlp()).registry(SharedNlp.registry()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        kg.setOut(new PrintWriter(out, true));
        kg.setErr(new PrintWriter(err, true));
        int exitCode = kg.execute(args);
        return new KgRun(exitCode, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\nout:\n" + out + "err:\n" + err;
    }
}

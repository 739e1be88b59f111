package org.conflictkg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictkg.Pipeline;
import org.conflictkg.bench.BenchTable.Target;
import org.conflictkg.bench.BenchTable.Unit;

/**
 * The extraction rows: how long the pipeline takes to start, how many sentences per second it extracts,
 * and how its CPU time divides between our code and CoreNLP ({@link Pipeline.Timings}).
 */
final class ExtractionBench {

    /** The most of the extraction's CPU time our code may take. */
    static final double OUR_SHARE_TARGET = 0.25;

    private static final String SECTION = "extraction";

    private ExtractionBench() {}

    /**
     * Starts the pipeline {@code startups} times, each in a new JVM with this one's class path and heap
     * limit ({@link StartUp}), and adds the row.
     */
    static void startUps(int startups, BenchTable table, PrintWriter log) {
        List<Double> seconds = new ArrayList<>();
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = List.of(java, "-Xmx" + Runtime.getRuntime().maxMemory() / 1048576 + "m",
                "-cp", System.getProperty("java.class.path"), StartUp.class.getName());
        for (int i = 0; i < startups; i++) {
            seconds.add(startUp(command) / 1000.0);
            log.printf("  start-up %d: %.1f s%n", i + 1, seconds.get(i));
            log.flush();
        }
        table.add(SECTION, "pipeline start-up in a new JVM (CoreNLP, registry, rules)", Unit.SECONDS, Summary.of(seconds));
    }

    private static long startUp(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int status = process.waitFor();
            // The time is the last line: logging may come before it.
            String last = out.substring(out.lastIndexOf('\n') + 1);
            if (status != 0 || !last.matches("\\d+"))
                throw new IllegalStateException("The start-up process failed (exit " + status + "): " + out);
            return Long.parseLong(last);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while timing a start-up", e);
        }
    }

    /** Extracts the corpus once to warm up, then {@code runs} times measured. */
    static void extraction(Pipeline pipeline, Path corpus, int runs, BenchTable table, PrintWriter log) {
        Pipeline.Timings warmUp = pipeline.extract(corpus).timings();
        log.printf("  warm-up: %d articles, %d sentences, %.1f s%n", warmUp.articles(), warmUp.sentences(),
                warmUp.elapsed().toMillis() / 1000.0);
        List<Double> perSecond = new ArrayList<>();
        List<Double> ourShare = new ArrayList<>();
        List<Double> extractionShare = new ArrayList<>();
        List<Double> coreNlpPerSentence = new ArrayList<>();
        List<Double> oursPerSentence = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Pipeline.Timings t = pipeline.extract(corpus).timings();
            double annotation = t.annotation().toNanos() / 1e6;
            double extraction = t.extraction().toNanos() / 1e6;
            double ours = extraction + t.reading().toNanos() / 1e6;
            perSecond.add(t.sentencesPerSecond());
            ourShare.add(t.ourShare());
            extractionShare.add(extraction / (ours + annotation));
            coreNlpPerSentence.add(annotation / t.sentences());
            oursPerSentence.add(ours / t.sentences());
            log.printf("  run %d: %.1f sentences/s, our share %.1f %%%n", i + 1, t.sentencesPerSecond(), t.ourShare() * 100);
            log.flush();
        }
        String corpusName = corpus.getFileName() + "/, " + warmUp.sentences() + " sentences";
        table.add(SECTION, "sentences/s (" + corpusName + ")", Unit.PER_SECOND, Summary.of(perSecond));
        table.add(SECTION, "CoreNLP annotation, CPU per sentence", Unit.MILLIS, Summary.of(coreNlpPerSentence));
        table.add(SECTION, "our code (reading + extraction), CPU per sentence", Unit.MILLIS, Summary.of(oursPerSentence));
        table.add(SECTION, "our code share of extraction CPU", Unit.SHARE, Summary.of(ourShare),
                Target.atMost(OUR_SHARE_TARGET, Unit.SHARE));
        table.add(SECTION, "  of which claim extraction (rules)", Unit.SHARE, Summary.of(extractionShare));
    }
}

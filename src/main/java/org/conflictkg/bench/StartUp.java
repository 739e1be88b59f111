package org.conflictkg.bench;

import org.conflictkg.extract.ClaimExtractor;
import org.conflictkg.extract.registry.EntityRegistry;
import org.conflictkg.nlp.NlpPipeline;

/**
 * A process that starts the pipeline once and prints how long that took, in milliseconds, on standard
 * output: {@link ExtractionBench} runs it in new JVMs, so that each start-up loads classes and models from
 * nothing, as {@code kg build} does.
 */
public final class StartUp {

    private StartUp() {}

    public static void main(String[] args) {
        long start = System.nanoTime();
        NlpPipeline.create();
        new ClaimExtractor(EntityRegistry.fromClasspath());
        System.out.println((System.nanoTime() - start) / 1_000_000);
    }
}

package org.conflictkg.testing;

import org.conflictkg.extract.registry.EntityRegistry;
import org.conflictkg.nlp.NlpPipeline;

/**
 * The one CoreNLP pipeline and registry of a test JVM: loading CoreNLP takes seconds and hundreds of
 * megabytes, so every test that annotates text shares these (Surefire runs all tests in one JVM).
 */
public final class SharedNlp {

    private SharedNlp() {}

    private static final class Holder {
        static final NlpPipeline NLP = NlpPipeline.create();
        static final EntityRegistry REGISTRY = EntityRegistry.fromClasspath();
    }

    public static NlpPipeline nlp() {
        return Holder.NLP;
    }

    public static EntityRegistry registry() {
        return Holder.REGISTRY;
    }
}

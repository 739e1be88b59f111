package org.conflictkg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.conflictkg.corpus.Article;
import org.conflictkg.corpus.CorpusProblem;
import org.conflictkg.corpus.CorpusReadResult;
import org.conflictkg.corpus.CorpusReader;
import org.conflictkg.extract.ArticleClaims;
import org.conflictkg.extract.ClaimExtractor;
import org.conflictkg.extract.registry.EntityRegistry;
import org.conflictkg.nlp.NlpPipeline;
import org.conflictkg.rdf.ArticleGraphWriter;
import org.conflictkg.rdf.ContradictionFinder;
import org.conflictkg.rdf.RegistryGraphWriter;
import org.conflictkg.store.BuildResult;
import org.conflictkg.store.KgStore;

/**
 * The whole build, stage after stage: corpus → nlp → extract → rdf → store. Immutable once built;
 * the command line and the tests use the same instance shape.
 * <pre>
 *   Pipeline pipeline = Pipeline.builder().nlp(NlpPipeline.create()).build();
 *   Pipeline.BuildReport report = pipeline.build(Path.of("corpus"), KgStore.open(Path.of("db")));
 * </pre>
 * Articles are annotated on all cores (CoreNLP annotation is thread-safe) and written in corpus order,
 * so a rebuild of the same corpus gives an isomorphic graph.
 */
public final class Pipeline {

    /** Articles extracted and what was wrong with the files skipped. */
    public record CorpusExtraction(List<ArticleClaims> articles, List<CorpusProblem> problems) {}

    /** What a build did. */
    public record BuildReport(BuildResult store, int articles, int duplicates, int claims, List<CorpusProblem> problems) {}

    private final EntityRegistry registry;
    private final NlpPipeline nlp;
    private final boolean strict;
    private final boolean progress;
    private final int threads;

    private Pipeline(Builder b) {
        this.registry = b.registry != null ? b.registry : EntityRegistry.fromClasspath();
        this.nlp = b.nlp != null ? b.nlp : NlpPipeline.create();
        this.strict = b.strict;
        this.progress = b.progress;
        this.threads = b.threads;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private EntityRegistry registry;
        private NlpPipeline nlp;
        private boolean strict;
        private boolean progress;
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder() {}

        /** The entity registry (default: the one shipped on the classpath). */
        public Builder registry(EntityRegistry registry) { this.registry = registry; return this; }

        /** A CoreNLP pipeline to share (default: a new one, which takes seconds to load). */
        public Builder nlp(NlpPipeline nlp) { this.nlp = nlp; return this; }

        /** Whether the first bad article stops everything (default: it is skipped and reported). */
        public Builder strict(boolean strict) { this.strict = strict; return this; }

        /** Whether to draw a progress bar on standard error. */
        public Builder progress(boolean progress) { this.progress = progress; return this; }

        public Builder threads(int threads) {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
            this.threads = threads;
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }

    public EntityRegistry registry() {
        return registry;
    }

    /** Reads, annotates and extracts every article of the corpus; copies of another article get no claims. */
    public CorpusExtraction extract(Path corpusDir) {
        CorpusReadResult read = CorpusReader.builder().strict(strict).build().readAll(corpusDir);
        ClaimExtractor extractor = new ClaimExtractor(registry);
        List<Article> articles = read.articles();
        List<ArticleClaims> out = new ArrayList<>(articles.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (ProgressBar bar = progressBar("extracting", articles.size())) {
            List<Future<ArticleClaims>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> {
                    ArticleClaims ac = a.isCanonical() ? extractor.extract(nlp.annotate(a)) : ArticleClaims.duplicate(a);
                    bar.step();
                    return ac;
                }));
            }
            for (Future<ArticleClaims> f : futures) out.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        out.sort(Comparator.comparing(ac -> ac.article().id()));
        return new CorpusExtraction(out, read.problems());
    }

    /**
     * Builds the graph of the corpus into a new generation of the store and makes it live; the live
     * generation is untouched until the new one is complete.
     */
    public BuildReport build(Path corpusDir, KgStore store) {
        CorpusExtraction ex = extract(corpusDir);
        BuildResult result = store.rebuild(stream -> {
            RegistryGraphWriter registryWriter = new RegistryGraphWriter(stream);
            registryWriter.writeOntology();
            registryWriter.writeRegistry(registry);
            ArticleGraphWriter articles = new ArticleGraphWriter(stream);
            ContradictionFinder contradictions = new ContradictionFinder();
            for (ArticleClaims ac : ex.articles()) {
                articles.write(ac);
                contradictions.observe(ac);
            }
            contradictions.write(stream);
        });
        int duplicates = (int) ex.articles().stream().filter(a -> !a.article().isCanonical()).count();
        int claims = ex.articles().stream().mapToInt(a -> a.claims().size()).sum();
        return new BuildReport(result, ex.articles().size(), duplicates, claims, ex.problems());
    }

    private ProgressBar progressBar(String task, int total) {
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).continuousUpdate();
        if (!progress) b.setConsumer(new me.tongfei.progressbar.DelegatingProgressBarConsumer(line -> { }));
        return b.build();
    }

}

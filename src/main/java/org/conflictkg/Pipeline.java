package org.conflictkg;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.conflictkg.corpus.Article;
import org.conflictkg.corpus.ArticleLimits;
import org.conflictkg.corpus.CorpusException;
import org.conflictkg.corpus.CorpusProblem;
import org.conflictkg.corpus.CorpusReader;
import org.conflictkg.extract.ArticleClaims;
import org.conflictkg.extract.ClaimExtractor;
import org.conflictkg.extract.registry.EntityRegistry;
import org.conflictkg.nlp.AnnotatedArticle;
import org.conflictkg.nlp.NlpPipeline;
import org.conflictkg.rdf.ArticleGraphWriter;
import org.conflictkg.rdf.ContradictionFinder;
import org.conflictkg.rdf.RegistryGraphWriter;
import org.conflictkg.store.BuildResult;
import org.conflictkg.store.KgStore;
import org.conflictkg.wikidata.WikidataSnapshot;

/**
 * The whole build, stage after stage: corpus → nlp → extract → rdf → store. Immutable once built;
 * the command line and the tests use the same instance shape.
 * <pre>
 *   Pipeline pipeline = Pipeline.builder().nlp(NlpPipeline.create()).build();
 *   Pipeline.BuildReport report = pipeline.build(Path.of("corpus"), KgStore.open(Path.of("db")));
 * </pre>
 * Articles stream through, so memory does not grow with the corpus: files are read one at a time
 * ({@link CorpusReader#stream}), annotated and extracted on {@code threads} workers (CoreNLP annotation
 * is thread-safe) with at most {@value #IN_FLIGHT_PER_THREAD} articles per worker in flight, and handed
 * on in corpus order, so a rebuild of the same corpus gives an isomorphic graph. Every result says where
 * its time went ({@link Timings}).
 */
public final class Pipeline {

    /**
     * Articles read but not yet handed on, per worker: enough that a worker finding the next article
     * waiting does not idle while the calling thread writes the previous one, few enough that the
     * annotated documents in flight (a few MB each) stay a small part of the heap.
     */
    static final int IN_FLIGHT_PER_THREAD = 2;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

    /** Articles extracted, what was wrong with the files skipped, and where the time went. */
    public record CorpusExtraction(List<ArticleClaims> articles, List<CorpusProblem> problems, Timings timings) {}

    /** What a build did. */
    public record BuildReport(BuildResult store, int articles, int duplicates, int claims, List<CorpusProblem> problems,
                              Timings timings) {}

    /**
     * Where the time of one pass over a corpus went.
     * <p>
     * The stage times are CPU times of the threads that ran the stages, summed over articles, so that
     * other processes on the machine do not move time from one stage to another: {@code reading}
     * (listing, decoding, cleaning and fingerprinting the files) and {@code writing} (handing each
     * article's claims on; in a build, its quads into the store) on the calling thread,
     * {@code annotation} (CoreNLP) and {@code extraction} (our rules) on the workers. {@code elapsed} is
     * wall-clock time from the first file read to the last article handed on.
     *
     * @param articles  articles read, copies of another included (those are neither annotated nor extracted)
     * @param sentences sentences annotated and extracted
     */
    public record Timings(int articles, long sentences, Duration elapsed, Duration reading, Duration annotation,
                          Duration extraction, Duration writing) {

        /** Sentences annotated and extracted per second of elapsed time. */
        public double sentencesPerSecond() {
            return elapsed.isZero() ? 0 : sentences / seconds(elapsed);
        }

        /**
         * Our code's share of the work of turning files into claims: reading and extraction against
         * CoreNLP's annotation, from 0 to 1.
         */
        public double ourShare() {
            double ours = seconds(reading) + seconds(extraction);
            double all = ours + seconds(annotation);
            return all == 0 ? 0 : ours / all;
        }

        private static double seconds(Duration d) {
            return d.toNanos() / 1e9;
        }
    }

    private final EntityRegistry registry;
    private final NlpPipeline nlp;
    private final boolean strict;
    private final ArticleLimits limits;
    private final boolean progress;
    private final int threads;
    private final WikidataSnapshot wikidata;

    private Pipeline(Builder b) {
        this.registry = b.registry != null ? b.registry : EntityRegistry.fromClasspath();
        this.nlp = b.nlp != null ? b.nlp : NlpPipeline.create();
        this.strict = b.strict;
        this.limits = b.limits;
        this.progress = b.progress;
        this.threads = b.threads;
        this.wikidata = b.wikidata != null ? b.wikidata : WikidataSnapshot.shipped();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private EntityRegistry registry;
        private NlpPipeline nlp;
        private boolean strict;
        private ArticleLimits limits = ArticleLimits.DEFAULT;
        private boolean progress;
        private int threads = Runtime.getRuntime().availableProcessors();
        private WikidataSnapshot wikidata;

        private Builder() {}

        /** The entity registry (default: the one shipped on the classpath). */
        public Builder registry(EntityRegistry registry) { this.registry = registry; return this; }

        /** A CoreNLP pipeline to share (default: a new one, which takes seconds to load). */
        public Builder nlp(NlpPipeline nlp) { this.nlp = nlp; return this; }

        /** Whether the first bad article stops everything (default: it is skipped and reported). */
        public Builder strict(boolean strict) { this.strict = strict; return this; }

        /** How large one article may be; a larger one is a bad article (default: {@link ArticleLimits#DEFAULT}). */
        public Builder limits(ArticleLimits limits) { this.limits = limits; return this; }

        /** Whether to draw a progress bar on standard error. */
        public Builder progress(boolean progress) { this.progress = progress; return this; }

        /** The Wikidata snapshot loaded into graph/wikidata (default: the one shipped on the classpath). */
        public Builder wikidata(WikidataSnapshot wikidata) { this.wikidata = wikidata; return this; }

        /** How many articles are annotated at once (default: one per processor). */
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

    /**
     * Reads, annotates and extracts every article of the corpus, in id order; copies of another article
     * get no claims. The result holds every article: for a large corpus, {@link #build} streams instead.
     */
    public CorpusExtraction extract(Path corpusDir) {
        List<CorpusProblem> problems = new ArrayList<>();
        CorpusPass pass = new CorpusPass(corpusDir, problems::add);
        List<ArticleClaims> out = new ArrayList<>();
        pass.forEach(out::add);
        out.sort(Comparator.comparing(ac -> ac.article().id()));
        return new CorpusExtraction(out, problems, pass.timings());
    }

    /**
     * Builds the graph of the corpus into a new generation of the store and makes it live; the live
     * generation is untouched until the new one is complete. Each article's quads go into the store as
     * soon as it is extracted.
     */
    public BuildReport build(Path corpusDir, KgStore store) {
        List<CorpusProblem> problems = new ArrayList<>();
        // Reading the corpus once before the store is touched finds every unreadable file, and stops a
        // strict build, without making a generation.
        CorpusPass pass = new CorpusPass(corpusDir, problems::add);
        ContradictionFinder contradictions = new ContradictionFinder();
        BuildResult result = store.rebuild(stream -> {
            RegistryGraphWriter registryWriter = new RegistryGraphWriter(stream);
            registryWriter.writeOntology();
            registryWriter.writeRegistry(registry);
            wikidata.writeTo(stream);
            ArticleGraphWriter articles = new ArticleGraphWriter(stream);
            pass.forEach(ac -> {
                articles.write(ac);
                contradictions.observe(ac);
            });
            contradictions.write(stream);
        });
        return new BuildReport(result, pass.articles, pass.duplicates, pass.claims, problems, pass.timings());
    }

    /**
     * The extraction of one canonical article and the CPU time of its two stages, or, when annotation
     * or extraction failed on it, the failure.
     */
    private record Extracted(Article article, ArticleClaims claims, Throwable failure,
                             long annotationNanos, long extractionNanos) {}

    /** One pass over a corpus: its articles, streamed, what was handed on, and the time spent. */
    private final class CorpusPass {
        private final long start = System.nanoTime();
        private final Stream<Article> source;
        private final int files;
        private final Consumer<CorpusProblem> problems;
        private long readingNanos;
        private long annotationNanos;
        private long extractionNanos;
        private long writingNanos;
        private long elapsedNanos;
        private int articles;
        private int duplicates;
        private int claims;
        private long sentences;

        /**
         * Lists and fingerprints the corpus (the first of {@link CorpusReader#stream}'s two reads): files
         * that cannot be articles are reported to {@code problems} now, or thrown in strict mode.
         */
        CorpusPass(Path corpusDir, Consumer<CorpusProblem> problems) {
            this.problems = problems;
            long t = threadTime();
            this.source = CorpusReader.builder().strict(strict).limits(limits).build().stream(corpusDir, problems);
            this.files = CorpusReader.articleFiles(corpusDir).size();
            readingNanos += threadTime() - t;
        }

        /**
         * Annotates and extracts every article on the workers and hands each result to {@code sink} on this
         * thread, in corpus order.
         */
        void forEach(Consumer<ArticleClaims> sink) {
            ClaimExtractor extractor = new ClaimExtractor(registry);
            ExecutorService workers = Executors.newFixedThreadPool(threads);
            Deque<Future<Extracted>> inFlight = new ArrayDeque<>();
            try (ProgressBar bar = progressBar("extracting", files)) {
                Iterator<Article> unread = source.iterator();
                while (true) {
                    long t = threadTime();
                    Article next = unread.hasNext() ? unread.next() : null;
                    readingNanos += threadTime() - t;
                    if (next == null) break;
                    inFlight.add(workers.submit(() -> extract(extractor, next)));
                    if (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD) handOn(inFlight.remove(), sink, bar);
                }
                while (!inFlight.isEmpty()) handOn(inFlight.remove(), sink, bar);
                // Skipped files never step the bar.
                bar.maxHint(articles);
            } finally {
                workers.shutdownNow();
            }
            elapsedNanos = System.nanoTime() - start;
        }

        Timings timings() {
            return new Timings(articles, sentences, Duration.ofNanos(elapsedNanos), Duration.ofNanos(readingNanos),
                    Duration.ofNanos(annotationNanos), Duration.ofNanos(extractionNanos), Duration.ofNanos(writingNanos));
        }

        private Extracted extract(ClaimExtractor extractor, Article article) {
            if (!article.isCanonical()) return new Extracted(article, ArticleClaims.duplicate(article), null, 0, 0);
            long t0 = threadTime();
            try {
                AnnotatedArticle annotated = nlp.annotate(article);
                long t1 = threadTime();
                ArticleClaims claims = extractor.extract(annotated);
                return new Extracted(article, claims, null, t1 - t0, threadTime() - t1);
            } catch (RuntimeException | StackOverflowError e) {
                // A text that trips CoreNLP or a rule (deeply nested parses can overflow the stack of the
                // recursive matchers) costs that article, not the build.
                return new Extracted(article, null, e, threadTime() - t0, 0);
            }
        }

        private void handOn(Future<Extracted> future, Consumer<ArticleClaims> sink, ProgressBar bar) {
            Extracted done = await(future);
            annotationNanos += done.annotationNanos();
            extractionNanos += done.extractionNanos();
            if (done.failure() != null) {
                String message = "annotation or extraction failed, article skipped: " + done.failure();
                if (strict) throw new CorpusException(done.article().source(), message, done.failure());
                problems.accept(CorpusProblem.error(done.article().source(), message));
                bar.step();
                return;
            }
            articles++;
            if (!done.claims().article().isCanonical()) duplicates++;
            claims += done.claims().claims().size();
            sentences += done.claims().sentences().size();
            long t = threadTime();
            sink.accept(done.claims());
            writingNanos += threadTime() - t;
            bar.step();
        }
    }

    private static Extracted await(Future<Extracted> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** CPU time of the current thread, or wall-clock time where the JVM cannot measure it. */
    private static long threadTime() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private ProgressBar progressBar(String task, int total) {
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).continuousUpdate();
        if (!progress) b.setConsumer(new me.tongfei.progressbar.DelegatingProgressBarConsumer(line -> { }));
        return b.build();
    }

}

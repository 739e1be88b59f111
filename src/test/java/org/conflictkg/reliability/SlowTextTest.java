package org.conflictkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.conflictkg.Pipeline;
import org.conflictkg.corpus.CorpusReader;
import org.conflictkg.testing.SharedNlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text that is within the {@linkplain org.conflictkg.corpus.ArticleLimits limits} but pathological for a stage
 * still goes through in bounded time: the article limits bound the size of the work, these bound its rate.
 * <ul>
 * <li>Markup with many openers and no closers once made the markdown cleaner's patterns scan to the end of the
 *     paragraph from every opener: quadratic, seconds for 20 kB and hours for a few MB.</li>
 * <li>A paragraph without a single full stop (a flattened table, a list run together by a converter) is one
 *     sentence to CoreNLP; SUTime's matching on a sentence of a few thousand tokens took minutes, and on tens
 *     of thousands hours.</li>
 * </ul>
 */
class SlowTextTest {

    private static final List<String> WORDS = List.of("Russia", "said", "the", "troops", "of", "Armenia", "were", "in",
            "Moscow", "talks", "and", "ceasefire", "on", "Tuesday", "killed", "39", "people", "Azerbaijan", "border");

    /** Runs of openers without closers, each with the kind of file it is in: before, the slowest took minutes. */
    static Stream<Arguments> markupRuns() {
        return Stream.of(
                arguments("[", "md"), arguments("![a", "md"), arguments("[a ", "md"), arguments("**a ", "md"),
                arguments("__a ", "md"), arguments("*a ", "md"), arguments("_a ", "md"), arguments("`", "md"),
                arguments("``", "md"), arguments("<http:", "md"), arguments("<![CDATA[", "md"), arguments("<script>", "md"),
                arguments("\n\na", "txt"), arguments("\n\na", "md"), arguments("a-\n\n", "txt"),
                arguments("<p>a", "html"), arguments("&a", "html"));
    }

    /** Each run is repeated to some 150 kB, within the limits. */
    @ParameterizedTest(name = "''{0}'' repeated in .{1}")
    @MethodSource("markupRuns")
    void runsOfOpeningMarkupAreReadInLinearTime(String unit, String extension, @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("run." + extension), "x " + unit.repeat(150_000 / unit.length()) + " y");
        CorpusReader reader = CorpusReader.builder().build();

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader.read(file));
    }

    @Test
    void aParagraphOfFiveThousandWordsWithoutAFullStopIsAnnotatedInSeconds(@TempDir Path corpus) throws IOException {
        Random random = new Random(5);
        Files.writeString(corpus.resolve("one-long-sentence.txt"), IntStream.range(0, 5_000)
                .mapToObj(i -> WORDS.get(random.nextInt(WORDS.size()))).collect(Collectors.joining(" ")));
        Pipeline pipeline = Pipeline.builder().nlp(SharedNlp.nlp()).registry(SharedNlp.registry()).build();

        Pipeline.CorpusExtraction extraction = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> pipeline.extract(corpus));

        assertEquals(1, extraction.articles().size());
        assertEquals(1, extraction.articles().get(0).sentences().size());
    }
}

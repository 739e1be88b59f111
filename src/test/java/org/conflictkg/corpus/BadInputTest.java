package org.conflictkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each bad input (src/test/files/corpus/bad) gives one problem naming the file, and reading goes on; in strict
 * mode the first problem is thrown. The fixtures carry no comment, since a comment line would be text or
 * front matter; each one's defect is the name of its test case here.
 */
class BadInputTest {

    private static final Path BAD = Path.of("src/test/files/corpus/bad");
    private static final Path GOOD = Path.of("corpus/004_5ad66889d93a5044.txt");

    static Stream<Arguments> badFiles() {
        return Stream.of(
                arguments(named("empty file (0 bytes)", "bad-empty.txt"), "empty file"),
                arguments(named("only spaces, tabs and line breaks", "bad-blank.txt"), "empty file (nothing but white space)"),
                arguments(named("binary content: a PNG header with NUL bytes", "bad-binary.txt"),
                        "binary content (NUL byte at offset 8), not a text file"),
                arguments(named("neither UTF-8 nor Windows-1252: bytes 0x81 and 0x8D", "bad-undecodable.txt"),
                        "undecodable text: neither UTF-8 (byte 0x81 at offset 6) nor Windows-1252 (byte 0x81 at offset 6)"),
                arguments(named("front matter opened by '---' and never closed", "bad-front-matter-unclosed.txt"),
                        "malformed front matter: the '---' on line 1 is never closed by a '---' line"),
                arguments(named("front matter that is not YAML: a [ on line 2 left open", "bad-front-matter-yaml.txt"),
                        "malformed front matter at line 3: expected ',' or ']', but got :, while parsing a flow sequence that starts on line 2"),
                arguments(named("front matter that is a YAML list, not key: value lines", "bad-front-matter-list.txt"),
                        "malformed front matter: expected 'key: value' lines, found sequence"),
                arguments(named("published date in day/month/year order", "bad-date.txt"),
                        "malformed date: front matter line 3: published: not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD): '07/10/2020'"),
                arguments(named("only a caption, a related-article line and link lines", "bad-no-text.txt"),
                        "no article text left after cleaning"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileGivesOneProblemNamingItAndTheDefect(String fileName, String expectedMessage, @TempDir Path dir) throws IOException {
        Files.copy(BAD.resolve(fileName), dir.resolve(fileName));
        CorpusReadResult result = CorpusReader.builder().build().readAll(dir);

        assertEquals(List.of(), result.articles());
        assertEquals(List.of(CorpusProblem.error(dir.resolve(fileName), expectedMessage)), result.problems());
        assertTrue(result.problems().get(0).toString().startsWith(dir.resolve(fileName) + ": "), "the file is named");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void strictModeThrowsTheProblemNamingTheFile(String fileName, String expectedMessage, @TempDir Path dir) throws IOException {
        Files.copy(BAD.resolve(fileName), dir.resolve(fileName));
        CorpusReader strict = CorpusReader.builder().strict(true).build();

        CorpusException e = assertThrows(CorpusException.class, () -> strict.readAll(dir));
        assertEquals(dir.resolve(fileName) + ": " + expectedMessage, e.getMessage());
        assertEquals(dir.resolve(fileName), e.file());
        assertThrows(CorpusException.class, () -> strict.stream(dir, problem -> { }));
        assertThrows(CorpusException.class, () -> strict.read(dir.resolve(fileName)), "one file is read strictly in any mode");
    }

    @Test
    void twoFilesClaimingOneIdGiveOneProblemForTheSecond(@TempDir Path dir) throws IOException {
        Files.copy(BAD.resolve("bad-same-id.md"), dir.resolve("bad-same-id.md"));
        Files.copy(BAD.resolve("bad-same-id.txt"), dir.resolve("bad-same-id.txt"));
        CorpusReadResult result = CorpusReader.builder().build().readAll(dir);

        assertEquals(List.of(dir.resolve("bad-same-id.md")), result.articles().stream().map(Article::source).toList());
        assertEquals(List.of(CorpusProblem.error(dir.resolve("bad-same-id.txt"),
                "id 'bad-same-id' is already taken by bad-same-id.md (an id is the file name without its extension)")), result.problems());
    }

    @Test
    void aMalformedDateInTheManifestIsAProblemOfTheArticleFile() {
        Path directory = BAD.resolve("manifest-date");
        CorpusReadResult result = CorpusReader.builder().build().readAll(directory);

        assertEquals(List.of(CorpusProblem.error(directory.resolve("putin-says.txt"),
                "malformed date: manifest.tsv line 2: published: not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD): 'Oct. 7, 2020'")),
                result.problems());
    }

    @Test
    void aManifestWithoutAFileColumnIsOneProblemAndTheArticlesAreReadWithoutIt(@TempDir Path dir) throws IOException {
        Files.copy(GOOD, dir.resolve(GOOD.getFileName()));
        Files.writeString(dir.resolve("manifest.tsv"), "name\turl\n" + GOOD.getFileName() + "\thttps://example.org/a\n");
        CorpusReadResult result = CorpusReader.builder().build().readAll(dir);

        assertEquals(List.of(CorpusProblem.error(dir.resolve("manifest.tsv"),
                "manifest header (line 1) has no 'file' column: [name, url]")), result.problems());
        assertEquals(List.of(ArticleMetadata.UNKNOWN), result.articles().stream().map(Article::metadata).toList());
    }

    @Test
    void readingGoesOnPastEveryBadFile(@TempDir Path dir) throws IOException {
        try (Stream<Path> fixtures = Files.list(BAD)) {
            for (Path fixture : fixtures.filter(Files::isRegularFile).toList()) Files.copy(fixture, dir.resolve(fixture.getFileName()));
        }
        Files.copy(GOOD, dir.resolve(GOOD.getFileName()));
        CorpusReadResult result = CorpusReader.builder().build().readAll(dir);

        assertEquals(List.of("004_5ad66889d93a5044", "bad-same-id"), result.articles().stream().map(Article::id).toList());
        Set<String> expectedSkipped = badFiles().map(a -> (String) ((org.junit.jupiter.api.Named<?>) a.get()[0]).getPayload())
                .collect(Collectors.toSet());
        expectedSkipped.add("bad-same-id.txt");
        assertEquals(expectedSkipped, result.errors().stream().map(p -> p.file().getFileName().toString()).collect(Collectors.toSet()));
        assertEquals(expectedSkipped.size(), result.errors().size(), "one problem per bad file");
    }
}

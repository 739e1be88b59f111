package org.conflictkg.server.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One of the project's example SPARQL queries ({@code ontology/queries/*.rq}, which the build puts on the
 * classpath), with a link that opens it in the Fuseki UI's query editor.
 *
 * @param name  the file name without {@code .rq}
 * @param title the first line of the file's opening comment: the question it answers
 * @param text  the query
 * @param uiHref the Fuseki UI's query page for the dataset with this query filled in
 *               ({@code /#/dataset/kg/query?query=...}: the UI routes in the URL fragment and reads the
 *               {@code query} parameter into its editor)
 */
public record ExampleQuery(String name, String title, String text, String uiHref) {

    /** Where the build copies {@code ontology/queries}. */
    static final String RESOURCE_DIRECTORY = "/org/conflictkg/ontology/queries/";

    /** The example queries on the classpath, by file name; none if the directory is missing. */
    static List<ExampleQuery> load(String datasetName) {
        URL directory = ExampleQuery.class.getResource(RESOURCE_DIRECTORY);
        if (directory == null)
            return List.of();
        try {
            URI uri = directory.toURI();
            if (!"jar".equals(uri.getScheme()))
                return read(Path.of(uri), datasetName);
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return read(jar.provider().getPath(uri), datasetName);
            } catch (FileSystemAlreadyExistsException openElsewhere) {
                return read(FileSystems.getFileSystem(uri).provider().getPath(uri), datasetName);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the example queries in " + directory, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Bad classpath URL " + directory, e);
        }
    }

    private static List<ExampleQuery> read(Path directory, String datasetName) throws IOException {
        List<ExampleQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
                queries.add(new ExampleQuery(name, title(text, name), text, uiHref(datasetName, text)));
            }
        }
        return queries;
    }

    /** The first comment line, without its {@code #}; the name if the file does not open with a comment. */
    private static String title(String text, String name) {
        String first = text.lines().findFirst().orElse("").strip();
        return first.startsWith("#") ? first.substring(1).strip() : name;
    }

    private static String uiHref(String datasetName, String text) {
        // %20 rather than '+', which only form decoding reads as a space.
        return "/#/dataset/" + datasetName + "/query?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package org.conflictkg.corpus;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The YAML front matter that may open an article file, Jekyll style: a first line {@code ---}, a YAML
 * mapping, and a closing line {@code ---} (or {@code ...}).
 * <pre>
 * ---
 * title: Ceasefire Talks Resume
 * published: 2020-09-28
 * ---
 * </pre>
 * Values are kept as written: the YAML is composed into nodes, not constructed into objects, so that an
 * unquoted {@code 2020-09-28} stays that date instead of becoming a time-zone-shifted instant, and
 * {@code 2020-07} or {@code 2020} keep their precision. Keys other than {@link #KEYS} (a layout, tags) are
 * ignored.
 */
final class FrontMatter {

    /** The keys the corpus reads. */
    static final Set<String> KEYS = Set.of("url", "title", "outlet", "published", "language");

    static final FrontMatter NONE = new FrontMatter(Map.of(), 0);

    private static final Pattern OPENING = Pattern.compile("\\A\\uFEFF?---[ \\t]*(?:\\r\\n|\\n|\\r)");
    private static final Pattern CLOSING = Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*(?:\\r\\n|\\n|\\r|\\z)", Pattern.MULTILINE);
    /** The YAML starts on the file's second line; snakeyaml counts lines from 0. */
    private static final int FIRST_YAML_LINE = 2;

    /** A value as written, and where. */
    record Value(String text, String where) {
    }

    private final Map<String, Value> values;
    private final int bodyStart;

    private FrontMatter(Map<String, Value> values, int bodyStart) {
        this.values = values;
        this.bodyStart = bodyStart;
    }

    /**
     * The front matter at the start of {@code text}, or {@link #NONE} when the text does not open with one.
     *
     * @throws CorpusException naming the file when the front matter is not closed, is not valid YAML, is not
     *                         a mapping, or gives a known key twice or a value that is not a single scalar
     */
    static FrontMatter parse(Path file, String text) {
        Matcher opening = OPENING.matcher(text);
        if (!opening.lookingAt()) return NONE;
        Matcher closing = CLOSING.matcher(text);
        if (!closing.find(opening.end())) {
            throw new CorpusException(file, "malformed front matter: the '---' on line 1 is never closed by a '---' line");
        }
        String yaml = text.substring(opening.end(), closing.start());
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            String line = e.getProblemMark() == null ? "" : " at line " + (e.getProblemMark().getLine() + FIRST_YAML_LINE);
            // The context says what was left open, and where: an unclosed quote is found only at the end.
            String context = e.getContext() == null ? "" : ", " + e.getContext()
                    + (e.getContextMark() == null ? "" : " that starts on line " + (e.getContextMark().getLine() + FIRST_YAML_LINE));
            throw new CorpusException(file, "malformed front matter" + line + ": " + e.getProblem() + context, e);
        } catch (YAMLException e) {
            throw new CorpusException(file, "malformed front matter: " + e.getMessage(), e);
        }
        if (root == null) return new FrontMatter(Map.of(), closing.end());
        if (!(root instanceof MappingNode mapping)) {
            throw new CorpusException(file, "malformed front matter: expected 'key: value' lines, found " + root.getNodeId());
        }
        return new FrontMatter(knownValues(file, mapping), closing.end());
    }

    private static Map<String, Value> knownValues(Path file, MappingNode mapping) {
        Map<String, Value> values = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode) || !KEYS.contains(keyNode.getValue())) continue;
            String key = keyNode.getValue();
            String where = "front matter line " + (keyNode.getStartMark().getLine() + FIRST_YAML_LINE);
            if (values.containsKey(key)) {
                throw new CorpusException(file, "malformed front matter: " + where + ": '" + key + "' is given twice");
            }
            if (!(tuple.getValueNode() instanceof ScalarNode valueNode)) {
                throw new CorpusException(file, "malformed front matter: " + where + ": '" + key + "' must be a single value");
            }
            if (!valueNode.getTag().equals(Tag.NULL)) values.put(key, new Value(valueNode.getValue(), where));
        }
        return values;
    }

    /** The value of {@code key} as written; empty when the key is absent or null. */
    Optional<Value> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Offset of the first character after the front matter: 0 when there is none. */
    int bodyStart() {
        return bodyStart;
    }
}

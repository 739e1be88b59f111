package org.conflictkg.extract;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Semgrex rules of every relation kind, one file per relation: {@code rules/<relation>.semgrex}.
 * <p>
 * A file holds rules separated by blank lines. Each rule is a Semgrex pattern over the enhanced++
 * dependency parse, possibly spread over several lines, preceded by {@code #} comments describing the
 * generic sentence shape it covers and optional {@code @confidence 0.8}, {@code @third-party}, {@code @between-sides} and {@code @registry-target} lines (see {@link Rule}). Patterns name their
 * nodes with shared capture names: {@code =subject}, {@code =object}, {@code =cue} (the word that
 * states the relation, whose negation and time adjuncts apply) and, for casualty relations,
 * {@code =quantity}; {@code =anchor} marks another node whose adjuncts may carry the time; {@code =body} a node that must name a
 * {@code mediating-body} of the lexicon. A malformed rule fails loading with {@code file:line} and Semgrex's message.
 * <p>
 * Word lists that several rules share ("weapon", "ceasefire") are named once in
 * {@code rules/word-classes.tsv} and written {@code @name} inside a pattern's regular expression:
 * {@code {lemma:/@weapon|radar/}}. Semgrex has no macros of its own; the name is replaced by its
 * alternatives before the pattern is compiled, and an unknown name fails loading like a bad pattern.
 */
final class RuleBook {

    static final String SUBJECT = "subject";
    static final String OBJECT = "object";
    static final String CUE = "cue";
    static final String QUANTITY = "quantity";
    /** A further node whose adjuncts may say when ("kept its border closed since 1993": closed). */
    static final String ANCHOR = "anchor";
    /**
     * A node that must refer to a mediating body of the lexicon ("the Minsk Group, led by X"): those who
     * lead or chair it mediate through it.
     */
    static final String BODY = "body";

    /**
     * One compiled rule; {@code id} is {@code <relation>.semgrex#<n>}, n counting from 1 in the file.
     *
     * @param thirdPartyOnly the subject counts only when it is not a side of the focus conflict
     *                       ({@code @third-party}: of the signatories of a truce, the outsider brokered it)
     * @param sidesOnly      a pair of which one is a side of the focus conflict and the other is not is
     *                       skipped ({@code @between-sides}: that other signatory of a truce brokered it)
     * @param registryTarget the pattern names no object: it is the target the event registry gives for the
     *                       war or operation the cue (or {@code =anchor}) names, when the subject is its
     *                       attacker ({@code @registry-target}: "Baku's lightning offensive")
     */
    record Rule(String id, Relation relation, SemgrexPattern pattern, double confidence, boolean thirdPartyOnly,
                boolean sidesOnly, boolean registryTarget) {}

    private static final String WORD_CLASSES = "rules/word-classes.tsv";
    private static final Pattern WORD_CLASS = Pattern.compile("@([a-z][a-z-]*)");

    private final Map<Relation, List<Rule>> rules;

    private RuleBook(Map<Relation, List<Rule>> rules) {
        this.rules = rules;
    }

    /** Loads the rule file of every relation that has one from the classpath. */
    static RuleBook loadDefault() {
        Map<String, String> wordClasses = wordClasses(WORD_CLASSES, RuleResources.required(WORD_CLASSES));
        Map<Relation, List<Rule>> all = new EnumMap<>(Relation.class);
        for (Relation r : Relation.values()) {
            String name = "rules/" + r.name() + ".semgrex";
            // quotes are found by QuoteExtractor, not by rules
            RuleResources.lines(name).ifPresent(lines -> all.put(r, parse(r, name, lines, wordClasses)));
        }
        return new RuleBook(all);
    }

    /** Word classes, a line each: name, tab, the words as a regular-expression alternation. */
    static Map<String, String> wordClasses(String fileName, List<String> lines) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            if (cols.length < 2 || !cols[0].matches("[a-z][a-z-]*") || cols[1].isBlank())
                throw new IllegalArgumentException(fileName + ":" + (i + 1) + ": expected 'name<TAB>word|word|…', got '" + line + "'");
            try {
                Pattern.compile(cols[1].strip());
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException(fileName + ":" + (i + 1) + ": word class '" + cols[0] + "' is not a regular expression: " + e.getDescription());
            }
            if (out.put(cols[0], cols[1].strip()) != null)
                throw new IllegalArgumentException(fileName + ":" + (i + 1) + ": word class '" + cols[0] + "' defined twice");
        }
        return Map.copyOf(out);
    }

    static List<Rule> parse(Relation relation, String fileName, List<String> lines, Map<String, String> wordClasses) {
        List<Rule> out = new ArrayList<>();
        StringBuilder pattern = new StringBuilder();
        double confidence = 0.8;
        boolean thirdPartyOnly = false;
        boolean sidesOnly = false;
        boolean registryTarget = false;
        int patternLine = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : "";
            if (line.startsWith("#")) continue;
            if (line.isEmpty()) {
                if (pattern.length() > 0) {
                    String id = relation.name() + ".semgrex#" + (out.size() + 1);
                    String expanded = expand(fileName, patternLine, pattern.toString(), wordClasses);
                    if (registryTarget && (!expanded.contains("=" + SUBJECT) || expanded.contains("=" + OBJECT)))
                        throw new IllegalArgumentException(fileName + ":" + patternLine
                                + ": a @registry-target rule names =" + SUBJECT + " and no =" + OBJECT + " (the registry gives the object)");
                    out.add(new Rule(id, relation, compile(fileName, patternLine, expanded), confidence, thirdPartyOnly, sidesOnly, registryTarget));
                    pattern.setLength(0);
                    confidence = 0.8;
                    thirdPartyOnly = false;
                    sidesOnly = false;
                    registryTarget = false;
                }
                continue;
            }
            if (line.equals("@third-party")) {
                thirdPartyOnly = true;
                continue;
            }
            if (line.equals("@between-sides")) {
                sidesOnly = true;
                continue;
            }
            if (line.equals("@registry-target")) {
                registryTarget = true;
                continue;
            }
            if (line.startsWith("@")) {
                String[] kv = line.substring(1).split("\\s+", 2);
                if (!kv[0].equals("confidence") || kv.length < 2)
                    throw new IllegalArgumentException(fileName + ":" + (i + 1) + ": unknown option '" + line + "' (known: @confidence N, @third-party, @between-sides, @registry-target)");
                try {
                    confidence = Double.parseDouble(kv[1]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(fileName + ":" + (i + 1) + ": confidence is not a number: " + kv[1]);
                }
                if (confidence < 0 || confidence > 1)
                    throw new IllegalArgumentException(fileName + ":" + (i + 1) + ": confidence must be between 0 and 1");
                continue;
            }
            if (pattern.length() == 0) patternLine = i + 1;
            pattern.append(line).append(' ');
        }
        return List.copyOf(out);
    }

    private static String expand(String fileName, int line, String pattern, Map<String, String> wordClasses) {
        Matcher m = WORD_CLASS.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String words = wordClasses.get(m.group(1));
            if (words == null)
                throw new IllegalArgumentException(fileName + ":" + line + ": unknown word class @" + m.group(1) + " (defined in " + WORD_CLASSES + ")");
            m.appendReplacement(out, Matcher.quoteReplacement(words));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static SemgrexPattern compile(String fileName, int line, String pattern) {
        SemgrexPattern p;
        try {
            p = SemgrexPattern.compile(pattern);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(fileName + ":" + line + ": bad Semgrex pattern: " + e.getMessage(), e);
        }
        if (!pattern.contains("=" + CUE))
            throw new IllegalArgumentException(fileName + ":" + line + ": the pattern names no =" + CUE + " node");
        return p;
    }

    List<Rule> rules(Relation r) {
        return rules.getOrDefault(r, List.of());
    }

    List<Rule> all() {
        return rules.values().stream().flatMap(List::stream).toList();
    }
}

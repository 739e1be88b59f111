package org.conflictkg.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the text of an article file into clean article text, one cleaner per {@link SourceFormat}, with
 * a map from every cleaned character back to the file.
 * <p>
 * Each format splits its file into blocks (paragraphs and headings) in its own way; then all formats share
 * these steps:
 * <ol>
 * <li>white space is collapsed to single spaces and invisible characters dropped;</li>
 * <li>noise paragraphs are dropped by the {@link CleaningRules}: link lines, captions, publisher boilerplate,
 *     and everything from a trailer on; a wire dateline is cut from the start of the first paragraphs;</li>
 * <li>a paragraph that opens with the article's known title is split so the title is a paragraph of its own;</li>
 * <li>a sentence cut in two by a paragraph break is rejoined: when a paragraph ends without closing
 *     punctuation and the next starts with a lower-case letter, or when removed material (a link line, a
 *     caption) stood between them and the first ends mid-clause (after a comma, a dash, or a lower-case word
 *     in a paragraph too long to be a heading);</li>
 * <li>paragraphs are joined with a blank line ({@code "\n\n"}).</li>
 * </ol>
 * Cleaning only removes characters and inserts white space: every character that is not white space is the
 * original character at its mapped offset, so evidence spans can be cited in the file.
 * <pre>
 * CleanedText cleaned = TextCleaner.forFormat(SourceFormat.TEXT, CleaningRules.defaults())
 *         .clean(original, frontMatterEnd, Optional.of(title));
 * </pre>
 */
public abstract sealed class TextCleaner permits PlainTextCleaner, MarkdownCleaner, HtmlCleaner {

    /** Fewer words than this, without closing punctuation, may well be a heading rather than half a sentence. */
    private static final int MIN_WORDS_OF_A_CUT_PARAGRAPH = 8;

    /** How many kept paragraphs from the top may open with a dateline (the title and a standfirst may come first). */
    private static final int PARAGRAPHS_WITH_A_LEAD = 3;

    final CleaningRules rules;

    TextCleaner(CleaningRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public static TextCleaner forFormat(SourceFormat format, CleaningRules rules) {
        return switch (format) {
            case TEXT -> new PlainTextCleaner(rules);
            case MARKDOWN -> new MarkdownCleaner(rules);
            case HTML -> new HtmlCleaner(rules);
        };
    }

    /**
     * Cleans {@code original} from {@code bodyStart} on; what comes before (front matter) is skipped.
     *
     * @param title the article's title when known: if the text opens with it, it becomes a paragraph of its own
     * @return the cleaned text, empty when nothing of the article is left
     */
    public final CleanedText clean(String original, int bodyStart, Optional<String> title) {
        List<Block> blocks = dropNoise(collapseWhitespace(blocks(original, bodyStart)));
        blocks = rejoinCutSentences(separateTitle(blocks, title, original));
        return assemble(blocks, original.length());
    }

    /** The file's paragraphs and headings in order, markup removed, white space not yet collapsed. */
    abstract List<Block> blocks(String original, int bodyStart);

    private static List<Block> collapseWhitespace(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        boolean carryRemoval = false;
        for (Block block : blocks) {
            MappedText text = block.text().collapseWhitespace();
            if (text.isEmpty()) {
                carryRemoval |= block.afterRemoval();
                continue;
            }
            Block collapsed = block.withText(text);
            out.add(carryRemoval ? collapsed.markedAfterRemoval() : collapsed);
            carryRemoval = false;
        }
        return out;
    }

    private List<Block> dropNoise(List<Block> blocks) {
        List<Block> kept = new ArrayList<>();
        boolean removed = false;
        for (Block block : blocks) {
            if (rules.startsTrailer(block.text())) break;
            if (rules.isNoiseParagraph(block.text())) {
                removed = true;
                continue;
            }
            // a wire dateline opens the story's first paragraphs, never one further down
            int lead = kept.size() < PARAGRAPHS_WITH_A_LEAD && !block.heading() ? rules.leadLength(block.text()) : 0;
            if (lead > 0) block = block.withText(block.text().sub(lead, block.text().length()));
            kept.add(removed ? block.markedAfterRemoval() : block);
            removed = false;
        }
        return kept;
    }

    /**
     * Splits the known title off the first paragraph when the paragraph opens with it and the title ends
     * there as a title does: at a line end, or with closing punctuation.
     */
    private static List<Block> separateTitle(List<Block> blocks, Optional<String> title, String original) {
        if (blocks.isEmpty() || title.isEmpty() || blocks.get(0).heading()) return blocks;
        Block first = blocks.get(0);
        int end = titleEnd(first.text(), title.get());
        if (end < 0) return blocks;
        boolean endsLine = end == first.text().length() || "\n\r".indexOf(original.charAt(first.text().offset(end))) >= 0;
        if (!endsLine && !endsSentence(first.text().sub(0, end))) return blocks;
        List<Block> out = new ArrayList<>(blocks.size() + 1);
        out.add(new Block(first.text().sub(0, end), true, first.afterRemoval()));
        if (end < first.text().length()) {
            out.add(Block.paragraph(first.text().sub(end + 1, first.text().length()), false));
        }
        out.addAll(blocks.subList(1, blocks.size()));
        return out;
    }

    /**
     * Where the title ends in {@code text} when {@code text} opens with it, comparing letters and digits
     * only (case, quotes and spacing may differ); -1 when it does not, or when the title ends inside a word.
     */
    private static int titleEnd(MappedText text, String title) {
        int i = 0;
        for (int t = 0; t < title.length(); t++) {
            char c = title.charAt(t);
            if (!Character.isLetterOrDigit(c)) continue;
            while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) i++;
            if (i == text.length() || Character.toLowerCase(text.charAt(i)) != Character.toLowerCase(c)) return -1;
            i++;
        }
        if (i == 0) return -1;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) != ' ') i++;
        if (i < text.length() && text.charAt(i) != ' ') return -1;
        return i;
    }

    private static List<Block> rejoinCutSentences(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        // The last block's text is a copy of our own once something was joined to it; later parts are appended
        // to that copy, so a long run of rejoined paragraphs costs its length, not its length squared.
        boolean lastIsOwnCopy = false;
        for (Block block : blocks) {
            if (!out.isEmpty() && continuesSentence(out.get(out.size() - 1), block)) {
                if (!lastIsOwnCopy) {
                    Block previous = out.get(out.size() - 1);
                    out.set(out.size() - 1, previous.withText(new MappedText().append(previous.text())));
                    lastIsOwnCopy = true;
                }
                MappedText joined = out.get(out.size() - 1).text();
                joined.append(' ', joined.endOffset()).append(block.text());
            } else {
                out.add(block);
                lastIsOwnCopy = false;
            }
        }
        return out;
    }

    private static boolean continuesSentence(Block previous, Block next) {
        if (previous.heading() || next.heading() || endsSentence(previous.text())) return false;
        if (Character.isLowerCase(next.text().charAt(0))) return true;
        return next.afterRemoval() && endsMidClause(previous.text());
    }

    private static boolean endsSentence(MappedText text) {
        int i = text.length() - 1;
        while (i > 0 && isClosingQuoteOrBracket(text.charAt(i))) i--;
        return ".!?…:;".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean isClosingQuoteOrBracket(char c) {
        return "\"'”’»)]".indexOf(c) >= 0;
    }

    /**
     * Whether a paragraph stops mid-clause: after a comma or a dash, or after a word in lower case when the
     * paragraph is too long to be a heading (a heading like "Putin Says" or "What happened next" is not cut).
     */
    private static boolean endsMidClause(MappedText text) {
        char last = text.charAt(text.length() - 1);
        if (last == ',' || last == '—' || last == '–') return true;
        int wordStart = text.length();
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) wordStart--;
        if (wordStart == text.length() || !Character.isLowerCase(text.charAt(wordStart))) return false;
        return hasAtLeastWords(text, MIN_WORDS_OF_A_CUT_PARAGRAPH);
    }

    /** Whether collapsed text has {@code n} words or more; reads no further than the {@code n}th word. */
    private static boolean hasAtLeastWords(MappedText text, int n) {
        int spaces = 0;
        for (int i = 0; i < text.length() && spaces < n - 1; i++) {
            if (text.charAt(i) == ' ') spaces++;
        }
        return spaces >= n - 1;
    }

    private static CleanedText assemble(List<Block> blocks, int originalLength) {
        MappedText text = new MappedText();
        for (Block block : blocks) {
            if (!text.isEmpty()) {
                int separator = text.endOffset();
                text.append('\n', separator).append('\n', separator);
            }
            text.append(block.text());
        }
        return new CleanedText(text.toString(), new OffsetMap(text.offsets(), originalLength));
    }
}

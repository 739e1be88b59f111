package org.conflictkg.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Groups the lines of a text or markdown file into blocks: consecutive lines form a paragraph, a blank
 * line ends it, a noise line (a bare link, say) vanishes without ending it, and a heading is a block of
 * its own, whether a line of its own or a paragraph underlined.
 * <p>
 * When removed material stood between two paragraphs, the second is marked so that a sentence cut by it
 * can be rejoined later. A paragraph made only of markup that the inline cleanup removes (an image) counts
 * as removed material too.
 */
final class LineBlocks {

    private final String original;
    private final LineJoiner joiner;
    private final UnaryOperator<MappedText> inlineCleanup;
    private final List<Block> blocks = new ArrayList<>();
    private final List<SourceLine> paragraph = new ArrayList<>();
    private boolean paragraphAfterRemoval;
    private boolean removedSinceLastBlock;

    /**
     * @param original      the file's text
     * @param joiner        joins a paragraph's lines
     * @param inlineCleanup removes inline markup from a joined paragraph or heading
     */
    LineBlocks(String original, LineJoiner joiner, UnaryOperator<MappedText> inlineCleanup) {
        this.original = original;
        this.joiner = joiner;
        this.inlineCleanup = inlineCleanup;
    }

    /** A line of text: it continues the current paragraph or starts one. */
    void line(SourceLine line) {
        if (paragraph.isEmpty()) {
            paragraphAfterRemoval = removedSinceLastBlock;
            removedSinceLastBlock = false;
        }
        paragraph.add(line);
    }

    /** A blank line, or anything else that ends a paragraph. */
    void endParagraph() {
        flushParagraph(false);
    }

    /** Ends the current paragraph as a heading: markdown's setext underline ({@code ===}, {@code ---}) says so. */
    void endParagraphAsHeading() {
        flushParagraph(true);
    }

    boolean inParagraph() {
        return !paragraph.isEmpty();
    }

    private void flushParagraph(boolean heading) {
        if (paragraph.isEmpty()) return;
        MappedText text = inlineCleanup.apply(joiner.join(original, paragraph));
        paragraph.clear();
        add(text, heading, paragraphAfterRemoval);
    }

    /** A line dropped as noise: inside a paragraph it just vanishes, between paragraphs it is a removal. */
    void removedLine() {
        if (paragraph.isEmpty()) removedSinceLastBlock = true;
    }

    /** A heading: ends the current paragraph and becomes a block of its own. */
    void heading(SourceLine text) {
        endParagraph();
        boolean afterRemoval = removedSinceLastBlock;
        removedSinceLastBlock = false;
        add(inlineCleanup.apply(MappedText.of(original, text.start(), text.end())), true, afterRemoval);
    }

    List<Block> finish() {
        endParagraph();
        return blocks;
    }

    private void add(MappedText text, boolean heading, boolean afterRemoval) {
        if (isBlank(text)) {
            removedSinceLastBlock = true;
            return;
        }
        blocks.add(new Block(text, heading, afterRemoval));
    }

    private static boolean isBlank(MappedText text) {
        return text.collapseWhitespace().isEmpty();
    }
}

package org.conflictkg.corpus;

/**
 * One paragraph or heading of a text being cleaned.
 *
 * @param text         the block's characters with their original offsets
 * @param heading      a title or section heading: it stays a paragraph of its own and never absorbs the next block
 * @param afterRemoval something was removed just before this block (a link line, a caption, boilerplate), so a
 *                     sentence cut by that material may continue here
 */
record Block(MappedText text, boolean heading, boolean afterRemoval) {

    static Block paragraph(MappedText text, boolean afterRemoval) {
        return new Block(text, false, afterRemoval);
    }

    Block withText(MappedText newText) {
        return new Block(newText, heading, afterRemoval);
    }

    Block markedAfterRemoval() {
        return new Block(text, heading, true);
    }
}

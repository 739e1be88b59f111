package org.conflictkg.corpus;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Cleans plain text, typically extracted from a PDF print of a web page: blank lines separate paragraphs,
 * lines inside a paragraph are hard wraps, and link lines sit wherever the page had an embedded link.
 */
final class PlainTextCleaner extends TextCleaner {

    PlainTextCleaner(CleaningRules rules) {
        super(rules);
    }

    @Override
    List<Block> blocks(String original, int bodyStart) {
        LineBlocks blocks = new LineBlocks(original, new LineJoiner(original.substring(bodyStart), rules), UnaryOperator.identity());
        for (SourceLine line : SourceLine.split(original, bodyStart)) {
            if (line.isBlank(original)) blocks.endParagraph();
            else if (rules.isNoiseLine(line.text(original).strip())) blocks.removedLine();
            else blocks.line(line);
        }
        return blocks.finish();
    }
}

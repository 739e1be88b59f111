package org.conflictkg.corpus;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Cleans plain text, typically extracted from a PDF print of a web page: blank lines separate paragraphs,
 * lines inside a paragraph are hard wraps, and link lines sit wherever the page had an embedded link.
 */
final class PlainTextCleaner extends TextCleaner {

    /** How many text lines from the top may open with a dateline (a headline and a standfirst may come first). */
    private static final int LINES_WITH_A_LEAD = 3;

    PlainTextCleaner(CleaningRules rules) {
        super(rules);
    }

    @Override
    List<Block> blocks(String original, int bodyStart) {
        LineBlocks blocks = new LineBlocks(original, new LineJoiner(original.substring(bodyStart), rules), UnaryOperator.identity());
        int textLines = 0;
        for (SourceLine line : SourceLine.split(original, bodyStart)) {
            if (line.isBlank(original)) blocks.endParagraph();
            else if (rules.isNoiseLine(line.text(original).strip())) blocks.removedLine();
            else {
                // A wire dateline opens the story even where no blank line separates it from the headline
                // ("…Azerbaijan\nMOSCOW (AA) – Russia will …"): it starts a paragraph and is cut off.
                int lead = textLines++ < LINES_WITH_A_LEAD ? leadOf(original, line) : 0;
                if (lead > 0) {
                    blocks.endParagraph();
                    blocks.line(line.skip(lead));
                } else {
                    blocks.line(line);
                }
            }
        }
        return blocks.finish();
    }

    /** The length of the dateline opening the line, leading white space included; 0 when there is none. */
    private int leadOf(String original, SourceLine line) {
        String text = line.text(original);
        int indent = 0;
        while (indent < text.length() && MappedText.isWhitespace(text.charAt(indent))) indent++;
        int lead = rules.leadLength(text.substring(indent));
        return lead > 0 ? indent + lead : 0;
    }
}

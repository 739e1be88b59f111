package org.conflictkg.corpus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans markdown as web-page-to-markdown converters write it: ATX headings ({@code #}) and underlined
 * (setext) headings become heading blocks, list items and block quotes lose their markers, and inline
 * markup is removed, keeping the text of emphasis, links and escapes ({@code **bold**}, {@code [text](url)},
 * {@code \-}) and dropping images, autolinks ({@code <https://...>}) and inline HTML tags.
 */
final class MarkdownCleaner extends TextCleaner {

    private static final Pattern ATX_HEADING = Pattern.compile(" {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile(" {0,3}(?:=+|-+)[ \\t]*");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(?:```|~~~).*");
    private static final Pattern LIST_ITEM = Pattern.compile(" {0,3}(?:[-+*]|\\d{1,9}[.)])[ \\t]+");
    private static final Pattern QUOTE_MARKER = Pattern.compile(" {0,3}(?:>[ \\t]?)+");

    /** Inline markup, each with the group whose text is kept (0: none), in the order they are removed. */
    private record Markup(Pattern pattern, int keptGroup) {
        Markup(String regex, int keptGroup) {
            this(Pattern.compile(regex), keptGroup);
        }
    }

    private static final List<Markup> INLINE_MARKUP = List.of(
            new Markup("!\\[[^\\]]*\\]\\((?:[^()]|\\([^()]*\\))*\\)", 0),                               // image
            new Markup("\\[([^\\]]*)\\]\\((?:[^()\\s]|\\([^()]*\\))*(?:\\s+\"[^\"]*\")?\\)", 1),          // [text](url "title")
            new Markup("\\[([^\\]]+)\\]\\[[^\\]]*\\]", 1),                                               // [text][ref]
            new Markup("<(?:https?|ftp|mailto):[^>\\s]*>", 0),                                            // <https://...>
            new Markup("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>", 0),                                  // inline HTML tag
            new Markup("(`+)([^`]+?)\\1", 2),                                                             // `code`
            new Markup("(?<!\\\\)(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)(?<!\\\\)\\1", 2),                         // **strong**
            new Markup("(?<![\\\\*\\p{L}\\d])\\*(?=[^\\s*])(.+?)(?<=[^\\s*\\\\])\\*(?![*\\p{L}\\d])", 1),   // *emphasis*
            new Markup("(?<![\\\\_\\p{L}\\d])_(?=[^\\s_])(.+?)(?<=[^\\s_\\\\])_(?![_\\p{L}\\d])", 1),       // _emphasis_
            new Markup("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>|~])", 1));                                       // \* escape

    MarkdownCleaner(CleaningRules rules) {
        super(rules);
    }

    @Override
    List<Block> blocks(String original, int bodyStart) {
        LineBlocks blocks = new LineBlocks(original, new LineJoiner(original.substring(bodyStart), rules), MarkdownCleaner::removeInlineMarkup);
        for (SourceLine line : SourceLine.split(original, bodyStart)) {
            String text = line.text(original);
            Matcher m;
            if (line.isBlank(original)) {
                blocks.endParagraph();
            } else if (FENCE.matcher(text).matches()) {
                blocks.endParagraph();
            } else if (blocks.inParagraph() && SETEXT_UNDERLINE.matcher(text).matches()) {
                blocks.endParagraphAsHeading();
            } else if (rules.isNoiseLine(text.strip())) {
                blocks.removedLine();
            } else if ((m = ATX_HEADING.matcher(text)).matches()) {
                if (m.group(1) == null) blocks.removedLine();
                else blocks.heading(new SourceLine(line.start() + m.start(1), line.start() + m.end(1)));
            } else if ((m = LIST_ITEM.matcher(text)).lookingAt()) {
                blocks.endParagraph();
                blocks.line(line.skip(m.end()));
            } else if ((m = QUOTE_MARKER.matcher(text)).lookingAt()) {
                SourceLine quoted = line.skip(m.end());
                if (quoted.isBlank(original)) blocks.endParagraph();
                else blocks.line(quoted);
            } else {
                blocks.line(line);
            }
        }
        return blocks.finish();
    }

    private static MappedText removeInlineMarkup(MappedText text) {
        MappedText out = text;
        for (Markup markup : INLINE_MARKUP) out = out.strip(markup.pattern(), markup.keptGroup());
        return out;
    }
}

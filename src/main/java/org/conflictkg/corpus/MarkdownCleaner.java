package org.conflictkg.corpus;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans markdown as web-page-to-markdown converters write it: ATX headings ({@code #}) and underlined
 * (setext) headings become heading blocks, list items and block quotes lose their markers, and inline
 * markup is removed, keeping the text of emphasis, links and escapes ({@code **bold**}, {@code [text](url)},
 * {@code \-}) and dropping images, autolinks ({@code <https://...>}) and inline HTML tags.
 * <p>
 * Markdown passes raw HTML through, so a page converter may leave a page's scripts and styles in: a
 * {@code <script>} or {@code <style>} element is dropped with its content, whether it opens a line (it then
 * runs, as in CommonMark, to the line holding its end tag, or to the end of the file) or sits inside a paragraph.
 */
final class MarkdownCleaner extends TextCleaner {

    private static final Pattern ATX_HEADING = Pattern.compile(" {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile(" {0,3}(?:=+|-+)[ \\t]*");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(?:```|~~~).*");
    private static final Pattern LIST_ITEM = Pattern.compile(" {0,3}(?:[-+*]|\\d{1,9}[.)])[ \\t]+");
    private static final Pattern QUOTE_MARKER = Pattern.compile(" {0,3}(?:>[ \\t]?)+");
    private static final Pattern SCRIPT_OR_STYLE_START = Pattern.compile(" {0,3}<(script|style)(?=[\\s>]|$)", Pattern.CASE_INSENSITIVE);

    /**
     * Inline markup, each with the group whose text is kept (0: none), in the order they are removed.
     * <p>
     * No pattern may scan on past a point where its own closing could start: bracketed text stops at the next
     * bracket, an autolink at the next {@code <}, code and emphasis at the next delimiter of their kind. So a
     * paragraph of many openers and no closers (a run of {@code [}, {@code **a }, backticks) is matched in time
     * proportional to its length, not to its square.
     */
    private record Markup(Pattern pattern, int keptGroup) {
        Markup(String regex, int keptGroup) {
            this(Pattern.compile(regex), keptGroup);
        }
    }

    private static final List<Markup> INLINE_MARKUP = List.of(
            new Markup("(?i)<(script|style)\\b[^<>]*>(?:[^<]|<(?!/?(?:script|style)\\b))*</\\1\\s*>", 0),        // <script>…</script>
            new Markup("!\\[[^\\[\\]]*\\]\\((?:[^()]|\\([^()]*\\))*\\)", 0),                           // image
            new Markup("\\[([^\\[\\]]*)\\]\\((?:[^()\\s]|\\([^()]*\\))*(?:\\s+\"[^\"]*\")?\\)", 1),      // [text](url "title")
            new Markup("\\[([^\\[\\]]+)\\]\\[[^\\[\\]]*\\]", 1),                                         // [text][ref]
            new Markup("<(?:https?|ftp|mailto):[^<>\\s]*>", 0),                                           // <https://...>
            new Markup("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>", 0),                                  // inline HTML tag
            new Markup("(?<!`)(`++)([^`]+?)\\1(?!`)", 2),                                                   // `code`
            new Markup("(?<!\\\\)(\\*\\*|__)(?=\\S)((?:(?!\\1).)+?)(?<=\\S)(?<!\\\\)\\1", 2),                // **strong**
            new Markup("(?<![\\\\*\\p{L}\\d])\\*(?=[^\\s*])([^*]+?)(?<=[^\\s*\\\\])\\*(?![*\\p{L}\\d])", 1),   // *emphasis*
            new Markup("(?<![\\\\_\\p{L}\\d])_(?=[^\\s_])([^_]+?)(?<=[^\\s_\\\\])_(?![_\\p{L}\\d])", 1),       // _emphasis_
            new Markup("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>|~])", 1));                                       // \* escape

    MarkdownCleaner(CleaningRules rules) {
        super(rules);
    }

    @Override
    List<Block> blocks(String original, int bodyStart) {
        LineBlocks blocks = new LineBlocks(original, new LineJoiner(original.substring(bodyStart), rules), MarkdownCleaner::removeInlineMarkup);
        String openElement = null; // a script or style element whose lines are dropped until its end tag
        for (SourceLine line : SourceLine.split(original, bodyStart)) {
            String text = line.text(original);
            Matcher m;
            if (openElement != null) {
                blocks.removedLine();
                if (hasEndTag(text, openElement)) openElement = null;
            } else if ((m = SCRIPT_OR_STYLE_START.matcher(text)).lookingAt()) {
                blocks.removedLine();
                String element = m.group(1).toLowerCase(Locale.ROOT);
                if (!hasEndTag(text.substring(m.end()), element)) openElement = element;
            } else if (line.isBlank(original)) {
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

    private static boolean hasEndTag(String line, String element) {
        return line.toLowerCase(Locale.ROOT).contains("</" + element + ">");
    }

    private static MappedText removeInlineMarkup(MappedText text) {
        MappedText out = text;
        for (Markup markup : INLINE_MARKUP) out = out.strip(markup.pattern(), markup.keptGroup());
        return out;
    }
}

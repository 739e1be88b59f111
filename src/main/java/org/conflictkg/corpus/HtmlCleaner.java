package org.conflictkg.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * Cleans an HTML page with jsoup: page furniture (scripts, styles, navigation, the site header and footer,
 * asides, figures and their captions, forms) is dropped, block elements become paragraphs, {@code h1}–{@code h6}
 * become headings, and inline elements contribute their text.
 * <p>
 * Offsets point into the HTML source: jsoup tracks each text node's source range, and within a node every
 * character maps to its own source position, or to the {@code &} of the character reference it was decoded
 * from. A {@code header} element inside an {@code article} is kept, as it holds the article's headline.
 */
final class HtmlCleaner extends TextCleaner {

    private static final Set<String> DROPPED = Set.of(
            "head", "script", "style", "noscript", "template", "nav", "footer", "aside", "figure", "figcaption",
            "form", "button", "select", "textarea", "iframe", "object", "embed", "svg", "canvas", "video", "audio",
            "picture", "map", "dialog");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "blockquote", "body", "dd", "details", "div", "dl", "dt", "fieldset", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table",
            "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    HtmlCleaner(CleaningRules rules) {
        super(rules);
    }

    @Override
    List<Block> blocks(String original, int bodyStart) {
        String html = original.substring(bodyStart);
        Element root = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        BlockCollector collector = new BlockCollector(html, bodyStart);
        root.filter(collector);
        collector.endBlock();
        return collector.blocks;
    }

    private static boolean isDropped(Element element) {
        String name = element.normalName();
        if (DROPPED.contains(name) || element.hasAttr("hidden")) return true;
        return name.equals("header") && element.closest("article") == null;
    }

    /** Walks the document, gathering the text of each block element. */
    private static final class BlockCollector implements NodeFilter {

        private final String html;
        private final int shift;
        private final List<Block> blocks = new ArrayList<>();
        private MappedText current = new MappedText();
        private boolean currentIsHeading;
        private boolean removedSinceLastBlock;

        BlockCollector(String html, int shift) {
            this.html = html;
            this.shift = shift;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(text);
            } else if (node instanceof Element element) {
                if (isDropped(element)) {
                    if (element.hasText()) removedSinceLastBlock = true;
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (element.normalName().equals("br")) appendBreak(element);
                else if (BLOCKS.contains(element.normalName())) {
                    endBlock();
                    currentIsHeading = HEADINGS.contains(element.normalName());
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) endBlock();
            return FilterResult.CONTINUE;
        }

        void endBlock() {
            if (!current.collapseWhitespace().isEmpty()) {
                blocks.add(new Block(current, currentIsHeading, removedSinceLastBlock));
                removedSinceLastBlock = false;
            }
            current = new MappedText();
            currentIsHeading = false;
        }

        private void appendBreak(Element br) {
            Range range = br.sourceRange();
            if (range.isTracked()) current.append('\n', shift + range.startPos());
        }

        /**
         * Appends a text node's decoded characters, each at its source position. The node's source range may
         * hold more than its text: character references, which decode to fewer characters, and markup that is
         * not text, such as the {@code <![CDATA[} opening a CDATA section; source characters that the text does
         * not continue with are skipped.
         */
        private void appendText(TextNode node) {
            String text = node.getWholeText();
            Range range = node.sourceRange();
            if (!range.isTracked()) return; // not from the source (jsoup adds none in parsing)
            int source = range.startPos();
            int sourceEnd = Math.min(range.endPos(), html.length());
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (source < sourceEnd && html.charAt(source) == '&') {
                    int end = referenceEnd(source, sourceEnd);
                    String reference = html.substring(source, end);
                    String decoded = Parser.unescapeEntities(reference, false);
                    // A reference left as written (in CDATA, or not a known name) is literal text.
                    if (!decoded.equals(reference) && !text.startsWith(reference, i) && text.startsWith(decoded, i)) {
                        appendReference(reference, decoded, source);
                        i += decoded.length();
                        source = end;
                        continue;
                    }
                }
                int next = source;
                while (next < sourceEnd && html.charAt(next) != c) next++;
                if (next < sourceEnd) {
                    current.append(c, shift + next);
                    source = next + 1;
                } else {
                    // Not in the source as written (jsoup replaced it): it stands where the source has got to.
                    current.append(c, shift + Math.max(range.startPos(), Math.min(source, sourceEnd - 1)));
                }
                i++;
            }
        }

        /**
         * Appends the characters a reference decodes to at the reference's {@code &}; characters that the
         * reference ends with as written (the "right" of {@code &copyright}, a legacy name without its
         * {@code ;}) keep their own positions.
         */
        private void appendReference(String reference, String decoded, int amp) {
            int same = 0;
            while (same < decoded.length() - 1
                    && decoded.charAt(decoded.length() - 1 - same) == reference.charAt(reference.length() - 1 - same)) {
                same++;
            }
            for (int k = 0; k < decoded.length() - same; k++) current.append(decoded.charAt(k), shift + amp);
            for (int k = decoded.length() - same; k < decoded.length(); k++) {
                current.append(decoded.charAt(k), shift + amp + reference.length() - (decoded.length() - k));
            }
        }

        /** The end of the character reference starting at {@code amp}: after its ';', or after its name. */
        private int referenceEnd(int amp, int sourceEnd) {
            int i = amp + 1;
            if (i < sourceEnd && html.charAt(i) == '#') i++;
            while (i < sourceEnd && Character.isLetterOrDigit(html.charAt(i))) i++;
            if (i < sourceEnd && html.charAt(i) == ';') i++;
            return i;
        }
    }
}

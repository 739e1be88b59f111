package org.conflictkg.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Cutting a text around the spans of claims and quotations. */
class TextMarksTest {

    private static final String TEXT = "Russia said Armenia is a member of the CSTO.";

    @Test
    void aSpanIsMarkedAndTheRestLeftPlain() {
        List<Segment> segments = TextMarks.segments(TEXT, List.of(mark(12, 43, "claim", "/c1", "Armenia member of CSTO")));

        assertEquals(List.of(
                new Segment("Russia said ", null, null, null),
                new Segment("Armenia is a member of the CSTO", "claim", "/c1", "Armenia member of CSTO"),
                new Segment(".", null, null, null)), segments);
    }

    @Test
    void overlappingSpansAreCutAndEachPieceLinksToTheShortestSpanCoveringIt() {
        // A quotation (0-43) holding a claim (12-43).
        List<Segment> segments = TextMarks.segments(TEXT, List.of(
                mark(0, 43, "quote", "/q", "quotation"),
                mark(12, 43, "claim", "/c", "claim")));

        assertEquals(List.of(
                new Segment("Russia said ", "quote", "/q", "quotation"),
                new Segment("Armenia is a member of the CSTO", "claim", "/c", "quotation; claim"),
                new Segment(".", null, null, null)), segments);
    }

    @Test
    void twoClaimsOfOneSpanShareOneMarkAndTheSecondIsLinkedAfterIt() {
        List<Segment> segments = TextMarks.segments(TEXT, List.of(
                mark(0, 6, "claim", "/a", "first"),
                mark(0, 6, "claim negative", "/b", "second")));

        assertEquals(new Segment("Russia", "claim", "/a", "first; second",
                List.of(new Segment("2", "claim negative", "/b", "second"))), segments.get(0));
        assertEquals(2, segments.size());
    }

    @Test
    void aSpanHiddenUnderShorterOnesIsLinkedAfterItsEnd() {
        // "Russia said" (0-11) is covered by "Russia" (0-6) and "said" (7-11), the shorter spans.
        List<Segment> segments = TextMarks.segments(TEXT, List.of(
                mark(0, 11, "quote", "/whole", "whole"),
                mark(0, 6, "claim", "/a", "a"),
                mark(6, 11, "claim", "/b", "b")));

        assertEquals(List.of(new Segment("2", "quote", "/whole", "whole")), segments.get(1).also());
        assertEquals(List.of(), segments.get(0).also());
    }

    @Test
    void spansOutsideTheTextAreClippedAndEmptyOnesIgnored() {
        List<Segment> segments = TextMarks.segments("Moscow", List.of(
                mark(-5, 3, "claim", "/a", "a"),
                mark(4, 99, "quote", "/b", "b"),
                mark(2, 2, "claim", "/c", "c")));

        assertEquals(List.of(
                new Segment("Mos", "claim", "/a", "a"),
                new Segment("c", null, null, null),
                new Segment("ow", "quote", "/b", "b")), segments);
    }

    @Test
    void withoutSpansTheTextIsOneSegment() {
        assertEquals(List.of(new Segment(TEXT, null, null, null)), TextMarks.segments(TEXT, List.of()));
        assertEquals(List.of(), TextMarks.segments("", List.of()));
    }

    private static TextMarks.Mark mark(int begin, int end, String kind, String href, String title) {
        return new TextMarks.Mark(begin, end, kind, href, title);
    }
}

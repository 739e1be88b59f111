package org.conflictkg.server.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cuts a text into {@link Segment}s so that the spans of claims and quotations can be shown marked within
 * it, each linking to its page (and the words a search found, marked without a link).
 * <p>
 * Spans may overlap (a claim stated inside a quotation, two claims of one clause), but marks in HTML
 * cannot nest links, so the text is cut at every span boundary and each piece is marked once: it links to
 * the shortest span covering it, the most specific one, and its tooltip names every span covering it.
 * <pre>
 *   List&lt;Segment&gt; segments = TextMarks.segments(text, List.of(new TextMarks.Mark(4, 9, "claim", href, "supports")));
 * </pre>
 */
final class TextMarks {

    /**
     * A span to mark, offsets in the text as NIF gives them.
     *
     * @param begin offset of its first character
     * @param end   offset just past its last character
     */
    record Mark(int begin, int end, String kind, String href, String title) {
        int length() {
            return end - begin;
        }
    }

    private TextMarks() {}

    /**
     * The text cut at every mark's boundaries. Marks are clipped to the text; empty ones are ignored. A mark
     * that no piece links to, because a shorter or earlier mark covers all of it (two claims of the same
     * words), is linked from its last piece's {@link Segment#also()}.
     */
    static List<Segment> segments(String text, List<Mark> marks) {
        List<Mark> usable = marks.stream()
                .map(mark -> new Mark(clip(mark.begin(), text), clip(mark.end(), text), mark.kind(), mark.href(), mark.title()))
                .filter(mark -> mark.begin() < mark.end())
                .toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        usable.forEach(mark -> {
            cuts.add(mark.begin());
            cuts.add(mark.end());
        });
        List<Segment> segments = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            int begin = from;
            int end = to;
            List<Mark> covering = usable.stream().filter(m -> m.begin() <= begin && m.end() >= end).toList();
            if (append(segments, text.substring(begin, end), covering))
                ends.set(ends.size() - 1, end);
            else
                ends.add(end);
        }
        return withUnlinkedMarks(segments, ends, usable);
    }

    /** Adds to each segment the marks ending with it that no segment links to. */
    private static List<Segment> withUnlinkedMarks(List<Segment> segments, List<Integer> ends, List<Mark> marks) {
        Set<String> linked = new HashSet<>();
        segments.forEach(segment -> linked.add(segment.href()));
        List<Segment> result = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            int end = ends.get(i);
            List<Segment> also = new ArrayList<>();
            for (Mark mark : marks)
                if (mark.href() != null && mark.end() == end && linked.add(mark.href()))
                    also.add(new Segment(Integer.toString(also.size() + 2), mark.kind(), mark.href(), mark.title()));
            result.add(also.isEmpty() ? segment
                    : new Segment(segment.text(), segment.kind(), segment.href(), segment.title(), List.copyOf(also)));
        }
        return result;
    }

    /**
     * Adds a piece, joined to the previous one when both are plain or both link to the same span.
     *
     * @return whether it was joined
     */
    private static boolean append(List<Segment> segments, String piece, List<Mark> covering) {
        Segment next;
        if (covering.isEmpty()) {
            next = new Segment(piece, null, null, null);
        } else {
            Mark innermost = covering.stream().min(Comparator.comparingInt(Mark::length)).orElseThrow();
            List<String> titles = covering.stream().map(Mark::title).filter(Objects::nonNull).distinct().toList();
            String title = titles.isEmpty() ? null : String.join("; ", titles);
            next = new Segment(piece, innermost.kind(), innermost.href(), title);
        }
        if (!segments.isEmpty()) {
            Segment last = segments.get(segments.size() - 1);
            if (sameMark(last, next)) {
                segments.set(segments.size() - 1, new Segment(last.text() + piece, last.kind(), last.href(), next.title()));
                return true;
            }
        }
        segments.add(next);
        return false;
    }

    private static boolean sameMark(Segment a, Segment b) {
        return Objects.equals(a.kind(), b.kind()) && Objects.equals(a.href(), b.href())
                && Objects.equals(a.title(), b.title());
    }

    private static int clip(int offset, String text) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}

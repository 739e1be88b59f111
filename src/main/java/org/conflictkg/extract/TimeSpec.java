package org.conflictkg.extract;

import java.util.Optional;
import org.conflictkg.corpus.PartialDate;

/**
 * When a claim holds or happened, at the precision the text gives: a single date ({@code 2020-09}),
 * a closed interval ({@code 1988/1994}) or one open at the end ({@code 1993/..}, "since 1993").
 */
public record TimeSpec(PartialDate start, Optional<PartialDate> end, boolean openEnded) {

    public static TimeSpec at(PartialDate d) { return new TimeSpec(d, Optional.empty(), false); }
    public static TimeSpec since(PartialDate d) { return new TimeSpec(d, Optional.empty(), true); }
    public static TimeSpec between(PartialDate a, PartialDate b) { return new TimeSpec(a, Optional.of(b), false); }

    /** Parses the ISO 8601 forms above. */
    public static TimeSpec parse(String s) {
        String t = s.trim();
        int slash = t.indexOf('/');
        if (slash < 0) return at(PartialDate.parse(t));
        PartialDate a = PartialDate.parse(t.substring(0, slash));
        String rest = t.substring(slash + 1);
        return rest.equals("..") ? since(a) : between(a, PartialDate.parse(rest));
    }

    public boolean isInstant() { return end.isEmpty() && !openEnded; }

    @Override
    public String toString() {
        if (openEnded) return start + "/..";
        return end.map(e -> start + "/" + e).orElse(start.toString());
    }
}

package org.conflictkg.extract.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.conflictkg.corpus.PartialDate;

/**
 * A title that singles an entity out, such as {@code President of Russia}, with the terms it was held.
 * A role without terms defines its holder (an office, a ministry) rather than being held for a while.
 * <pre>
 *   Role.parse("President of Russia@1999-12/2008-05,2012-05/..")
 * </pre>
 */
record Role(String title, List<DateRange> terms) {

    /**
     * Parses the notation of the {@code roles} column: {@code Title}, or {@code Title@START/END} with
     * several terms separated by commas, {@code ..} as the end of a term still running, and a single
     * date standing for a term within that period.
     *
     * @throws IllegalArgumentException saying what is wrong with {@code spec}
     */
    static Role parse(String spec) {
        int at = spec.indexOf('@');
        String title = (at < 0 ? spec : spec.substring(0, at)).strip();
        if (title.isEmpty()) throw new IllegalArgumentException("role has no title: '" + spec + "'");
        if (at < 0) return new Role(title, List.of());
        List<DateRange> terms = new ArrayList<>();
        for (String term : spec.substring(at + 1).split(",", -1)) terms.add(parseTerm(term.strip(), spec));
        return new Role(title, List.copyOf(terms));
    }

    boolean dated() {
        return !terms.isEmpty();
    }

    /** Whether one of its terms covers all of {@code when}. */
    boolean heldThroughout(DateRange when) {
        return terms.stream().anyMatch(t -> t.contains(when));
    }

    private static DateRange parseTerm(String term, String spec) {
        if (term.isEmpty()) throw new IllegalArgumentException("empty term in role '" + spec + "'");
        int slash = term.indexOf('/');
        try {
            if (slash < 0) return DateRange.of(PartialDate.parse(term));
            PartialDate start = PartialDate.parse(term.substring(0, slash));
            String endText = term.substring(slash + 1);
            Optional<PartialDate> end = endText.equals("..") ? Optional.empty() : Optional.of(PartialDate.parse(endText));
            DateRange range = DateRange.between(start, end);
            if (range.last().isBefore(range.first()))
                throw new IllegalArgumentException("term ends before it starts: '" + term + "'");
            return range;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad term in role '" + spec + "': " + e.getMessage(), e);
        }
    }
}

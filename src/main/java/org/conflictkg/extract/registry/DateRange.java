package org.conflictkg.extract.registry;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.conflictkg.corpus.PartialDate;

/**
 * The days a partial date or an interval of them covers, both ends inclusive: {@code 2020} is
 * 2020-01-01 to 2020-12-31, and an interval open at the end runs to {@link LocalDate#MAX}.
 */
record DateRange(LocalDate first, LocalDate last) {

    static DateRange of(PartialDate d) {
        return new DateRange(firstDay(d), lastDay(d));
    }

    /** From the first day of {@code start} to the last day of {@code end}, or open when there is no end. */
    static DateRange between(PartialDate start, Optional<PartialDate> end) {
        return new DateRange(firstDay(start), end.map(DateRange::lastDay).orElse(LocalDate.MAX));
    }

    static DateRange ofYears(int firstYear, int lastYear) {
        return new DateRange(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    boolean overlaps(DateRange other) {
        return !first.isAfter(other.last) && !other.first.isAfter(last);
    }

    boolean contains(DateRange other) {
        return !first.isAfter(other.first) && !last.isBefore(other.last);
    }

    /** The same range begun {@code days} earlier. */
    DateRange extendedBack(int days) {
        return new DateRange(first.minusDays(days), last);
    }

    private static LocalDate firstDay(PartialDate d) {
        return LocalDate.of(d.year(), Math.max(1, d.month()), Math.max(1, d.day()));
    }

    private static LocalDate lastDay(PartialDate d) {
        return switch (d.precision()) {
            case YEAR -> LocalDate.of(d.year(), 12, 31);
            case MONTH -> YearMonth.of(d.year(), d.month()).atEndOfMonth();
            case DAY -> LocalDate.of(d.year(), d.month(), d.day());
        };
    }
}

package org.conflictkg.corpus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the precision of a year, a month or a day, as ISO 8601 writes it
 * ({@code 2020}, {@code 2020-07}, {@code 2020-07-14}).
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        if (month < 0 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
        if (day < 0 || day > 31 || (day > 0 && month == 0))
            throw new IllegalArgumentException("day out of range: " + day);
        if (day > 0) LocalDate.of(year, month, day); // rejects 2021-02-30
    }

    public static PartialDate ofYear(int year) { return new PartialDate(year, 0, 0); }
    public static PartialDate ofMonth(int year, int month) { return new PartialDate(year, month, 0); }
    public static PartialDate of(LocalDate d) { return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()); }

    /**
     * Parses an ISO 8601 calendar date at year, month or day precision.
     *
     * @throws IllegalArgumentException naming the value when it is not such a date
     */
    public static PartialDate parse(String value) {
        Matcher m = ISO.matcher(value.trim());
        if (!m.matches()) throw new IllegalArgumentException("not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD): '" + value + "'");
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            return new PartialDate(y, mo, d);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a valid date: '" + value + "'", e);
        }
    }

    /** Parses, treating blank, missing and {@code unknown} as unknown. */
    public static Optional<PartialDate> parseOptional(String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("unknown")) return Optional.empty();
        return Optional.of(parse(value));
    }

    public Precision precision() {
        return day > 0 ? Precision.DAY : month > 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The day, when known to the day. */
    public Optional<LocalDate> toLocalDate() {
        return day > 0 ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    public Optional<YearMonth> toYearMonth() {
        return month > 0 ? Optional.of(YearMonth.of(year, month)) : Optional.empty();
    }

    /** The same date cut to a coarser precision. */
    public PartialDate truncatedTo(Precision p) {
        return switch (p) {
            case YEAR -> ofYear(year);
            case MONTH -> month > 0 ? ofMonth(year, month) : this;
            case DAY -> this;
        };
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) c = Integer.compare(month, o.month);
        if (c == 0) c = Integer.compare(day, o.day);
        return c;
    }

    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }
}

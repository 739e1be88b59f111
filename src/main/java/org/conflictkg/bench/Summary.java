package org.conflictkg.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * Repeated measurements of one figure: their median and their spread (minimum to maximum).
 * <pre>
 *   Summary s = Summary.of(List.of(41.0, 39.5, 42.3));   // median 41.0, 39.5–42.3
 * </pre>
 */
public record Summary(double median, double min, double max, int runs) {

    /**
     * The summary of {@code values}.
     *
     * @throws IllegalArgumentException when there are none
     */
    public static Summary of(Collection<Double> values) {
        if (values.isEmpty()) throw new IllegalArgumentException("No measurements to summarise");
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Summary(median, sorted[0], sorted[n - 1], n);
    }

    /** One measurement. */
    public static Summary single(double value) {
        return new Summary(value, value, value, 1);
    }

    /** The nearest-rank percentile {@code p} (1 to 100) of unsorted nanosecond times, in milliseconds. */
    static double percentileMillis(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return PageLatency.percentile(sorted, p) / 1e6;
    }
}

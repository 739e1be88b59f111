package org.conflictkg.store;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one {@link KgStore#rebuild rebuild} produced: the new live generation and its size.
 *
 * @param location   the generation's TDB2 directory, now named in {@code CURRENT}
 * @param quadCount  distinct quads stored (duplicates the producer sent are counted once)
 * @param graphCount named graphs stored
 * @param elapsed    wall-clock time from the start of loading to the switch of {@code CURRENT}
 */
public record BuildResult(Path location, long quadCount, long graphCount, Duration elapsed) {
}

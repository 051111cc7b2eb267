package org.modelgate.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies of one kind of call, in nanoseconds; percentiles by nearest rank. */
final class Samples {

  private final List<Long> nanos = new ArrayList<>();
  private final List<Long> statements = new ArrayList<>();
  private final List<Long> roundTrips = new ArrayList<>();

  synchronized void add(long elapsed) {
    nanos.add(elapsed);
  }

  synchronized void addSql(long statementCount, long roundTripCount) {
    statements.add(statementCount);
    roundTrips.add(roundTripCount);
  }

  synchronized int count() {
    return nanos.size();
  }

  synchronized double percentileMillis(double p) {
    return percentile(nanos, p) / 1e6;
  }

  synchronized double meanMillis() {
    return nanos.stream().mapToLong(Long::longValue).average().orElse(Double.NaN) / 1e6;
  }

  synchronized double medianStatements() {
    return percentile(statements, 50);
  }

  synchronized double medianRoundTrips() {
    return percentile(roundTrips, 50);
  }

  synchronized long minStatements() {
    return statements.stream().mapToLong(Long::longValue).min().orElse(-1);
  }

  private static double percentile(List<Long> values, double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}

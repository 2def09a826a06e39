package org.autoinvoice.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Memory of a phase: peak JVM heap of this process (heap pools' peak usage, reset per phase) and
 * the peak resident set of any process we own (Linux {@code VmHWM}, reset through {@code
 * clear_refs}).
 */
public final class Memory {
  private Memory() {}

  /** Collects garbage and resets the heap pools' peaks and this process's peak RSS. */
  public static void resetSelf() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        pool.resetPeakUsage();
      }
    }
    resetPeakRss(ProcessHandle.current().pid());
  }

  /** Sum of the heap pools' peak usage since {@link #resetSelf} (an upper bound of the peak). */
  public static long selfPeakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Resets {@code VmHWM} of process {@code pid} to its current RSS (Linux 4.0+). */
  public static void resetPeakRss(long pid) {
    try {
      Files.writeString(Path.of("/proc", Long.toString(pid), "clear_refs"), "5");
    } catch (IOException | RuntimeException e) {
      // not Linux or not allowed: the peak then covers the process's whole life
    }
  }

  /** {@code VmHWM} (peak RSS) of process {@code pid} in bytes, when readable. */
  public static Optional<Long> peakRss(long pid) {
    return status(pid, "VmHWM:");
  }

  /** {@code VmRSS} of process {@code pid} in bytes, when readable. */
  public static Optional<Long> rss(long pid) {
    return status(pid, "VmRSS:");
  }

  private static Optional<Long> status(long pid, String key) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith(key)) {
          String[] parts = line.substring(key.length()).trim().split("\\s+");
          return Optional.of(Long.parseLong(parts[0]) * 1024);
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}

package org.autoinvoice.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Memory of a phase: peak JVM heap of this process (heap pools' peak usage, reset per phase) and
 * the peak resident set of any process we own (Linux {@code VmHWM}, reset through {@code
 * clear_refs}).
 */
public final class Memory {
  private static final AtomicLong BEFORE_GC = new AtomicLong(-1);
  private static volatile boolean listening;

  private Memory() {}

  /** Records the heap occupancy before every collection of this JVM. */
  private static synchronized void listen() {
    if (listening) {
      return;
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (n, handback) -> {
              if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                  n.getType())) {
                GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long before = 0;
                for (Map.Entry<String, MemoryUsage> e :
                    info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
                  if (isHeapPool(e.getKey())) {
                    before += e.getValue().getUsed();
                  }
                }
                long b = before;
                BEFORE_GC.accumulateAndGet(b, Math::max);
              }
            },
            null,
            null);
      }
    }
    listening = true;
  }

  private static boolean isHeapPool(String name) {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getName().equals(name)) {
        return pool.getType() == MemoryType.HEAP;
      }
    }
    return false;
  }

  /** Collects garbage and resets the heap pools' peaks and this process's peak RSS. */
  public static void resetSelf() {
    listen();
    System.gc();
    try {
      Thread.sleep(200); // GC notifications arrive asynchronously
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    BEFORE_GC.set(-1);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        pool.resetPeakUsage();
      }
    }
    resetPeakRss(ProcessHandle.current().pid());
  }

  /**
   * Peak heap occupancy since {@link #resetSelf}: the largest occupancy before a collection and the
   * current one; the sum of the pools' peaks when no collection was seen.
   */
  public static long selfPeakHeap() {
    long current = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    if (BEFORE_GC.get() >= 0) {
      return Math.max(BEFORE_GC.get(), current);
    }
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

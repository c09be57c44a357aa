package io.mediadesk.sync.side;

import io.mediadesk.sync.client.ClientConfig;
import io.mediadesk.sync.client.ImageKitClient;
import io.mediadesk.sync.client.model.FileQuery;
import io.mediadesk.sync.credential.EnvironmentCredentials;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lists every file of an account through the real client in its own JVM (started with a small
 * {@code -Xmx} by {@link NoOpSyncBenchmark}), reading the stream and keeping nothing, and prints
 * per run the count, the time and the peak heap the JVM used. Arguments: API base, runs. The key
 * comes from {@code MEDIADESK_PRIVATE_KEY}.
 */
public final class ListingChild {
    private ListingChild() {
    }

    public static void main(String[] args) {
        ClientConfig config = ClientConfig.defaults().withBases(args[0], args[0]).withVersion("bench");
        ImageKitClient client = ImageKitClient.create(config, new EnvironmentCredentials().privateKey().orElseThrow());
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        for (int run = 1; run <= Integer.parseInt(args[1]); run++) {
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            AtomicLong bytes = new AtomicLong();
            long start = System.nanoTime();
            AtomicLong counted = new AtomicLong();
            try (var files = client.files().files(FileQuery.all().type("file"))) {
                files.forEach(f -> {
                    counted.incrementAndGet();
                    bytes.addAndGet(f.size() == null ? 0 : f.size());
                });
            }
            long count = counted.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("listed %d files (%d bytes in all) in %.2f s, peak heap %.1f MiB of %.0f MiB max%n", count, bytes.get(),
                    seconds, peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
        }
    }
}

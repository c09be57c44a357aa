package io.mediadesk.sync.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a sandbox starts. Immutable; start from {@link #defaults()} and change what a test needs.
 *
 * @param port 0 for any free port
 * @param dataFolder where state and blobs persist across restarts; empty keeps them in a temp folder
 * @param privateKey the account key; empty generates a throwaway {@code private_...} key (or keeps
 *     the one persisted in {@code dataFolder})
 * @param seed seeds every random choice (unique-name suffixes, request ids), for reproducible runs
 * @param purgePendingPolls status reads that answer Pending before a purge is Completed
 * @param purgePendingFor time after which a purge is Completed whatever the polls
 * @param purgeQuotaPerMonth purge requests allowed per calendar month (the spec's 1000)
 * @param jobPendingPolls status reads that answer Pending before a folder job is Completed
 * @param maxUploadBytes largest file an upload may carry (the spec's plan limits are 20-50 MB)
 * @param rateLimit API calls allowed per {@code rateInterval} (upload and delivery are not limited)
 */
public record SandboxOptions(int port, Optional<Path> dataFolder, Optional<String> privateKey, long seed,
        int purgePendingPolls, Duration purgePendingFor, int purgeQuotaPerMonth, int jobPendingPolls,
        long maxUploadBytes, int rateLimit, Duration rateInterval, Clock clock) {

    public SandboxOptions {
        Objects.requireNonNull(dataFolder);
        Objects.requireNonNull(privateKey);
        Objects.requireNonNull(clock);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
    }

    public static SandboxOptions defaults() {
        return new SandboxOptions(0, Optional.empty(), Optional.empty(), 20240101L, 1, Duration.ofSeconds(5), 1000, 1,
                50L * 1024 * 1024, 10_000, Duration.ofSeconds(1), Clock.systemUTC());
    }

    public SandboxOptions withPort(int value) {
        return new SandboxOptions(value, dataFolder, privateKey, seed, purgePendingPolls, purgePendingFor, purgeQuotaPerMonth,
                jobPendingPolls, maxUploadBytes, rateLimit, rateInterval, clock);
    }

    public SandboxOptions withDataFolder(Path value) {
        return new SandboxOptions(port, Optional.of(value), privateKey, seed, purgePendingPolls, purgePendingFor, purgeQuotaPerMonth,
                jobPendingPolls, maxUploadBytes, rateLimit, rateInterval, clock);
    }

    public SandboxOptions withPrivateKey(String value) {
        return new SandboxOptions(port, dataFolder, Optional.of(value), seed, purgePendingPolls, purgePendingFor, purgeQuotaPerMonth,
                jobPendingPolls, maxUploadBytes, rateLimit, rateInterval, clock);
    }

    public SandboxOptions withSeed(long value) {
        return new SandboxOptions(port, dataFolder, privateKey, value, purgePendingPolls, purgePendingFor, purgeQuotaPerMonth,
                jobPendingPolls, maxUploadBytes, rateLimit, rateInterval, clock);
    }

    public SandboxOptions withPurgePending(int polls, Duration duration) {
        return new SandboxOptions(port, dataFolder, privateKey, seed, polls, duration, purgeQuotaPerMonth,
                jobPendingPolls, maxUploadBytes, rateLimit, rateInterval, clock);
    }

    public SandboxOptions withPurgeQuota(int perMonth) {
        return new SandboxOptions(port, dataFolder, privateKey, seed, purgePendingPolls, purgePendingFor, perMonth,
                jobPendingPolls, maxUploadBytes, rateLimit, rateInterval, clock);
    }

    public SandboxOptions withJobPendingPolls(int polls) {
        return new SandboxOptions(port, dataFolder, privateKey, seed, purgePendingPolls, purgePendingFor, purgeQuotaPerMonth,
                polls, maxUploadBytes, rateLimit, rateInterval, clock);
    }

    public SandboxOptions withMaxUploadBytes(long value) {
        return new SandboxOptions(port, dataFolder, privateKey, seed, purgePendingPolls, purgePendingFor, purgeQuotaPerMonth,
                jobPendingPolls, value, rateLimit, rateInterval, clock);
    }

    public SandboxOptions withRateLimit(int limit, Duration interval) {
        return new SandboxOptions(port, dataFolder, privateKey, seed, purgePendingPolls, purgePendingFor, purgeQuotaPerMonth,
                jobPendingPolls, maxUploadBytes, limit, interval, clock);
    }

    public SandboxOptions withClock(Clock value) {
        return new SandboxOptions(port, dataFolder, privateKey, seed, purgePendingPolls, purgePendingFor, purgeQuotaPerMonth,
                jobPendingPolls, maxUploadBytes, rateLimit, rateInterval, value);
    }
}

package io.mediadesk.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /v1/accounts/usage}: figures from the state (storage = every stored version's bytes,
 * bandwidth = bytes delivery served per day, end date excluded), the date rules, the permission.
 */
class UsageTest extends SandboxTestBase {
    /** A clock the test moves from day to day. */
    private static final class DayClock extends Clock {
        volatile Instant now = Instant.parse("2026-03-10T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final DayClock clock = new DayClock();

    @Override
    protected SandboxOptions options() {
        return SandboxOptions.defaults().withClock(clock);
    }

    private Calls.Answer usage(String start, String end) {
        return calls.get("/v1/accounts/usage?startDate=" + start + "&endDate=" + end);
    }

    @Test
    void storageIsEveryVersionsBytesAndBandwidthIsWhatDeliveryServedPerDay() {
        Map<String, String> exact = Map.of("useUniqueFileName", "false");
        String url = calls.upload("a.txt", new byte[1000], exact).json().get("url").asText();
        calls.upload("b.txt", new byte[2500], exact);
        calls.upload("a.txt", new byte[700], exact); // a second version of a.txt: the first still counts

        calls.fetch(url); // 700 bytes on 10 March
        calls.fetch(url);
        clock.now = Instant.parse("2026-03-11T08:00:00Z");
        calls.fetch(url); // 700 bytes on 11 March

        Calls.Answer tenth = usage("2026-03-10", "2026-03-11");
        assertThat(tenth.status()).isEqualTo(200);
        assertThat(tenth.json().get("mediaLibraryStorageBytes").asLong()).isEqualTo(1000 + 2500 + 700);
        assertThat(tenth.json().get("bandwidthBytes").asLong()).isEqualTo(2 * 700);
        assertThat(usage("2026-03-01", "2026-03-12").json().get("bandwidthBytes").asLong()).isEqualTo(3 * 700);
        assertThat(usage("2026-03-01", "2026-03-10").json().get("bandwidthBytes").asLong()).as("the end date is left out").isZero();
        assertThat(tenth.json().get("videoProcessingUnitsCount").asLong()).isZero();
        assertThat(tenth.json().get("extensionUnitsCount").asLong()).isZero();
        assertThat(tenth.json().get("originalCacheStorageBytes").asLong()).isZero();
    }

    @Test
    void deletingAFileFreesItsStorage() {
        String id = calls.upload("gone.txt", "12345".getBytes(StandardCharsets.UTF_8), Map.of()).json().get("fileId").asText();
        assertThat(usage("2026-03-01", "2026-03-02").json().get("mediaLibraryStorageBytes").asLong()).isEqualTo(5);
        calls.call("DELETE", "/v1/files/" + id, null);
        assertThat(usage("2026-03-01", "2026-03-02").json().get("mediaLibraryStorageBytes").asLong()).isZero();
    }

    @Test
    void theRangeMustBeForwardAndUnderNinetyDays() {
        assertThat(usage("2026-01-01", "2026-03-31").status()).as("89 days").isEqualTo(200);
        Calls.Answer ninety = usage("2026-01-01", "2026-04-01");
        assertThat(ninety.status()).isEqualTo(400);
        assertThat(ninety.json().get("message").asText()).contains("less than 90 days");
        assertThat(usage("2026-03-02", "2026-03-02").status()).isEqualTo(400);
        assertThat(usage("2026-03-02", "2026-03-01").status()).isEqualTo(400);
        assertThat(calls.get("/v1/accounts/usage?startDate=2026-03-01").status()).isEqualTo(400);
        assertThat(usage("2026-3-1", "2026-03-05").json().get("message").asText()).contains("YYYY-MM-DD");
    }

    @Test
    void aKeyWithoutThePermissionGets403AndAWrongKey401() {
        sandbox.usagePermission(false);
        Calls.Answer refused = usage("2026-03-01", "2026-03-02");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("message").asText()).contains("permission");
        assertThat(calls.withKey("private_wrong").get("/v1/accounts/usage?startDate=2026-03-01&endDate=2026-03-02").status())
                .isEqualTo(401);
    }
}

package dev.fmnist.data.source;

import static dev.fmnist.data.source.TestStores.assertCacheHolds;
import static dev.fmnist.data.source.TestStores.assertFetched;
import static dev.fmnist.data.source.TestStores.stallingStore;
import static dev.fmnist.data.source.TestStores.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.FileRole;
import dev.fmnist.data.testing.FaultyMirror;
import dev.fmnist.data.testing.FaultyMirror.Fault;
import dev.fmnist.data.testing.MirrorServer;
import dev.fmnist.data.testing.MirrorServer.Behavior;
import dev.fmnist.data.testing.SyntheticDataset;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fault injection for fetches: a mirror on 127.0.0.1 that breaks the HTTP protocol in each way a network or an
 * attacker on the path can. Each time the fetch falls through to the next mirror, the failure is listed with its
 * reason, no bad file is kept and no temporary file is left in the cache.
 */
class FetchFaultInjectionTest {
    @TempDir
    Path cache;

    private final SyntheticDataset data = SyntheticDataset.create("synthetic", 7);

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aBrokenMirrorFallsThroughToTheNextOne(Fault fault) throws Exception {
        try (FaultyMirror faulty = new FaultyMirror(data, fault); MirrorServer good = new MirrorServer(data)) {
            DatasetSpec spec = data.spec(List.of(faulty.uri(), good.mirror("good", Behavior.SERVE)));

            FetchReport report = (fault == Fault.STALL_AFTER_100_BYTES ? stallingStore(cache) : store(cache))
                    .fetch(spec);

            assertFetched(report, data, "mirror " + spec.mirrors().get(1));
            assertCacheHolds(cache, data, EnumSet.allOf(FileRole.class));
            List<SourceFailure> failures = report.failures().stream()
                    .filter(f -> f.source().equals("mirror " + faulty.uri())).toList();
            assertEquals(1, failures.size(), report.failures().toString());
            assertTrue(failures.get(0).reason().contains(expectedReason(fault)), failures.get(0).reason());
        }
    }

    private static String expectedReason(Fault fault) {
        return switch (fault) {
            case MALFORMED_CONTENT_LENGTH -> "the server sent a malformed response (For input string: \"abc\")";
            case LONGER_THAN_ANNOUNCED, REDIRECT_TO_OTHER_HOST -> "checksum mismatch: MD5 of the gzip file";
            case STALL_AFTER_100_BYTES -> "the server stalled";
            case CONNECTION_RESET, BROKEN_CHUNKS -> "the transfer broke off";
            case REDIRECT_TO_OTHER_SCHEME -> "HTTP 302";
            case NEGATIVE_CONTENT_LENGTH -> "the server sent a malformed Content-Length '-5'";
            case CONFLICTING_CONTENT_LENGTHS -> "checksum mismatch: MD5 of the gzip file";
        };
    }
}

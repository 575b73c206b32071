package dev.fmnist.dashboard.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.sun.net.httpserver.Headers;
import org.junit.jupiter.api.Test;

class RequestGuardTest {
    private static RequestGuard.Refusal check(String path) {
        return RequestGuard.check("GET", path, null, new Headers());
    }

    @Test
    void plainPathsPass() {
        assertNull(check("/"));
        assertNull(check("/assets/lib/echarts.min.js"));
        assertNull(check("/api/sprite/fashion/test/3.png"));
    }

    @Test
    void everyFormOfTraversalIsRefusedBeforeRouting() {
        for (String p : new String[]{"/..", "/a/../b", "/a/./b", "/a//b", "//etc/passwd", "/a/%2e%2e/b",
            "/a/%252e%252e/b", "/a\\b", "/a b", "/a/", "relative", "", "/\u00e9", "/a%00"}) {
            assertEquals(400, check(p).status(), p);
        }
        assertEquals(400, RequestGuard.check("GET", null, null, new Headers()).status());
    }
}

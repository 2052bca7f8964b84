package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.coproduce.plugin.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a caller of the search lanes sees: the search's own result or problem, and 429 when too many wait. */
class SearchLanesTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aSearchsOwnProblemReachesTheCallerAsItIs() {
        SearchLanes lanes = new SearchLanes(new FifoLanes(pool, 1, 10));
        Problem invalid = new Problem(Problem.Kind.INVALID, "invalid", "A page holds 1 to 50 results.");
        assertSame(invalid, assertThrows(Problem.class, () -> lanes.await(() -> {
            throw invalid;
        })));
        assertEquals("found", lanes.await(() -> "found"));
    }

    @Test
    void tooManyWaitingIsATooManyRequestsProblemWithRetryAfter() throws Exception {
        SearchLanes lanes = new SearchLanes(new FifoLanes(pool, 1, 1));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletionStage<Boolean> running = lanes.submit(() -> {
            started.countDown();
            return release.await(10, TimeUnit.SECONDS);
        });
        started.await(10, TimeUnit.SECONDS);
        CompletionStage<String> waiting = lanes.submit(() -> "waited");
        Problem busy = assertThrows(Problem.class, () -> lanes.await(() -> "refused"));
        assertEquals(Problem.Kind.TOO_MANY_REQUESTS, busy.kind());
        assertEquals(1, busy.retryAfterSeconds());
        release.countDown();
        assertEquals(true, running.toCompletableFuture().get(10, TimeUnit.SECONDS));
        assertEquals("waited", waiting.toCompletableFuture().get(10, TimeUnit.SECONDS));
    }
}

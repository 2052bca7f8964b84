package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tasks run a few at a time, in the order given, on a pool of many threads; a full queue refuses. */
class FifoLanesTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(16);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void neverMoreThanTheLanesAtOnceAndEveryTaskRunsOnce() throws Exception {
        FifoLanes lanes = new FifoLanes(pool, 2, 10_000);
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<CompletableFuture<Integer>> results = new ArrayList<>();
        ExecutorService submitters = Executors.newFixedThreadPool(8);
        List<CompletableFuture<CompletableFuture<Integer>>> submitted = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            int n = i;
            submitted.add(CompletableFuture.supplyAsync(() -> lanes.submit(() -> {
                most.accumulateAndGet(now.incrementAndGet(), Math::max);
                Thread.onSpinWait();
                now.decrementAndGet();
                return n;
            }), submitters));
        }
        for (CompletableFuture<CompletableFuture<Integer>> s : submitted) {
            results.add(s.get(10, TimeUnit.SECONDS));
        }
        long sum = 0;
        for (CompletableFuture<Integer> r : results) {
            sum += r.get(10, TimeUnit.SECONDS);
        }
        submitters.shutdown();
        assertEquals(4_000L * 3_999 / 2, sum, "every task ran and gave its own result");
        assertTrue(most.get() <= 2, "at most two at once, seen " + most.get());
        assertTrue(most.get() >= 1);
    }

    @Test
    void waitingTasksStartInTheOrderTheyCame() throws Exception {
        FifoLanes lanes = new FifoLanes(pool, 1, 100);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> blocker = lanes.submit(() -> release.await(10, TimeUnit.SECONDS));
        ConcurrentLinkedQueue<Integer> started = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<Boolean>> all = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            all.add(lanes.submit(() -> started.add(n)));
        }
        release.countDown();
        blocker.get(10, TimeUnit.SECONDS);
        for (CompletableFuture<Boolean> f : all) {
            f.get(10, TimeUnit.SECONDS);
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            expected.add(i);
        }
        assertEquals(expected, new ArrayList<>(started));
    }

    @Test
    void aFullQueueRefusesAndAFailingTaskDoesNotStopTheLane() throws Exception {
        FifoLanes lanes = new FifoLanes(pool, 1, 3);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> blocker = lanes.submit(() -> release.await(10, TimeUnit.SECONDS));
        CompletableFuture<Object> failing = lanes.submit(() -> {
            throw new IllegalStateException("broken");
        });
        CompletableFuture<String> second = lanes.submit(() -> "second");
        // the blocker may still be waiting for a thread: the queue holds at most three, so a fourth or fifth is refused
        CompletableFuture<String> third = lanes.submit(() -> "third");
        CompletableFuture<String> fourth = lanes.submit(() -> "fourth");
        CompletableFuture<String> refused = third.isCompletedExceptionally() ? third : fourth;
        CompletionException e = assertThrows(CompletionException.class, refused::join);
        assertInstanceOf(FifoLanes.Full.class, e.getCause());
        release.countDown();
        blocker.get(10, TimeUnit.SECONDS);
        assertInstanceOf(IllegalStateException.class,
                assertThrows(CompletionException.class, failing::join).getCause());
        assertEquals("second", second.get(10, TimeUnit.SECONDS));
        assertEquals("after", lanes.submit(() -> "after").get(10, TimeUnit.SECONDS), "the queue takes tasks again");
    }
}

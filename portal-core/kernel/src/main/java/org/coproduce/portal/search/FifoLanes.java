package org.coproduce.portal.search;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks at most a few at a time, in the order they were given, on threads of an executor. A thread that
 * finishes a task takes the next waiting one itself, so a busy queue is worked through without handing tasks from
 * thread to thread. With {@code limit} tasks waiting, a new one is refused ({@link Full}).
 *
 * <p>For searches this means each one shares the processors with a few others and waits its turn, where 32 searches
 * sharing two processors all finish late (an expensive one most of all).
 */
final class FifoLanes {

    /** The queue is full: the task was not taken. */
    static final class Full extends RuntimeException {
        Full() {
            super("the queue is full", null, false, false);
        }
    }

    private final Executor executor;
    private final int lanes;
    private final int limit;
    private final ConcurrentLinkedQueue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waitingCount = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();

    FifoLanes(Executor executor, int lanes, int limit) {
        if (lanes < 1 || limit < 1) {
            throw new IllegalArgumentException("lanes and limit must be at least 1");
        }
        this.executor = executor;
        this.lanes = lanes;
        this.limit = limit;
    }

    /** The task's result once a lane has run it; failed with {@link Full} at once when too many are waiting. */
    <T> CompletableFuture<T> submit(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (waitingCount.incrementAndGet() > limit) {
            waitingCount.decrementAndGet();
            result.completeExceptionally(new Full());
            return result;
        }
        waiting.add(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        if (claimLane()) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException shuttingDown) {
                drain();
            }
        }
        return result;
    }

    /**
     * Runs waiting tasks until there are none. A task added after the last look but before this lane was given back
     * found every lane taken, so the lane looks once more after giving itself back.
     */
    private void drain() {
        do {
            Runnable next;
            while ((next = waiting.poll()) != null) {
                waitingCount.decrementAndGet();
                next.run();
            }
            running.decrementAndGet();
        } while (!waiting.isEmpty() && claimLane());
    }

    private boolean claimLane() {
        int now;
        do {
            now = running.get();
            if (now >= lanes) {
                return false;
            }
        } while (!running.compareAndSet(now, now + 1));
        return true;
    }
}

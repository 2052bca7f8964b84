package org.coproduce.portal.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.coproduce.plugin.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where searches run: twice as many at a time as the server has processors (or {@code coproduce.search.lanes}),
 * the others waiting their turn in the order they came, up to {@code coproduce.search.queue} of them; beyond that a
 * search is refused with 429 and Retry-After. A search uses the processors and nothing else, so running many at
 * once only makes each one slower, an expensive one most of all: in turn, a search's time is its wait plus its own.
 * Measured with 32 connections on two processors at a million posts: one lane a processor left them idle while a
 * lane's thread answered (925 searches a second against 1,058 without lanes); two a processor kept the throughput
 * (1,087) and brought the slowest searches in (99th percentile 49 ms against 68).
 */
@ApplicationScoped
public class SearchLanes {

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "coproduce.search.lanes", defaultValue = "0")
    int configuredLanes;

    @Inject
    @ConfigProperty(name = "coproduce.search.queue", defaultValue = "1000")
    int queueLimit;

    private FifoLanes lanes;

    public SearchLanes() {
    }

    /** Searches run by the given lanes (tests). */
    SearchLanes(FifoLanes lanes) {
        this.lanes = lanes;
    }

    @PostConstruct
    void start() {
        int count = configuredLanes > 0 ? configuredLanes : 2 * Runtime.getRuntime().availableProcessors();
        lanes = new FifoLanes(executor, count, Math.max(1, queueLimit));
    }

    /** The search's result when its turn has come and it has run; a 429 {@link Problem} when too many wait. */
    public <T> CompletionStage<T> submit(Callable<T> search) {
        // FifoLanes fails its futures with the task's own exception (never wrapped), so it is seen here as it is
        return lanes.submit(search).exceptionallyCompose(failure -> CompletableFuture.failedFuture(
                failure instanceof FifoLanes.Full ? busy() : failure));
    }

    /** Runs the search in its turn and waits for it (pages): its own exceptions are thrown as they are. */
    public <T> T await(Callable<T> search) {
        try {
            return submit(search).toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private static Problem busy() {
        return new Problem(Problem.Kind.TOO_MANY_REQUESTS, "search-busy",
                "A lot of people are searching just now. Please try again in a moment.", List.of(), 1);
    }
}

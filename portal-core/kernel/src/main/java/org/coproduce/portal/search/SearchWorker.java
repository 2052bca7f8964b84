package org.coproduce.portal.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the index equal to the database. One background thread, every poll interval: runs a rebuild when one is
 * wanted, then applies the outbox tasks written since the last applied one, in id order, each by re-reading its
 * object. Sequence ids are handed out before transactions commit, so a task can become visible after a higher one
 * was applied: tasks of the last minute at or below the applied id are applied too, once each (applying twice
 * gives the same index).
 */
@ApplicationScoped
public class SearchWorker {

    private static final Logger LOG = Logger.getLogger(SearchWorker.class.getName());
    static final int BATCH = 500;
    static final Duration LATE = Duration.ofSeconds(60);
    static final Duration KEEP_TASKS = Duration.ofDays(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Where a rebuild adds documents: the managed scheduler, unless another executor is given (tests). */
    ExecutorService adders;

    @Inject
    SearchIndex index;

    @Inject
    SearchOutbox outbox;

    @Inject
    SearchSources sources;

    @Inject
    Synonyms synonyms;

    @Inject
    @ConfigProperty(name = "coproduce.search.poll-millis", defaultValue = "200")
    long pollMillis;

    private final Map<Long, Instant> appliedRecently = new ConcurrentHashMap<>();
    private volatile boolean rebuildWanted;
    private volatile RebuildProgress progress = RebuildProgress.IDLE;
    private volatile String lastError;
    private Instant lastPrune = Instant.EPOCH;
    private ScheduledFuture<?> task;

    /** Opens the index (rebuilding it when missing or unreadable) and starts applying the outbox. */
    public synchronized void start() {
        if (task != null) {
            return;
        }
        SynonymGroups groups = synonyms.current().groups();
        if (index.open(groups)) {
            LOG.info("The search index is new or was unreadable: it is built from the database.");
            requestRebuild();
        } else if (!index.holds(groups)) {
            LOG.info("The search index was written with another synonym list: it is rebuilt with the list in force.");
            requestRebuild();
        }
        task = scheduler.scheduleWithFixedDelay(this::poll, 0, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    /** A changed synonym list: the index is rebuilt with its groups (searches expand synonyms until then). */
    void synonymsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) Synonyms.Changed change) {
        if (!index.holds(change.groups())) {
            requestRebuild();
        }
    }

    /** Asks for a rebuild from the database; it starts at the next poll. */
    public void requestRebuild() {
        rebuildWanted = true;
        if (!progress.underWay()) {
            progress = new RebuildProgress("QUEUED", 0, 0, Instant.now(), null, "");
        }
    }

    public RebuildProgress progress() {
        return progress;
    }

    /** The last failure of the worker, or null. */
    public String lastError() {
        return lastError;
    }

    void poll() {
        try {
            if (rebuildWanted) {
                rebuildWanted = false;
                rebuild();
            }
            applyPending();
            index.publishMerged();
            pruneNowAndThen();
            lastError = null;
        } catch (RuntimeException e) {
            lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(Level.WARNING, "Applying the search outbox failed; it is tried again at the next poll", e);
        }
    }

    /** Applies what is waiting in the outbox; returns how many tasks. */
    int applyPending() {
        long last = index.applied();
        Instant now = Instant.now();
        TreeMap<Long, SearchTask> tasks = new TreeMap<>();
        for (SearchTask t : outbox.lateArrivals(last, now.minus(LATE), BATCH)) {
            if (!appliedRecently.containsKey(t.id())) {
                tasks.put(t.id(), t);
            }
        }
        for (SearchTask t : outbox.after(last, BATCH)) {
            tasks.put(t.id(), t);
        }
        if (tasks.isEmpty()) {
            return 0;
        }
        apply(tasks.values(), Math.max(last, tasks.lastKey()));
        tasks.keySet().forEach(id -> appliedRecently.put(id, now));
        appliedRecently.values().removeIf(at -> at.isBefore(now.minus(LATE.multipliedBy(2))));
        return tasks.size();
    }

    private void apply(Iterable<SearchTask> tasks, long upTo) {
        Set<String> keys = new LinkedHashSet<>();
        for (SearchTask t : tasks) {
            keys.addAll(sources.expand(t.docType(), t.docId()));
        }
        Map<String, List<String>> idsByType = new LinkedHashMap<>();
        for (String key : keys) {
            int colon = key.indexOf(':');
            idsByType.computeIfAbsent(key.substring(0, colon), k -> new ArrayList<>()).add(key.substring(colon + 1));
        }
        List<IndexedDocument> docs = new ArrayList<>();
        Set<String> deletes = new HashSet<>();
        for (Map.Entry<String, List<String>> e : idsByType.entrySet()) {
            List<String> ids = e.getValue();
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<String> part = ids.subList(from, Math.min(ids.size(), from + BATCH));
                Map<String, IndexedDocument> found = sources.load(e.getKey(), part);
                for (String id : part) {
                    IndexedDocument doc = found.get(id);
                    if (doc == null) {
                        deletes.add(IndexedDocument.key(e.getKey(), id));
                    } else {
                        docs.add(doc);
                    }
                }
            }
        }
        index.apply(docs, deletes, upTo);
    }

    /** Writes a fresh index from the database and swaps it in; searches use the old one until then. */
    void rebuild() {
        Instant started = Instant.now();
        // Documents searched by their title first, as each segment holds them (SearchFields.INDEX_ORDER): a segment
        // written already in that order is not sorted again as it is flushed.
        List<String> types = new ArrayList<>(sources.types());
        types.sort(Comparator.comparing(type -> !IndexedDocument.titleSearched(type)));
        long total = 0;
        for (String type : types) {
            total += sources.count(type);
        }
        // Read before any content: every change after it is a task above this id, applied after the swap.
        long upTo = outbox.lastId();
        progress = new RebuildProgress("RUNNING", 0, total, started, null, "");
        SearchIndex.Rebuild rebuild = index.startRebuild(synonyms.current().groups());
        AtomicLong done = new AtomicLong();
        long expected = total;
        // This thread reads batches from the database; up to one batch per processor is turned into index
        // documents and added at the same time (the index writer takes documents from several threads at once).
        int parallel = Math.max(1, Runtime.getRuntime().availableProcessors());
        Semaphore slots = new Semaphore(parallel);
        List<Future<?>> adding = new ArrayList<>();
        try {
            boolean titled = true;
            for (String type : types) {
                if (titled && !IndexedDocument.titleSearched(type)) {
                    // every titled document added before the first of the others (batches are added several at a time)
                    for (Future<?> batch : adding) {
                        batch.get();
                    }
                    rebuild.titledWritten();
                    titled = false;
                }
                String after = null;
                while (true) {
                    List<String> ids = sources.batch(type, after, BATCH);
                    if (ids.isEmpty()) {
                        break;
                    }
                    Collection<IndexedDocument> docs = sources.load(type, ids).values();
                    slots.acquire();
                    adding.add((adders != null ? adders : scheduler).submit(() -> {
                        try {
                            for (IndexedDocument doc : docs) {
                                rebuild.add(doc);
                            }
                            long now = done.addAndGet(docs.size());
                            progress = new RebuildProgress("RUNNING", now, Math.max(expected, now), started, null, "");
                            return null;
                        } finally {
                            slots.release();
                        }
                    }));
                    adding.removeIf(SearchWorker::finishedWell);
                    after = ids.get(ids.size() - 1);
                }
            }
            for (Future<?> batch : adding) {
                batch.get();
            }
            progress = new RebuildProgress("FINISHING", done.get(), Math.max(expected, done.get()), started, null, "");
            index.replaceWith(rebuild, upTo);
            long indexed = done.get();
            progress = new RebuildProgress("DONE", indexed, indexed, started, Instant.now(), indexed + " documents indexed.");
            LOG.info(() -> "Search index rebuilt: " + progress.done() + " documents at " + progress.docsPerSecond()
                    + " per second.");
        } catch (Exception e) {
            adding.forEach(batch -> batch.cancel(true));
            for (Future<?> batch : adding) {
                try {
                    batch.get();
                } catch (Exception ignored) {
                    // cancelled or failed: the rebuild is abandoned either way
                }
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            index.abandon(rebuild);
            progress = new RebuildProgress("FAILED", done.get(), total, started, Instant.now(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
            throw new IllegalStateException("The search index rebuild failed", e);
        }
    }

    /** Whether a batch has been added (rethrowing what went wrong in it); false while it runs. */
    private static boolean finishedWell(Future<?> batch) {
        if (!batch.isDone()) {
            return false;
        }
        try {
            batch.get();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the search index", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Adding documents to the rebuilt search index failed", e.getCause());
        }
    }

    private void pruneNowAndThen() {
        Instant now = Instant.now();
        if (Duration.between(lastPrune, now).toMinutes() >= 10) {
            lastPrune = now;
            outbox.prune(index.applied(), now.minus(KEEP_TASKS));
        }
    }
}

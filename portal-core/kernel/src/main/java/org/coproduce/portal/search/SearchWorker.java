package org.coproduce.portal.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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

    @Inject
    SearchIndex index;

    @Inject
    SearchOutbox outbox;

    @Inject
    SearchSources sources;

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
        if (index.open()) {
            LOG.info("The search index is new or was unreadable: it is built from the database.");
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

    /** Asks for a rebuild from the database; it starts at the next poll. */
    public void requestRebuild() {
        rebuildWanted = true;
        if (!"RUNNING".equals(progress.state())) {
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
        List<String> types = sources.types();
        long total = 0;
        for (String type : types) {
            total += sources.count(type);
        }
        // Read before any content: every change after it is a task above this id, applied after the swap.
        long upTo = outbox.lastId();
        progress = new RebuildProgress("RUNNING", 0, total, started, null, "");
        SearchIndex.Rebuild rebuild = index.startRebuild();
        long done = 0;
        try {
            for (String type : types) {
                String after = null;
                while (true) {
                    List<String> ids = sources.batch(type, after, BATCH);
                    if (ids.isEmpty()) {
                        break;
                    }
                    for (IndexedDocument doc : sources.load(type, ids).values()) {
                        rebuild.add(doc);
                        done++;
                    }
                    after = ids.get(ids.size() - 1);
                    progress = new RebuildProgress("RUNNING", done, Math.max(total, done), started, null, "");
                }
            }
            index.replaceWith(rebuild, upTo);
            progress = new RebuildProgress("DONE", done, done, started, Instant.now(), done + " documents indexed.");
            LOG.info(() -> "Search index rebuilt: " + progress.done() + " documents at " + progress.docsPerSecond()
                    + " per second.");
        } catch (Exception e) {
            index.abandon(rebuild);
            progress = new RebuildProgress("FAILED", done, total, started, Instant.now(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
            throw new IllegalStateException("The search index rebuild failed", e);
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

package org.coproduce.portal.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.QueryCache;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Unwrappable;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

/**
 * The Lucene index under {@code coproduce.data.dir}/search-index: one writer, near-real-time searchers, and the
 * id of the last applied outbox task in each commit's user data. An index that is missing or cannot be opened is
 * replaced by an empty one and reported as needing a rebuild. A rebuild writes a fresh index beside the live one
 * (which keeps answering) and then swaps it in.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    static final String APPLIED = "appliedTask";
    /** The commit data key naming the index's layout (its fields and how they are indexed). */
    static final String LAYOUT = "layout";
    /**
     * The layout this code writes and reads. Raise it whenever fields or their indexing change: an index of another
     * layout is rebuilt from the database at start. 2: body postings with offsets (snippets without re-analysis) and the field
     * {@link SearchFields#ALL} (every word of a query must match). 3: what a hit shows in one binary doc value
     * ({@link SearchFields#SHOWN}). 4: {@link SearchFields#PLAIN} without frequencies, positions or norms. 5: each
     * segment's documents in {@link SearchFields#INDEX_ORDER} (titled documents first). 6: every document has a title
     * field (a reply's empty), so the scored fields' norms are dense. 7: a gap of positions between the title, headings
     * and body in {@link SearchFields#ALL}, so that no phrase matches across two of them.
     */
    static final String CURRENT_LAYOUT = "7";
    /** The commit data key holding the synonym groups the index was written with ({@link SynonymGroups#canonical()}). */
    static final String SYNONYMS = "synonyms";

    @Inject
    @ConfigProperty(name = "coproduce.data.dir", defaultValue = "data")
    String dataDir;

    /**
     * Lucene's query cache, but for every segment of at least 10,000 documents: Lucene's default also leaves out those
     * under half the average size. Then the total of a search made often is known without visiting its matches
     * ({@link MatchSample}) unless small segments hold many documents. Its size is Lucene's default: 1,000 queries
     * and 32 MB or a twentieth of the heap. One for every index, keyed by segment, shared by their searchers.
     */
    private static final QueryCache QUERY_CACHE = new LRUQueryCache(1_000,
            Math.min(32L << 20, Runtime.getRuntime().maxMemory() / 20), leaf -> leaf.reader().maxDoc() >= 10_000, 10f);
    /**
     * Searchers as {@link #searcher}, with each new segment's facet values read into memory and each segment's
     * deleted documents listed before the first search sees them (a flushed segment's values are read here; a merged
     * one's as the merge ends, see {@link #liveConfig}).
     */
    private static final SearcherFactory SEARCHERS = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
            for (LeafReaderContext leaf : reader.leaves()) {
                FacetOrdinals.of(leaf.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
                DeletedDocuments.of(leaf.reader());
            }
            return searcher(reader);
        }
    };

    private final FacetsConfig facets = SearchFields.facets();
    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile long applied;
    private volatile boolean open;
    /** The synonym groups of the live index: its documents hold these groups' terms. */
    private volatile SynonymGroups groups = SynonymGroups.NONE;
    private boolean startedEmpty;
    /** The merge of the rebuilt index put in place last, until it has ended and is committed; null otherwise. */
    private volatile RebuildMerge pendingMerge;

    /** A searcher of {@code reader} as the portal searches (with its query cache): for the benchmark too. */
    public static IndexSearcher searcher(IndexReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(QUERY_CACHE);
        return searcher;
    }

    Path home() {
        return Path.of(dataDir, "search-index");
    }

    private Path fresh() {
        return Path.of(dataDir, "search-index.new");
    }

    /**
     * Opens the index unless it is open; returns true when it had to start empty (missing or unreadable) and needs a
     * rebuild from the database. An index that starts empty is written with {@code forEmpty}; an existing one keeps
     * the groups it records.
     */
    public synchronized boolean open(SynonymGroups forEmpty) {
        if (open) {
            return startedEmpty;
        }
        try {
            deleteTree(fresh());
            Files.createDirectories(home());
            boolean rebuild = false;
            directory = FSDirectory.open(home());
            if (!DirectoryReader.indexExists(directory)) {
                rebuild = true;
            } else {
                String layout = null;
                boolean readable = false;
                try (DirectoryReader check = DirectoryReader.open(directory)) {
                    layout = check.getIndexCommit().getUserData().getOrDefault(LAYOUT, "1");
                    groups = SynonymGroups.fromCanonical(check.getIndexCommit().getUserData().get(SYNONYMS));
                    readable = true;
                    LOG.fine("Search index opened with " + check.numDocs() + " documents.");
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "The search index cannot be read; it is rebuilt from the database", e);
                }
                if (!CURRENT_LAYOUT.equals(layout)) {
                    if (readable) {
                        LOG.info("The search index was written in layout " + layout + "; this version of the portal "
                                + "writes layout " + CURRENT_LAYOUT + ", so it is rebuilt from the database.");
                    }
                    directory.close();
                    deleteTree(home());
                    Files.createDirectories(home());
                    directory = FSDirectory.open(home());
                    rebuild = true;
                }
            }
            if (rebuild) {
                groups = forEmpty;
            }
            writer = new IndexWriter(directory, liveConfig(IndexWriterConfig.OpenMode.CREATE_OR_APPEND, groups));
            applied = appliedOf(writer);
            if (rebuild) {
                writer.setLiveCommitData(commitData(0, groups));
                writer.commit();
            }
            searchers = new SearcherManager(writer, SEARCHERS);
            open = true;
            startedEmpty = rebuild;
            return rebuild;
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be opened at " + home(), e);
        }
    }

    public boolean isOpen() {
        return open;
    }

    /** The last outbox task whose change is in the index. */
    public long applied() {
        return applied;
    }

    public FacetsConfig facets() {
        return facets;
    }

    /** Whether the live index was written with these synonym groups (so queries may use their terms). */
    public boolean holds(SynonymGroups groups) {
        return groups.equals(this.groups);
    }

    static IndexWriterConfig config(IndexWriterConfig.OpenMode mode, double ramMb, SynonymGroups groups) {
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.indexing(groups));
        config.setOpenMode(mode);
        config.setRAMBufferSizeMB(ramMb);
        config.setIndexSort(SearchFields.INDEX_ORDER);
        // Lucene's default, named: a rebuild is merged into segments as large as it makes (RebuildMerge), in the
        // order they were written
        config.setMergePolicy(new WritingOrderMerges(new TieredMergePolicy()));
        return config;
    }

    /**
     * The live index's writer: as {@link #config}, and a merged segment's facet values are read into memory in the
     * merge's thread, before searchers see the segment (reading those of all ten segments of a million posts took
     * 0.19 s, the first time: in a refresh it would add to the index lag, in a search to its time).
     */
    static IndexWriterConfig liveConfig(IndexWriterConfig.OpenMode mode, SynonymGroups groups) {
        IndexWriterConfig config = config(mode, 32, groups);
        // Every change is committed as it is applied: closing the writer (a swap, a stop) then abandons a merge under
        // way instead of waiting for it (a rebuilt index's takes about 20 s at a million posts).
        config.setCommitOnClose(false);
        config.setMergedSegmentWarmer(segment -> FacetOrdinals.of(segment, FacetsConfig.DEFAULT_INDEX_FIELD_NAME));
        return config;
    }

    private static Iterable<Map.Entry<String, String>> commitData(long appliedTask, SynonymGroups groups) {
        return Map.of(APPLIED, String.valueOf(appliedTask), LAYOUT, CURRENT_LAYOUT, SYNONYMS, groups.canonical())
                .entrySet();
    }

    private static long appliedOf(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (APPLIED.equals(e.getKey())) {
                    return Long.parseLong(e.getValue());
                }
            }
        }
        return 0;
    }

    /**
     * Writes documents and deletions, records {@code appliedTask} and commits, then makes the change visible to
     * searches. Documents are keyed by type and id, so applying the same change twice gives the same index.
     */
    public void apply(Collection<IndexedDocument> documents, Collection<String> deletedKeys, long appliedTask) {
        swap.readLock().lock();
        try {
            if (writer == null) {
                throw new IllegalStateException("The search index is not open.");
            }
            for (IndexedDocument doc : documents) {
                writer.updateDocument(new Term(SearchFields.KEY, doc.key()), doc.toLucene(facets, writer.getAnalyzer()));
            }
            for (String key : deletedKeys) {
                writer.deleteDocuments(new Term(SearchFields.KEY, key));
            }
            long upTo = Math.max(applied, appliedTask);
            writer.setLiveCommitData(commitData(upTo, groups));
            writer.commit();
            applied = upTo;
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            swap.readLock().unlock();
        }
    }

    /** Runs {@code work} with a searcher on the latest applied state. */
    public <T> T withSearcher(SearcherWork<T> work) {
        swap.readLock().lock();
        try {
            if (searchers == null) {
                throw new IllegalStateException("The search index is not open.");
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            swap.readLock().unlock();
        }
    }

    @FunctionalInterface
    public interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** A writer for a new index beside the live one, with these synonym groups; {@link #replaceWith} swaps it in. */
    public Rebuild startRebuild(SynonymGroups withGroups) {
        try {
            deleteTree(fresh());
            Files.createDirectories(fresh());
            Directory dir = FSDirectory.open(fresh());
            return new Rebuild(dir, new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE, 256, withGroups)), facets,
                    withGroups);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new index being written, from several threads at once; each document is added once (keys are unique). */
    public record Rebuild(Directory directory, IndexWriter writer, FacetsConfig facets, SynonymGroups groups) {

        public void add(IndexedDocument doc) throws IOException {
            writer.addDocument(doc.toLucene(facets, writer.getAnalyzer()));
        }

        /**
         * Called once every titled document is added and before any other: writes them out, so that no segment holds
         * both, and the segments merged in the order they were written are in {@link SearchFields#INDEX_ORDER}
         * already ({@link WritingOrderMerges}).
         */
        public void titledWritten() throws IOException {
            writer.flush();
        }

        /**
         * Commits what has been added, as written, as having applied tasks up to {@code appliedTask}, and closes the
         * writer. Returns the merge the index is to have once it is live.
         */
        RebuildMerge commit(long appliedTask) throws IOException {
            writer.setLiveCommitData(commitData(appliedTask, groups));
            writer.commit();
            writer.close();
            long bytes = bytesIn(directory);
            int written = SegmentInfos.readLatestCommit(directory).size();
            directory.close();
            return new RebuildMerge(bytes, written, System.nanoTime());
        }

        private static long bytesIn(Directory directory) throws IOException {
            long bytes = 0;
            for (String file : directory.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    bytes += directory.fileLength(file);
                }
            }
            return bytes;
        }
    }

    /**
     * A rebuilt index's merge into as few segments as a merge may make (one up to 5 GB; a million posts take 1.3 GB),
     * started once it is live: searches find every document as soon as it is in place, in the segments the rebuild
     * wrote, and the merged segment from the end of the merge ({@link #publishMerged}). A search works through the
     * segments one by one, and each segment costs it again the look-up of every word, its postings' setting up and its
     * first blocks' bounds: at a million posts, the ten segments of a rebuild took 0.56-0.66 ms a search (the
     * benchmark's queries, in process) and one segment 0.34-0.38 ms, for 20 s of merging.
     *
     * @param bytes   the rebuilt index's size
     * @param written how many segments the rebuild wrote
     * @param started when the rebuild was committed ({@link System#nanoTime})
     */
    record RebuildMerge(long bytes, int written, long started) {

        int segments(MergePolicy policy) {
            double largestMb = ((TieredMergePolicy) Unwrappable.unwrapAll(policy)).getMaxMergedSegmentMB();
            return (int) Math.max(1, Math.ceil(bytes / (largestMb * 1024 * 1024)));
        }
    }

    /**
     * Commits the rebuilt index as having applied tasks up to {@code appliedTask}, makes it the live one and starts its
     * merge ({@link RebuildMerge}). Searches go on in the old live index until then.
     */
    public void replaceWith(Rebuild rebuild, long appliedTask) {
        RebuildMerge merge;
        try {
            merge = rebuild.commit(appliedTask);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        swapIn(rebuild.groups(), merge);
    }

    private synchronized void swapIn(SynonymGroups rebuiltWith, RebuildMerge merge) {
        swap.writeLock().lock();
        try {
            closeQuietly();
            deleteTree(home());
            Files.move(fresh(), home(), StandardCopyOption.ATOMIC_MOVE);
            directory = FSDirectory.open(home());
            groups = rebuiltWith;
            writer = new IndexWriter(directory, liveConfig(IndexWriterConfig.OpenMode.APPEND, groups));
            applied = appliedOf(writer);
            searchers = new SearcherManager(writer, SEARCHERS);
            open = true;
            writer.forceMerge(merge.segments(writer.getConfig().getMergePolicy()), false);
            pendingMerge = merge;
        } catch (IOException e) {
            open = false;
            throw new UncheckedIOException("The rebuilt search index could not be put in place", e);
        } finally {
            swap.writeLock().unlock();
        }
    }

    /**
     * Once the merge of a rebuilt index ({@link RebuildMerge}) has ended: commits the merged index and lets searches
     * use it (a write would too). Returns whether no such merge is under way. The worker calls it at every poll.
     */
    public synchronized boolean publishMerged() {
        RebuildMerge merge = pendingMerge;
        if (merge == null) {
            return true;
        }
        swap.readLock().lock();
        try {
            if (writer == null || !writer.getMergingSegments().isEmpty()) {
                return false;
            }
            writer.commit();
            searchers.maybeRefresh();
            pendingMerge = null;
            IndexSearcher searcher = searchers.acquire();
            int segments;
            try {
                segments = searcher.getIndexReader().leaves().size();
            } finally {
                searchers.release(searcher);
            }
            long millis = (System.nanoTime() - merge.started()) / 1_000_000;
            LOG.info(() -> "The rebuilt search index (" + merge.bytes() / (1024 * 1024) + " MB, " + merge.written()
                    + " segments written) was merged into " + segments + (segments == 1 ? " segment" : " segments")
                    + " in " + millis + " ms after it was put in place.");
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            swap.readLock().unlock();
        }
    }

    /** Abandons a rebuild that failed. */
    public void abandon(Rebuild rebuild) {
        try {
            rebuild.writer().rollback();
            rebuild.directory().close();
            deleteTree(fresh());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not clean up an abandoned search index rebuild", e);
        }
    }

    @PreDestroy
    public synchronized void close() {
        swap.writeLock().lock();
        try {
            closeQuietly();
        } finally {
            swap.writeLock().unlock();
        }
    }

    private void closeQuietly() {
        open = false;
        pendingMerge = null;
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the search index failed", e);
        } finally {
            searchers = null;
            writer = null;
            directory = null;
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

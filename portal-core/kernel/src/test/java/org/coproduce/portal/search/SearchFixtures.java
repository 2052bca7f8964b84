package org.coproduce.portal.search;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.persistence.TestDatabase;

/** Search services wired to an entity manager, for the persistence tests of the features that feed the index. */
public final class SearchFixtures {

    private SearchFixtures() {
    }

    public static SearchOutbox outbox(EntityManager em) {
        SearchOutbox outbox = new SearchOutbox();
        outbox.em = em;
        return outbox;
    }

    /**
     * The index worker and the search service over one database and an index folder, run by hand: each call does
     * what the background thread does at one poll, in a transaction of its own.
     */
    public static final class Harness {

        private final TestDatabase db;
        private final Path folder;
        private SearchIndex index;
        private final SearchWorker worker = new SearchWorker();
        private final SearchService search = new SearchService();
        private final CoreDocuments core = new CoreDocuments();
        private final SearchOutbox outbox = new SearchOutbox();
        /** The rebuild's state each time a rebuilt index was put in place. */
        private final List<String> statesWhilePutInPlace = new java.util.ArrayList<>();

        public Harness(TestDatabase db, Path folder) {
            this.db = db;
            this.folder = folder;
            SearchSources sources = new SearchSources();
            sources.core = core;
            worker.outbox = outbox;
            worker.sources = sources;
            worker.adders = java.util.concurrent.ForkJoinPool.commonPool();
            search.sources = sources;
            search.synonyms = Synonyms.fixed("carer, caregiver");
            worker.synonyms = search.synonyms;
            reopen();
        }

        /** Opens the index folder as a restarted portal would; true when it had to start empty. */
        public boolean reopen() {
            if (index != null) {
                index.close();
            }
            index = new SearchIndex() {
                @Override
                public void replaceWith(Rebuild rebuild, long appliedTask) {
                    statesWhilePutInPlace.add(worker.progress().state() + " " + worker.progress().percent() + "%");
                    super.replaceWith(rebuild, appliedTask);
                }
            };
            index.dataDir = folder.toString();
            worker.index = index;
            search.index = index;
            return index.open(search.synonyms.current().groups());
        }

        /** One poll: applies what the outbox holds; returns the number of tasks. */
        public int poll() {
            return db.inTransaction(em -> {
                core.em = em;
                outbox.em = em;
                return worker.applyPending();
            });
        }

        public void rebuild() {
            db.runInTransaction(em -> {
                core.em = em;
                outbox.em = em;
                worker.rebuild();
            });
        }

        public RebuildProgress progress() {
            return worker.progress();
        }

        /** The rebuild's state and per cent done each time a rebuilt index was being put in place. */
        public List<String> statesWhilePutInPlace() {
            return statesWhilePutInPlace;
        }

        public long applied() {
            return index.applied();
        }

        public SearchResults search(String q, Viewer viewer) {
            return search.search(new SearchRequest(q, null, null, null, null, null, null, 1, 50), viewer);
        }

        /** The keys of every document in the index. */
        public Set<String> keys() {
            return index.withSearcher(s -> {
                Set<String> keys = new TreeSet<>();
                for (ScoreDoc d : s.search(new MatchAllDocsQuery(), 100_000).scoreDocs) {
                    keys.add(s.storedFields().document(d.doc).get(SearchFields.KEY));
                }
                return keys;
            });
        }

        /** Overwrites the index's files with nonsense, as a disk failure might. */
        public void corrupt() {
            index.close();
            try (Stream<Path> files = Files.list(folder.resolve("search-index"))) {
                for (Path f : files.toList()) {
                    if (!f.getFileName().toString().equals("write.lock")) {
                        Files.write(f, "not an index".getBytes());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            index = null;
        }

        public void close() {
            if (index != null) {
                index.close();
            }
        }

        public List<String> hitIds(String q, Viewer viewer) {
            return search(q, viewer).hits().stream().map(h -> h.type() + ":" + h.id()).toList();
        }
    }
}

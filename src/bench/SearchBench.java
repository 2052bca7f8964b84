import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.search.Audiences;
import org.coproduce.portal.search.QueryText;
import org.coproduce.portal.search.SearchQueries;
import org.coproduce.portal.search.SearchRequest;
import org.coproduce.portal.search.SearchService;
import org.coproduce.portal.search.Synonyms;

/**
 * The in-process side of src/bench/search.sh: the same query mix as the HTTP run, on the same index folder (the
 * portal stopped), with the same analysis, synonyms and permission filter, through Lucene's IndexSearcher, from
 * THREADS threads for SECONDS seconds (after a warm-up), twice: the top 10 hits with the exact total (what a plain
 * Lucene search for a page and its total costs), and the top 10 alone (the least any search for the page costs);
 * then the portal's SearchService in process (total, facets, page, snippets, "did you mean": everything but HTTP).
 * Each is measured RUNS times (default 3) and the run with the median throughput is reported.
 * Usage: [RUNS=3] java -cp KERNEL_CLASSPATH SearchBench.java INDEX_DIR SECONDS THREADS QUERY...
 */
public final class SearchBench {

    private static final String SYNONYMS = """
            co-production, coproduction, co-pro
            service user, participant, citizen, expert by experience, people with lived experience
            carer, caregiver
            social worker, practitioner
            """;

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        int seconds = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        List<String> texts = Arrays.asList(args).subList(3, args.length);
        // as the portal analyses them on an index written with this list: words to synonym groups' terms
        Synonyms.Parsed list = Synonyms.fixed(SYNONYMS).current();
        Analyzer words = list.groups().queryAnalyzer();
        Analyzer phrases = list.expanding();
        List<Query> queries = new ArrayList<>();
        List<Query> counted = new ArrayList<>();
        for (String text : texts) {
            SearchQueries.TextQueries both = SearchQueries.of(QueryText.parse(text), words, phrases);
            queries.add(SearchQueries.filtered(both.scoring(), Audiences.of(Viewer.ANONYMOUS), Map.of(), List.of()));
            // the same documents, through the field that is cheapest to count (as the portal counts them)
            counted.add(SearchQueries.filtered(both.matching(), Audiences.of(Viewer.ANONYMOUS), Map.of(), List.of()));
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            // The page of hits as the portal asks for it: the best 10, counting no further than them.
            Search page = i -> searcher.search(queries.get(i), new TopScoreDocCollectorManager(10, 10));
            Search pageAndCount = i -> {
                searcher.search(queries.get(i), new TopScoreDocCollectorManager(10, 10));
                searcher.count(counted.get(i));
            };
            run("raw IndexSearcher, top 10 and the exact total", "RAW", pageAndCount, queries.size(), seconds, threads,
                    reader);
            run("raw IndexSearcher, top 10 only", "RAW_TOP", page, queries.size(), seconds, threads, reader);
        }
        // Everything the portal does for a search but HTTP: the same SearchService, on the same index.
        SearchService service = SearchService.standalone(index.getParent(), SYNONYMS);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            List<SearchRequest> requests = texts.stream()
                    .map(t -> new SearchRequest(t, null, null, null, null, null, null, 1, 10)).toList();
            run("SearchService in process (everything but HTTP)", "SERVICE",
                    i -> service.search(requests.get(i), Viewer.ANONYMOUS), requests.size(), seconds, threads, reader);
        } finally {
            service.index().close();
        }
    }

    /** One search: the query (or request) at a position of the mix. */
    interface Search {
        void run(int position) throws Exception;
    }

    /**
     * Warms up in rounds of 5 s until the JIT compiler has stopped (under 0.1 s of compiling in a round) and two
     * rounds in a row agree within 5% (at most 40 rounds), as the HTTP side does, then measures: queries/s, latency
     * and processor time a query.
     */
    private static void run(String name, String key, Search search, int mix, int seconds, int threads,
                            DirectoryReader reader) throws Exception {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        double previous = 0;
        long compiled = jit.getTotalCompilationTime();
        for (int round = 0; round < 40; round++) {
            double qps = measure(search, mix, 5, threads).length / 5.0;
            long now = jit.getTotalCompilationTime();
            boolean compiling = now - compiled >= 100;
            compiled = now;
            if (!compiling && previous > 0 && qps / previous < 1.05 && previous / qps < 1.05) {
                break;
            }
            previous = qps;
        }
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        // RUNS measurements (default 3); the one with the median throughput is reported (runs vary by 10-15% here)
        int runs = Integer.parseInt(System.getenv().getOrDefault("RUNS", "3"));
        List<long[]> latencies = new ArrayList<>();
        List<Double> cpuPerQuery = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long cpuBefore = os.getProcessCpuTime();
            long[] all = measure(search, mix, seconds, threads);
            cpuPerQuery.add((os.getProcessCpuTime() - cpuBefore) / 1e6 / all.length);
            latencies.add(all);
        }
        Integer[] order = new Integer[runs];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> latencies.get(i).length));
        int median = order[(runs - 1) / 2]; // the lower of the two middle runs when RUNS is even, as search.sh
        long[] all = latencies.get(median);
        String each = latencies.stream().map(l -> String.format("%.0f", l.length / (double) seconds))
                .collect(java.util.stream.Collectors.joining(", "));
        System.out.printf("%s: %d documents, %.0f queries/s, p50 %.2f ms, p99 %.2f ms (the median of %d runs: %s)%n",
                name, reader.numDocs(), all.length / (double) seconds, all[all.length / 2] / 1e6,
                all[(int) (all.length * 0.99)] / 1e6, runs, each);
        System.out.printf("%s_QPS=%.0f%n", key, all.length / (double) seconds);
        System.out.printf("%s_CPU_MS=%.3f%n", key, cpuPerQuery.get(median));
    }

    /** Runs the queries in turn from {@code threads} threads for {@code seconds}; the sorted latencies. */
    private static long[] measure(Search search, int mix, int seconds, int threads) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        long[][] latencies = new long[threads][];
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int me = t;
            Thread worker = new Thread(() -> {
                long[] mine = new long[1 << 20];
                int n = 0;
                try {
                    while (running.get()) {
                        long start = System.nanoTime();
                        search.run((n + me) % mix);
                        if (n < mine.length) {
                            mine[n] = System.nanoTime() - start;
                        }
                        n++;
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    latencies[me] = Arrays.copyOf(mine, Math.min(n, mine.length));
                    done.countDown();
                }
            });
            worker.start();
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        done.await();
        return Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    }
}

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
import org.coproduce.portal.search.SearchIndex;
import org.coproduce.portal.search.SearchQueries;
import org.coproduce.portal.search.SearchRequest;
import org.coproduce.portal.search.SearchService;
import org.coproduce.portal.search.Synonyms;

/**
 * The in-process side of src/bench/search.sh: the same query mix as the HTTP run, on the same index folder, with the
 * same analysis, synonyms and permission filter, from THREADS threads for SECONDS seconds a run. It takes commands on
 * standard input, one a line, and ends each answer with a line "DONE":
 * <ul>
 * <li>{@code warm}: warms up Lucene's IndexSearcher (while search.sh keeps the portal paused), for the top 10 hits
 * with the exact total (what a plain Lucene search for a page and its total costs) and for the top 10 alone (the least
 * any search for the page costs);</li>
 * <li>{@code raw N}: run N of both, printed as RAW_QPS_N, RAW_CPU_MS_N, RAW_TOP_QPS_N and RAW_TOP_CPU_MS_N. The
 * script runs them between its HTTP runs, so each HTTP run has an in-process run beside it: this machine's speed
 * drifts by 10-30% within minutes, and a ratio of two runs minutes apart measures the drift as much as the code;</li>
 * <li>{@code service}: (the portal stopped, as it holds the index's write lock) warms up and measures the portal's
 * SearchService in process (total, facets, page, snippets, "did you mean": everything but HTTP) RUNS times (default
 * 3), reporting the run with the median throughput as SERVICE_QPS and SERVICE_CPU_MS.</li>
 * </ul>
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
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        boolean serviceToo = false;
        // the last commit: what the portal has written to disk (its later, uncommitted changes are not seen)
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            // configured as the portal's searchers are (its query cache keeps more segments than Lucene's default)
            IndexSearcher searcher = SearchIndex.searcher(reader);
            // The page of hits as the portal asks for it: the best 10, counting no further than them.
            Search page = i -> searcher.search(queries.get(i), new TopScoreDocCollectorManager(10, 10));
            Search pageAndCount = i -> {
                searcher.search(queries.get(i), new TopScoreDocCollectorManager(10, 10));
                searcher.count(counted.get(i));
            };
            for (String command; (command = commands.readLine()) != null; ) {
                if (command.equals("warm")) {
                    warmUp(pageAndCount, queries.size(), threads);
                    warmUp(page, queries.size(), threads);
                } else if (command.startsWith("raw ")) {
                    String run = command.substring(4).trim();
                    measured("raw IndexSearcher, top 10 and the exact total, run " + run, "RAW_", run,
                            measure(pageAndCount, queries.size(), seconds, threads), seconds, reader);
                    measured("raw IndexSearcher, top 10 only, run " + run, "RAW_TOP_", run,
                            measure(page, queries.size(), seconds, threads), seconds, reader);
                } else if (command.equals("service")) {
                    serviceToo = true;
                    break;
                } else {
                    throw new IllegalArgumentException("Unknown command: " + command);
                }
                System.out.println("DONE");
            }
        }
        if (!serviceToo) {
            return;
        }
        // Everything the portal does for a search but HTTP: the same SearchService, on the same index.
        SearchService service = SearchService.standalone(index.getParent(), SYNONYMS);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            List<SearchRequest> requests = texts.stream()
                    .map(t -> new SearchRequest(t, null, null, null, null, null, null, 1, 10)).toList();
            Search search = i -> service.search(requests.get(i), Viewer.ANONYMOUS);
            warmUp(search, requests.size(), threads);
            int runs = Integer.parseInt(System.getenv().getOrDefault("RUNS", "3"));
            List<Measured> all = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                all.add(measure(search, requests.size(), seconds, threads));
            }
            // the run with the median throughput (the lower of the two middle runs when RUNS is even, as search.sh)
            Measured median = all.stream().sorted(Comparator.comparingInt(m -> m.latencies().length))
                    .toList().get((runs - 1) / 2);
            String each = all.stream().map(m -> String.format("%.0f", m.latencies().length / (double) seconds))
                    .collect(java.util.stream.Collectors.joining(", "));
            measured("SearchService in process (everything but HTTP), the median of " + runs + " runs (" + each + ")",
                    "SERVICE_", "", median, seconds, reader);
            System.out.println("DONE");
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
     * rounds in a row agree within 5% (at most 40 rounds), as the HTTP side does.
     */
    private static void warmUp(Search search, int mix, int threads) throws Exception {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        double previous = 0;
        long compiled = jit.getTotalCompilationTime();
        for (int round = 0; round < 40; round++) {
            double qps = measure(search, mix, 5, threads).latencies().length / 5.0;
            long now = jit.getTotalCompilationTime();
            boolean compiling = now - compiled >= 100;
            compiled = now;
            if (!compiling && previous > 0 && qps / previous < 1.05 && previous / qps < 1.05) {
                return;
            }
            previous = qps;
        }
    }

    /** Prints a run: for people, then as KEY QPS / CPU_MS lines (with the run's number) for search.sh. */
    private static void measured(String name, String key, String run, Measured measured, int seconds,
                                 DirectoryReader reader) {
        long[] all = measured.latencies();
        String suffix = run.isEmpty() ? "" : "_" + run;
        System.out.printf("%s: %d documents, %.0f queries/s, p50 %.2f ms, p99 %.2f ms%n", name, reader.numDocs(),
                all.length / (double) seconds, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6);
        System.out.printf("%sQPS%s=%.0f%n", key, suffix, all.length / (double) seconds);
        System.out.printf("%sCPU_MS%s=%.3f%n", key, suffix, measured.cpuMsPerQuery());
    }

    /** A run's latencies, sorted, and the processor time of this process a query. */
    record Measured(long[] latencies, double cpuMsPerQuery) {
    }

    /** Runs the queries in turn from {@code threads} threads for {@code seconds}. */
    private static Measured measure(Search search, int mix, int seconds, int threads) throws Exception {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
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
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Measured(all, (os.getProcessCpuTime() - cpuBefore) / 1e6 / all.length);
    }
}

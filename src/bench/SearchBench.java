import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.search.Audiences;
import org.coproduce.portal.search.QueryText;
import org.coproduce.portal.search.SearchAnalyzers;
import org.coproduce.portal.search.SearchQueries;

/**
 * The in-process side of src/bench/search.sh: the same query mix as the HTTP run, on the same index folder (the
 * portal stopped), with the same analysis, synonyms and permission filter, through Lucene's IndexSearcher (top 10
 * hits and the exact total, as the portal asks for them), from THREADS threads for SECONDS seconds.
 * Usage: java -cp KERNEL_CLASSPATH SearchBench.java INDEX_DIR SECONDS THREADS QUERY...
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
        Analyzer analyzer = SearchAnalyzers.query(SearchAnalyzers.synonyms(SYNONYMS));
        List<Query> queries = new ArrayList<>();
        for (String text : texts) {
            Query scoring = SearchQueries.text(QueryText.parse(text), analyzer, false);
            queries.add(SearchQueries.filtered(scoring, Audiences.of(Viewer.ANONYMOUS), Map.of(), List.of()));
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (int i = 0; i < 200; i++) {
                for (Query q : queries) {
                    searcher.search(q, 10);
                    searcher.count(q);
                }
            }
            AtomicBoolean running = new AtomicBoolean(true);
            long[][] latencies = new long[threads][];
            int[] counts = new int[threads];
            CountDownLatch done = new CountDownLatch(threads);
            for (int t = 0; t < threads; t++) {
                int me = t;
                Thread worker = new Thread(() -> {
                    long[] mine = new long[1 << 20];
                    int n = 0;
                    try {
                        while (running.get()) {
                            Query q = queries.get((n + me) % queries.size());
                            long start = System.nanoTime();
                            searcher.search(q, 10);
                            searcher.count(q);
                            if (n < mine.length) {
                                mine[n] = System.nanoTime() - start;
                            }
                            n++;
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    } finally {
                        latencies[me] = Arrays.copyOf(mine, Math.min(n, mine.length));
                        counts[me] = n;
                        done.countDown();
                    }
                });
                worker.start();
            }
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpuBefore = os.getProcessCpuTime();
            Thread.sleep(seconds * 1000L);
            running.set(false);
            done.await();
            long cpuUsed = os.getProcessCpuTime() - cpuBefore;
            long total = Arrays.stream(counts).asLongStream().sum();
            long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
            System.out.printf("raw IndexSearcher: %d documents, %.0f queries/s, p50 %.2f ms, p99 %.2f ms%n",
                    reader.numDocs(), total / (double) seconds, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6);
            System.out.printf("RAW_QPS=%.0f%n", total / (double) seconds);
            System.out.printf("RAW_CPU_MS=%.3f%n", cpuUsed / 1e6 / total);
        }
    }
}

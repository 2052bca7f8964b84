package org.coproduce.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The matches of a query that the total and the facets are counted from: all of them when there are at most a
 * limit, otherwise a random sample, with the total and the facet counts estimated from it. So the
 * cost of a search stays bounded however many documents match (as in web search engines' "about 440,000 results").
 *
 * <p>Matches are first collected in document order until the limit is reached (when it is not, everything is exact).
 * The share of documents matching in that scanned prefix tells how sparse the matches are; the sample is then drawn in
 * blocks of neighbouring document positions over the whole index, a hash of each block's position deciding whether
 * all of its matches are kept (the same index and query give the same sample, and no pattern in the order of
 * documents can bias it). Blocks are sized so that about {@value #BLOCKS} are kept, holding about the sample's size.
 * Only the kept blocks after the prefix are searched (the query's scorer skips the rest); the prefix's matches in kept
 * blocks are taken from what was already collected. The total is the prefix's exact count plus the estimate for the rest.
 */
final class MatchSample extends FacetsCollector {

    /** About how many blocks a sample is made of. */
    static final int BLOCKS = 400;
    static final int LARGEST_BLOCK = 4096;
    /** Makes the thinning hash independent of the blocks' hash. */
    private static final long THINNING_SALT = 0x5851_F42D_4C95_7F2DL;
    /** Positions scanned at a time while collecting the prefix (the limit is checked between windows). */
    private static final int WINDOW = 4096;

    private final List<MatchingDocs> docs;
    private final long total;
    private final boolean sampled;
    /** What a count of {@link #docs} is multiplied by to estimate it for all matches (1: counted on all of them). */
    private final double scale;

    private MatchSample(List<MatchingDocs> docs, long total, boolean sampled, double scale) {
        this.docs = docs;
        this.total = total;
        this.sampled = sampled;
        this.scale = scale;
    }

    /**
     * These matches, or when more than about {@code limit} were collected, a random share of them (a hash of each
     * one's position decides) with the scale for estimates: counting facets reads every counted document's values,
     * and estimates to two significant figures need fewer documents than an exact total does.
     */
    MatchSample thinnedTo(int limit) throws IOException {
        long collected = 0;
        for (MatchingDocs matching : docs) {
            collected += matching.totalHits();
        }
        if (collected <= limit) {
            return this;
        }
        long threshold = (long) ((double) limit / collected * (1L << 32));
        List<MatchingDocs> thinned = new ArrayList<>();
        long kept = 0;
        for (MatchingDocs matching : docs) {
            SortedDocIds collecting = new SortedDocIds();
            DocIdSetIterator it = matching.totalHits() == 0 ? null : matching.bits().iterator();
            if (it != null) {
                int base = matching.context().docBase;
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if ((mix((base + (long) doc) ^ THINNING_SALT) & 0xFFFF_FFFFL) < threshold) {
                        collecting.collect(doc);
                    }
                }
            }
            kept += collecting.count();
            thinned.add(new MatchingDocs(matching.context(), collecting.build(), collecting.count(), null));
        }
        return kept == 0 ? this : new MatchSample(thinned, total, sampled, scale * collected / kept);
    }

    /**
     * The matches of {@code query}: all of them up to about {@code limit}; above it a sample of about
     * {@code sampleSize} (the estimates' precision depends mostly on the number of blocks, not on their size).
     */
    static MatchSample of(IndexSearcher searcher, Query query, int limit, int sampleSize) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(new ConstantScoreQuery(query)),
                ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<MatchingDocs> prefix = new ArrayList<>();
        long counted = 0;
        long scannedTo = 0; // global position: every match before it is collected
        boolean complete = true;
        for (LeafReaderContext leaf : leaves) {
            int maxDoc = leaf.reader().maxDoc();
            BulkScorer scorer = weight.bulkScorer(leaf);
            SortedDocIds collecting = new SortedDocIds();
            int next = 0;
            int scanned = 0;
            if (scorer != null) {
                Bits live = leaf.reader().getLiveDocs();
                while (next < maxDoc && counted + collecting.count() < limit) {
                    scanned = Math.min(maxDoc, next + WINDOW);
                    next = Math.max(scanned, scorer.score(collecting, live, next, scanned));
                }
            }
            scanned = next >= maxDoc || scorer == null ? maxDoc : scanned;
            counted += collecting.count();
            scannedTo = leaf.docBase + (long) scanned;
            prefix.add(new MatchingDocs(leaf, collecting.build(), collecting.count(), null));
            if (scanned < maxDoc) {
                complete = false;
                break;
            }
        }
        if (complete) {
            return new MatchSample(prefix, counted, false, 1.0);
        }
        return sampled(weight, leaves, prefix, counted, scannedTo, sampleSize);
    }

    private static MatchSample sampled(Weight weight, List<LeafReaderContext> leaves, List<MatchingDocs> prefix,
                                       long prefixCount, long prefixEnd, int sampleSize) throws IOException {
        long positions = 0;
        for (LeafReaderContext leaf : leaves) {
            positions += leaf.reader().maxDoc();
        }
        double density = (double) prefixCount / prefixEnd;
        int blockSize = (int) Math.max(1, Math.min(LARGEST_BLOCK, sampleSize / (BLOCKS * density)));
        double share = Math.min(1.0, sampleSize / (density * positions));
        // a block is kept when the low 32 bits of its hash fall under this share of 2^32
        long threshold = (long) (share * (1L << 32));
        List<MatchingDocs> sample = new ArrayList<>();
        long keptPositions = 0;
        long keptAfterPrefix = 0;
        long matchesAfterPrefix = 0;
        for (int i = 0; i < leaves.size(); i++) {
            LeafReaderContext leaf = leaves.get(i);
            int base = leaf.docBase;
            int maxDoc = leaf.reader().maxDoc();
            SortedDocIds collecting = new SortedDocIds();
            // the part of this segment in the prefix: its matches are known, kept when their block is
            int prefixHere = (int) Math.max(0, Math.min(maxDoc, prefixEnd - base));
            DocIdSetIterator known = i < prefix.size() ? prefix.get(i).bits().iterator() : null;
            if (known != null) {
                for (int doc = known.nextDoc(); doc < prefixHere; doc = known.nextDoc()) {
                    if (kept((base + (long) doc) / blockSize, threshold)) {
                        collecting.collect(doc);
                    }
                }
            }
            // The kept blocks are visited by advancing one iterator over the matches (a bulk scorer per block costs
            // more to set up than the few matches in a block take to collect).
            DocIdSetIterator matches = prefixHere < maxDoc ? iterator(weight, leaf) : null;
            Bits live = leaf.reader().getLiveDocs();
            long lastBlock = (base + (long) maxDoc - 1) / blockSize;
            for (long block = base / blockSize; block <= lastBlock; block++) {
                if (!kept(block, threshold)) {
                    continue;
                }
                int start = (int) Math.max(0, block * blockSize - base);
                int end = (int) Math.min(maxDoc, (block + 1) * blockSize - base);
                keptPositions += end - start;
                if (end <= prefixHere) {
                    continue;
                }
                int from = Math.max(start, prefixHere);
                keptAfterPrefix += end - from;
                if (matches != null) {
                    int doc = matches.docID() >= from ? matches.docID() : matches.advance(from);
                    for (; doc < end; doc = matches.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            collecting.collect(doc);
                            matchesAfterPrefix++;
                        }
                    }
                }
            }
            sample.add(new MatchingDocs(leaf, collecting.build(), collecting.count(), null));
        }
        long rest = positions - prefixEnd;
        long estimatedRest = keptAfterPrefix == 0 ? Math.round(density * rest)
                : Math.round((double) matchesAfterPrefix * rest / keptAfterPrefix);
        double scale = keptPositions == 0 ? 1.0 : (double) positions / keptPositions;
        return new MatchSample(sample, prefixCount + estimatedRest, true, scale);
    }

    /** The matches of {@code weight} in a segment, deleted documents included; null when there are none. */
    private static DocIdSetIterator iterator(Weight weight, LeafReaderContext leaf) throws IOException {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
            return null;
        }
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        return twoPhase == null ? scorer.iterator() : TwoPhaseIterator.asDocIdSetIterator(twoPhase);
    }

    private static boolean kept(long block, long threshold) {
        return (mix(block) & 0xFFFF_FFFFL) < threshold;
    }

    /** A well-mixed hash of a block's position (the finaliser of SplitMix64). */
    private static long mix(long position) {
        long z = position * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public List<MatchingDocs> getMatchingDocs() {
        return docs;
    }

    /** How many documents match: exact, or an estimate when {@link #sampled()}. */
    long total() {
        return sampled ? roughly(total) : total;
    }

    /** Whether the total is an estimate. */
    boolean sampled() {
        return sampled;
    }

    /** Whether counts of these documents are estimates (scaled up from a sample). */
    boolean estimates() {
        return scale > 1.0;
    }

    /** A count of these documents as an estimate for all matches, to two significant figures (exact when not sampled). */
    long estimate(long counted) {
        return estimates() ? estimateFor(counted, scale) : counted;
    }

    static long estimateFor(long counted, double scale) {
        return counted == 0 ? 0 : roughly(counted * scale);
    }

    /** A positive estimate to two significant figures (at least 1). */
    static long roughly(double value) {
        if (value < 100) {
            return Math.max(1, Math.round(value));
        }
        double unit = Math.pow(10, Math.floor(Math.log10(value)) - 1);
        return (long) (Math.round(value / unit) * unit);
    }
}

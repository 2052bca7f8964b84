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
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The matches of a query that the total and the facets are counted from: all of them when there are at most a
 * limit, otherwise a random sample, with the total and the facet counts estimated from it. So the
 * cost of a search stays bounded however many documents match (as in web search engines' "about 440,000 results").
 *
 * <p>Matches are first collected in document order until the limit is reached (when it is not, everything is exact).
 * The share of documents matching in that scanned prefix tells how sparse the matches are; the sample is then drawn in
 * blocks of neighbouring document positions over the whole index, each block kept (with all of its matches) or not at
 * random, independently of the others ({@link RandomPositions}: from a fixed seed, so the same index and query give
 * the same sample, and no pattern in the order of documents can bias it). Blocks are sized so that about
 * {@value #BLOCKS} are kept, holding about the sample's size. Only the kept blocks after the prefix are searched (the
 * query's scorer skips the rest); the prefix's matches in kept blocks are taken from what was already collected. The
 * total is the prefix's exact count plus the estimate for the rest.
 *
 * <p>When every segment can tell how many documents match without visiting them (Lucene's query cache holds the
 * matches of a query searched often, or the query counts itself; in a segment with deletions, the cached matches less
 * the deleted documents among them, see {@link #count}), but for small ones holding together no more
 * documents than the limit, which are searched whole, the total is exact however large, and above the limit only the
 * sample is drawn, from the whole index, for the facets.
 */
final class MatchSample extends FacetsCollector {

    /** About how many blocks a sample is made of. */
    static final int BLOCKS = 400;
    static final int LARGEST_BLOCK = 4096;
    /** The fixed seeds the kept blocks and the thinned matches are drawn from (different, so they are independent). */
    private static final long BLOCKS_SEED = 0x2545_F491_4F6C_DD1DL;
    private static final long THINNING_SEED = 0x5851_F42D_4C95_7F2DL;
    /** Positions scanned at a time while collecting the prefix (the limit is checked between windows). */
    private static final int WINDOW = 4096;
    /** The most room a segment's first matches are given before any is found. */
    private static final int FIRST_IDS = 2048;

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
     * These matches, or when more than about {@code limit} were collected, a random share of them (each kept or not
     * independently, see {@link RandomPositions}) with the scale for estimates: counting facets reads every counted
     * document's values, and estimates to two significant figures need fewer documents than an exact total does.
     */
    MatchSample thinnedTo(int limit) throws IOException {
        long collected = matches(docs);
        if (collected <= limit) {
            return this;
        }
        // the i-th collected match (over all segments, in order) is kept when i is picked
        RandomPositions picked = new RandomPositions((double) limit / collected, THINNING_SEED);
        long position = 0;
        List<MatchingDocs> thinned = new ArrayList<>();
        long kept = 0;
        for (MatchingDocs matching : docs) {
            SortedDocIds collecting = new SortedDocIds();
            DocIdSetIterator it = matching.totalHits() == 0 ? null : matching.bits().iterator();
            if (it != null) {
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc(), position++) {
                    if (position == picked.current()) {
                        collecting.collect(doc);
                        picked.next();
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
        MatchSample countedWithoutVisiting = counted(weight, leaves, limit, sampleSize);
        if (countedWithoutVisiting != null) {
            return countedWithoutVisiting;
        }
        List<MatchingDocs> prefix = new ArrayList<>();
        long counted = 0;
        long scannedTo = 0; // global position: every match before it is collected
        boolean complete = true;
        for (LeafReaderContext leaf : leaves) {
            int maxDoc = leaf.reader().maxDoc();
            BulkScorer scorer = weight.bulkScorer(leaf);
            // The scorer's cost bounds its matches from above, often far above (a conjunction costs as much as its
            // rarest word), so the array starts at most at FIRST_IDS and doubles as matches come.
            SortedDocIds collecting = scorer == null ? new SortedDocIds()
                    : new SortedDocIds((int) Math.min(scorer.cost(), FIRST_IDS));
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
        int[] knownUpTo = new int[leaves.size()];
        for (int i = 0; i < leaves.size(); i++) {
            LeafReaderContext leaf = leaves.get(i);
            knownUpTo[i] = (int) Math.max(0, Math.min(leaf.reader().maxDoc(), prefixEnd - leaf.docBase));
        }
        Drawn drawn = draw(weight, leaves, prefix, knownUpTo, (double) prefixCount / prefixEnd, sampleSize);
        long rest = positions(leaves) - prefixEnd;
        long estimatedRest = drawn.keptAfterPrefix() == 0 ? Math.round((double) prefixCount / prefixEnd * rest)
                : Math.round((double) drawn.matchesAfterPrefix() * rest / drawn.keptAfterPrefix());
        return new MatchSample(drawn.docs(), prefixCount + estimatedRest, true, drawn.scale(leaves));
    }

    /**
     * The exact total and, above the limit, a sample of the matches, when every segment can count its matches
     * without visiting them (Lucene's query cache holds them, or the query counts itself) but for small ones, together
     * no larger than the limit, whose matches are collected; null otherwise, or when at most the limit match (then
     * all of them are collected).
     */
    private static MatchSample counted(Weight weight, List<LeafReaderContext> leaves, int limit, int sampleSize)
            throws IOException {
        int[] counts = new int[leaves.size()];
        long countable = 0;
        long countablePositions = 0;
        long uncountablePositions = 0;
        for (int i = 0; i < leaves.size(); i++) {
            int maxDoc = leaves.get(i).reader().maxDoc();
            counts[i] = count(weight, leaves.get(i));
            if (counts[i] >= 0) {
                countable += counts[i];
                countablePositions += maxDoc;
            } else if ((uncountablePositions += maxDoc) > limit) {
                return null;
            }
        }
        if (countable <= limit) {
            return null;
        }
        List<MatchingDocs> visited = new ArrayList<>();
        int[] knownUpTo = new int[leaves.size()];
        long total = countable;
        for (int i = 0; i < leaves.size(); i++) {
            LeafReaderContext leaf = leaves.get(i);
            SortedDocIds collecting = new SortedDocIds();
            if (counts[i] < 0) {
                BulkScorer scorer = weight.bulkScorer(leaf);
                if (scorer != null) {
                    scorer.score(collecting, leaf.reader().getLiveDocs(), 0, DocIdSetIterator.NO_MORE_DOCS);
                }
                knownUpTo[i] = leaf.reader().maxDoc();
                total += collecting.count();
            }
            visited.add(new MatchingDocs(leaf, collecting.build(), collecting.count(), null));
        }
        Drawn drawn = draw(weight, leaves, visited, knownUpTo, (double) countable / countablePositions, sampleSize);
        long collected = matches(drawn.docs());
        return new MatchSample(drawn.docs(), total, false,
                collected == 0 ? drawn.scale(leaves) : (double) total / collected);
    }

    /**
     * The matches in randomly kept blocks (see the class comment), for matches of about {@code density} a position:
     * in each segment, those before its {@code knownUpTo} taken from the {@code known} matches, the others from the
     * query's.
     */
    private static Drawn draw(Weight weight, List<LeafReaderContext> leaves, List<MatchingDocs> known, int[] knownUpTo,
                              double density, int sampleSize) throws IOException {
        long positions = positions(leaves);
        int blockSize = (int) Math.max(1, Math.min(LARGEST_BLOCK, sampleSize / (BLOCKS * density)));
        double share = Math.min(1.0, sampleSize / (density * positions));
        // block b holds the global positions [b * blockSize, (b + 1) * blockSize); the picked ones are kept
        RandomPositions block = new RandomPositions(share, BLOCKS_SEED);
        List<MatchingDocs> sample = new ArrayList<>();
        long keptPositions = 0;
        long keptAfterPrefix = 0;
        long matchesAfterPrefix = 0;
        for (int i = 0; i < leaves.size(); i++) {
            LeafReaderContext leaf = leaves.get(i);
            int base = leaf.docBase;
            int maxDoc = leaf.reader().maxDoc();
            SortedDocIds collecting = new SortedDocIds();
            // the part of this segment whose matches are known, kept when their block is
            int knownHere = knownUpTo[i];
            DocIdSetIterator knownMatches = i < known.size() && knownHere > 0 ? known.get(i).bits().iterator() : null;
            // The kept blocks past the known part are visited by advancing one iterator over the matches (a bulk scorer
            // per block costs more to set up than the few matches in a block take to collect).
            DocIdSetIterator matches = knownHere < maxDoc ? iterator(weight, leaf) : null;
            Bits live = leaf.reader().getLiveDocs();
            while (block.current() * blockSize < base + (long) maxDoc) {
                long blockEnd = (block.current() + 1) * blockSize;
                int start = (int) Math.max(0, block.current() * blockSize - base);
                int end = (int) Math.min(maxDoc, blockEnd - base);
                keptPositions += end - start;
                if (knownMatches != null && start < knownHere) {
                    int doc = knownMatches.docID() >= start ? knownMatches.docID() : knownMatches.advance(start);
                    for (; doc < Math.min(end, knownHere); doc = knownMatches.nextDoc()) {
                        collecting.collect(doc);
                    }
                }
                int from = Math.max(start, knownHere);
                if (from < end) {
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
                if (blockEnd > base + (long) maxDoc) {
                    break; // the block goes on into the next segment
                }
                block.next();
            }
            sample.add(new MatchingDocs(leaf, collecting.build(), collecting.count(), null));
        }
        return new Drawn(sample, keptPositions, keptAfterPrefix, matchesAfterPrefix);
    }

    /**
     * A drawn sample: its matches per segment, how many positions its blocks hold, and of those past the known matches
     * how many positions and matches.
     */
    private record Drawn(List<MatchingDocs> docs, long keptPositions, long keptAfterPrefix, long matchesAfterPrefix) {

        /** What a count of the sample is multiplied by to estimate it for all positions. */
        double scale(List<LeafReaderContext> leaves) {
            return keptPositions == 0 ? 1.0 : (double) positions(leaves) / keptPositions;
        }
    }

    private static long matches(List<MatchingDocs> docs) {
        long matches = 0;
        for (MatchingDocs matching : docs) {
            matches += matching.totalHits();
        }
        return matches;
    }

    private static long positions(List<LeafReaderContext> leaves) {
        long positions = 0;
        for (LeafReaderContext leaf : leaves) {
            positions += leaf.reader().maxDoc();
        }
        return positions;
    }

    /**
     * How many live documents of the segment match, told without visiting the matches; -1 when it cannot be. Lucene's
     * query cache tells no count for a segment with deletions, though it holds the segment's matches, deleted ones
     * included, as a bit set when they are many: then the deleted documents among them are taken off their number.
     */
    private static int count(Weight weight, LeafReaderContext leaf) throws IOException {
        int count = weight.count(leaf);
        if (count >= 0 || !leaf.reader().hasDeletions()) {
            return count;
        }
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
            return 0;
        }
        if (!(scorer.iterator() instanceof BitSetIterator matches)) {
            return -1;
        }
        BitSet all = matches.getBitSet();
        int live = all.cardinality();
        for (int deleted : DeletedDocuments.of(leaf.reader())) {
            if (all.get(deleted)) {
                live--;
            }
        }
        return live;
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

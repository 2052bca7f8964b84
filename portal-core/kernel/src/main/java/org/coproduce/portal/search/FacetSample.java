package org.coproduce.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.DocIdSetBuilder;

/**
 * The matches whose facets are counted: all of them up to a limit, above it a random sample of about that many,
 * with the factor that scales counts of the sample up to estimates for all of them. The sample is drawn in blocks
 * of neighbouring document positions: a hash of each block's position decides whether all of its matches are kept
 * (the same index and query give the same sample, and no pattern in the order of documents can bias it), so drawing
 * it costs a few steps per kept block, not a step per match. Blocks are as large as they can be while about
 * {@value #BLOCKS} of them are kept, so the sample's size and make-up vary little. Counting facets reads every
 * counted document's values, so for a query matching a large part of a big index the sample keeps the cost bounded;
 * the total is counted exactly either way.
 */
final class FacetSample extends FacetsCollector {

    /** About how many blocks a sample is made of. */
    static final int BLOCKS = 400;
    static final int LARGEST_BLOCK = 4096;

    private final List<MatchingDocs> sample;
    private final double scale;

    private FacetSample(List<MatchingDocs> sample, double scale) {
        this.sample = sample;
        this.scale = scale;
    }

    /** A sample of at most about {@code limit} of {@code all}'s matches. */
    static FacetSample of(FacetsCollector all, int limit) throws IOException {
        long total = total(all);
        if (total <= limit) {
            return new FacetSample(all.getMatchingDocs(), 1.0);
        }
        long positions = 0;
        for (MatchingDocs docs : all.getMatchingDocs()) {
            positions += docs.context().reader().maxDoc();
        }
        double density = (double) total / positions;
        int blockSize = (int) Math.max(1, Math.min(LARGEST_BLOCK, limit / (BLOCKS * density)));
        // keep a block when the low 32 bits of its hash fall under this share of 2^32
        long threshold = (long) ((double) limit / total * (1L << 32));
        List<MatchingDocs> sample = new ArrayList<>();
        long kept = 0;
        for (MatchingDocs docs : all.getMatchingDocs()) {
            if (docs.totalHits() == 0) {
                continue;
            }
            int base = docs.context().docBase;
            int maxDoc = docs.context().reader().maxDoc();
            DocIdSetBuilder builder = new DocIdSetBuilder(maxDoc);
            int keptHere = 0;
            DocIdSetIterator it = docs.bits().iterator();
            int doc = it.nextDoc();
            while (doc != DocIdSetIterator.NO_MORE_DOCS) {
                long block = (base + (long) doc) / blockSize;
                int blockEnd = (int) Math.min(maxDoc, (block + 1) * blockSize - base);
                if ((mix(block) & 0xFFFF_FFFFL) < threshold) {
                    for (; doc < blockEnd; doc = it.nextDoc()) {
                        builder.grow(1).add(doc);
                        keptHere++;
                    }
                } else if (blockEnd < maxDoc) {
                    doc = it.advance(blockEnd);
                } else {
                    doc = DocIdSetIterator.NO_MORE_DOCS;
                }
            }
            kept += keptHere;
            sample.add(new MatchingDocs(docs.context(), builder.build(), keptHere, null));
        }
        return new FacetSample(sample, kept == 0 ? 1.0 : (double) total / kept);
    }

    /** A well-mixed hash of a block's position (the finaliser of SplitMix64). */
    private static long mix(long position) {
        long z = position * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long total(FacetsCollector collector) {
        long total = 0;
        for (MatchingDocs docs : collector.getMatchingDocs()) {
            total += docs.totalHits();
        }
        return total;
    }

    @Override
    public List<MatchingDocs> getMatchingDocs() {
        return sample;
    }

    /** Whether the counts are estimates. */
    boolean sampled() {
        return scale > 1.0;
    }

    /** A count of the sample as an estimate for all matches, to two significant figures (exact when not sampled). */
    long estimate(long counted) {
        return estimateFor(counted, scale);
    }

    static long estimateFor(long counted, double scale) {
        if (scale <= 1.0 || counted == 0) {
            return counted;
        }
        double value = counted * scale;
        if (value < 100) {
            return Math.max(1, Math.round(value));
        }
        double unit = Math.pow(10, Math.floor(Math.log10(value)) - 1);
        return (long) (Math.round(value / unit) * unit);
    }
}

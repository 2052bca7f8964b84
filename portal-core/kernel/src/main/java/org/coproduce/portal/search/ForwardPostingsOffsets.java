package org.coproduce.portal.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;

/**
 * Where the query's words are in each hit's body, from the body's postings, as Lucene's {@link PostingsOffsetStrategy}
 * finds them, but each word is looked up once a segment and its postings moved forward from hit to hit (the
 * highlighter takes a page's hits in document order), where Lucene's looks every word up again and reads new postings
 * for every hit. Made for one call of the highlighter, so used by one thread.
 */
final class ForwardPostingsOffsets extends PostingsOffsetStrategy {

    /** The segment's dictionary the held postings come from, the words they are of, and the last hit they moved to. */
    private Terms dictionary;
    private BytesRef[] words;
    private int lastDoc;
    /** Each word's postings in that segment; null where the segment does not have the word. */
    private PostingsEnum[] postings;

    ForwardPostingsOffsets(UHComponents components) {
        super(components);
    }

    @Override
    protected void createOffsetsEnumsForTerms(BytesRef[] sourceTerms, Terms termsIndex, int doc,
                                              List<OffsetsEnum> results) throws IOException {
        if (termsIndex != dictionary || sourceTerms != words || doc <= lastDoc) {
            lookUp(sourceTerms, termsIndex);
        }
        lastDoc = doc;
        for (int i = 0; i < postings.length; i++) {
            PostingsEnum word = postings[i];
            if (word != null && (word.docID() < doc ? word.advance(doc) : word.docID()) == doc) {
                results.add(new OffsetsEnum.OfPostings(sourceTerms[i], word));
            }
        }
    }

    private void lookUp(BytesRef[] sourceTerms, Terms termsIndex) throws IOException {
        PostingsEnum[] found = new PostingsEnum[sourceTerms.length];
        TermsEnum terms = termsIndex.iterator();
        for (int i = 0; i < sourceTerms.length; i++) {
            if (terms.seekExact(sourceTerms[i])) {
                found[i] = terms.postings(null, PostingsEnum.OFFSETS);
                if (found[i] == null) {
                    throw new IllegalArgumentException("The field " + getField() + " was indexed without offsets.");
                }
            }
        }
        dictionary = termsIndex;
        words = sourceTerms;
        lastDoc = -1;
        postings = found;
    }
}

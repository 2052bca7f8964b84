package org.coproduce.portal.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The terms an analyzer made of a text, with their positions and offsets, kept so that one analysis feeds more than
 * one field: the title, headings and body are each analysed once, for their own fields and, one after the other, for
 * {@link SearchFields#ALL}. Analysing the three texts again for that field (the synonym filter and the stemmer
 * running on every word twice) took about 14% of a rebuild's processor time at 102,001 posts.
 */
final class AnalyzedText {

    /** Positions left between one text and the next in {@link #joined}: more than any phrase spans. */
    static final int TEXT_GAP = 100;

    private char[] chars = new char[256];
    private int[] termEnds = new int[32];
    private int[] increments = new int[32];
    private int[] startOffsets = new int[32];
    private int[] endOffsets = new int[32];
    private int count;

    /** What the stream's end() reported: positions of words dropped at the end, and the text's final offset. */
    private int endIncrement;
    private int finalOffset;

    private AnalyzedText() {
    }

    /** The terms {@code analyzer} makes of {@code text} for {@code field}. */
    static AnalyzedText of(Analyzer analyzer, String field, String text) throws IOException {
        AnalyzedText analyzed = new AnalyzedText();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                analyzed.add(term, increment.getPositionIncrement(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
            analyzed.endIncrement = increment.getPositionIncrement();
            analyzed.finalOffset = offset.endOffset();
        }
        return analyzed;
    }

    private void add(CharTermAttribute term, int increment, int startOffset, int endOffset) {
        int start = count == 0 ? 0 : termEnds[count - 1];
        if (start + term.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, start + term.length()));
        }
        System.arraycopy(term.buffer(), 0, chars, start, term.length());
        if (count == termEnds.length) {
            int size = count * 2;
            termEnds = Arrays.copyOf(termEnds, size);
            increments = Arrays.copyOf(increments, size);
            startOffsets = Arrays.copyOf(startOffsets, size);
            endOffsets = Arrays.copyOf(endOffsets, size);
        }
        termEnds[count] = start + term.length();
        increments[count] = increment;
        startOffsets[count] = startOffset;
        endOffsets[count] = endOffset;
        count++;
    }

    /** The terms again, as the analyzer gave them. */
    TokenStream stream() {
        return new Replay(new AnalyzedText[] {this});
    }

    /**
     * The terms of several texts, one text after the other, as Lucene indexes the values of a field given several
     * times with a position gap of {@value #TEXT_GAP} and an offset gap of 1: offsets count from the start of the
     * first text with one character between each, and positions leave the gap between one text and the next, so that
     * no phrase (a synonym of several words among them) is matched across two texts.
     */
    static TokenStream joined(AnalyzedText... texts) {
        return new Replay(texts.clone());
    }

    /** Gives back recorded terms. */
    private static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final AnalyzedText[] texts;
        private int text;
        private int next;
        /** Where the current text starts in the joined one, and positions left over from the texts before it. */
        private int base;
        private int carriedIncrement;

        Replay(AnalyzedText[] texts) {
            this.texts = texts;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            text = 0;
            next = 0;
            base = 0;
            carriedIncrement = 0;
        }

        @Override
        public boolean incrementToken() {
            while (text < texts.length && next == texts[text].count) {
                passText();
                next = 0;
            }
            if (text == texts.length) {
                return false;
            }
            clearAttributes();
            AnalyzedText current = texts[text];
            int start = next == 0 ? 0 : current.termEnds[next - 1];
            term.copyBuffer(current.chars, start, current.termEnds[next] - start);
            increment.setPositionIncrement(current.increments[next] + carriedIncrement);
            carriedIncrement = 0;
            offset.setOffset(base + current.startOffsets[next], base + current.endOffsets[next]);
            next++;
            return true;
        }

        /** Moves past the current text: its trailing positions and the gap carry over to the next text's first term. */
        private void passText() {
            carriedIncrement += texts[text].endIncrement + (text + 1 < texts.length ? TEXT_GAP : 0);
            base += texts[text].finalOffset + 1;
            text++;
        }

        @Override
        public void end() throws IOException {
            super.end();
            while (text < texts.length) {
                passText();
            }
            increment.setPositionIncrement(carriedIncrement);
            int end = Math.max(0, base - 1);
            offset.setOffset(end, end);
        }
    }
}

package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class AnalyzedTextTest {

    private static final SynonymGroups GROUPS = SynonymGroups.of("""
            service user, participant, expert by experience
            carer, caregiver
            """);
    private static final String[] WORDS = ("the service user's carer met an expert by experience and a caregiver; "
            + "participants said co-production was 100% worth it \u00e9t\u00e9 " + "x".repeat(300)).split(" ");

    @Test
    void aTextsTermsComeBackAsTheAnalyzerGaveThem() throws IOException {
        Analyzer analyzer = SearchAnalyzers.indexing(GROUPS);
        Random random = new Random(11);
        for (int i = 0; i < 300; i++) {
            String text = randomText(random);
            assertEquals(tokens(analyzer.tokenStream(SearchFields.BODY, text)),
                    tokens(AnalyzedText.of(analyzer, SearchFields.BODY, text).stream()), text);
        }
        assertEquals(List.of("end +0 0-0"), tokens(AnalyzedText.of(analyzer, SearchFields.BODY, "").stream()));
    }

    @Test
    void joinedTextsAreIndexedAsTheValuesOfOneFieldWithAGapBetweenThem() throws IOException {
        Analyzer analyzer = SearchAnalyzers.indexing(GROUPS);
        // Lucene's own indexing of a field given three times, with the same gaps between the values
        Analyzer gapped = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return analyzer;
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return AnalyzedText.TEXT_GAP;
            }
        };
        Random random = new Random(12);
        int documents = 300;
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(gapped))) {
                for (int i = 0; i < documents; i++) {
                    String title = i % 5 == 0 ? "" : randomText(random);
                    String headings = i % 3 == 0 ? "" : randomText(random);
                    String body = randomText(random);
                    Document replayed = new Document();
                    replayed.add(new Field(SearchFields.ALL, AnalyzedText.joined(
                            AnalyzedText.of(analyzer, SearchFields.TITLE, title),
                            AnalyzedText.of(analyzer, SearchFields.HEADINGS, headings),
                            AnalyzedText.of(analyzer, SearchFields.BODY, body)), SearchFields.ALL_TYPE));
                    writer.addDocument(replayed);
                    Document values = new Document();
                    for (String text : List.of(title, headings, body)) {
                        values.add(new Field(SearchFields.ALL, text, SearchFields.ALL_TYPE));
                    }
                    writer.addDocument(values);
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                for (int i = 0; i < documents; i++) {
                    assertEquals(postings(leaf, SearchFields.ALL, 2 * i + 1), postings(leaf, SearchFields.ALL, 2 * i));
                }
            }
        }
        List<String> acrossTwo = tokens(AnalyzedText.joined(AnalyzedText.of(analyzer, SearchFields.TITLE, "A service"),
                AnalyzedText.of(analyzer, SearchFields.BODY, "user")));
        assertEquals(List.of("a +1 0-1", "servic +1 2-9", "user +" + (1 + AnalyzedText.TEXT_GAP) + " 10-14",
                "end +0 14-14"), acrossTwo, "a title ending \"service\" and a body starting \"user\" are not the "
                + "phrase \"service user\"");
    }

    @Test
    void theDocumentsFieldsHoldWhatAnalysingEachTextWouldGive() throws IOException {
        IndexedDocument doc = new IndexedDocument("guidance", "1", "Carers and participants", "Expert by experience",
                "A caregiver's voice. Service users' plans.", "/guidance/1", Audiences.PUBLIC,
                Instant.parse("2026-01-01T00:00:00Z"), List.of(), null, null);
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, SearchIndex.config(
                    IndexWriterConfig.OpenMode.CREATE, 16, GROUPS))) {
                writer.addDocument(doc.toLucene(SearchFields.facets(), writer.getAnalyzer()));
                Document analysed = new Document();
                analysed.add(new Field(SearchFields.TITLE, doc.title(),
                        TextField.TYPE_NOT_STORED));
                analysed.add(new Field(SearchFields.HEADINGS, doc.headings(),
                        TextField.TYPE_NOT_STORED));
                analysed.add(new Field(SearchFields.BODY, doc.body(), SearchFields.BODY_TYPE));
                analysed.add(new NumericDocValuesField(SearchFields.TITLED_FIRST, 0));
                writer.addDocument(analysed);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                // (SearchFields.ALL: joinedTextsAreIndexedAsTheValuesOfOneFieldWithAGapBetweenThem)
                for (String field : List.of(SearchFields.TITLE, SearchFields.HEADINGS, SearchFields.BODY)) {
                    // document 1 was analysed by the writer, as every document was before AnalyzedText
                    assertEquals(postings(leaf, field, 1), postings(leaf, field, 0), field);
                }
                for (String field : List.of(SearchFields.TITLE, SearchFields.HEADINGS, SearchFields.BODY)) {
                    NumericDocValues norms = leaf.getNormValues(field);
                    norms.advanceExact(0);
                    long replayed = norms.longValue();
                    norms.advanceExact(1);
                    assertEquals(norms.longValue(), replayed, field + ": the same length for scoring");
                }
            }
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int w = random.nextInt(12); w > 0; w--) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "  " : " ");
        }
        return text.toString();
    }

    /** Each term with its position increment and offsets, and what the stream's end() reports. */
    private static List<String> tokens(TokenStream tokens) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = tokens) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + " +" + increment.getPositionIncrement() + " " + offset.startOffset() + "-"
                        + offset.endOffset());
            }
            stream.end();
            out.add("end +" + increment.getPositionIncrement() + " " + offset.startOffset() + "-" + offset.endOffset());
        }
        return out;
    }

    /** Every term of a field in one document, with its positions and offsets. */
    private static List<String> postings(LeafReader leaf, String field, int doc) throws IOException {
        List<String> out = new ArrayList<>();
        Terms terms = leaf.terms(field);
        TermsEnum each = terms.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            PostingsEnum postings = each.postings(null, PostingsEnum.ALL);
            if (postings.advance(doc) != doc) {
                continue;
            }
            StringBuilder entry = new StringBuilder(term.utf8ToString()).append(':');
            for (int i = postings.freq(); i > 0; i--) {
                entry.append(' ').append(postings.nextPosition()).append('/').append(postings.startOffset());
            }
            out.add(entry.toString());
        }
        return out;
    }
}

package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.coproduce.plugin.Problem;
import org.junit.jupiter.api.Test;

class SynonymGroupsTest {

    private static final String RULES = """
            # how people name taking part
            co-production, coproduction, co-pro
            service user, participant, expert by experience
            carer, caregiver, Carer
            lonely
            """;

    @Test
    void eachLineIsAGroupOfItsMembersAnalysedAsIndexedTextIs() {
        SynonymGroups groups = SynonymGroups.of(RULES);
        assertEquals("co product,coproduct,co pro\nservic user,particip,expert by experi\ncarer,caregiv\n",
                groups.canonical(), "comments, repeated members and lines of one word are left out");
        assertEquals(groups, SynonymGroups.fromCanonical(groups.canonical()), "what an index records reads back the same");
        assertNotEquals(groups, SynonymGroups.of("carer, caregiver"));
        assertEquals(SynonymGroups.NONE, SynonymGroups.of("# nothing yet\n"));
        assertThrows(Problem.class, () -> SynonymGroups.of("carer => caregiver"));
    }

    @Test
    void theIndexHoldsTheGroupsTermBesideTheWordsOfAMember() {
        SynonymGroups groups = SynonymGroups.of(RULES);
        List<String> tokens = tokens(SearchAnalyzers.indexing(groups), SearchFields.BODY,
                "An expert by experience and her caregiver");
        assertEquals(List.of("an", "+syn#1", "expert", "+by", "+experi", "+and", "+her", "+syn#2", "caregiv"), tokens);
        assertEquals(List.of("an", "+expert", "+by"), tokens(SearchAnalyzers.indexing(SynonymGroups.NONE),
                SearchFields.BODY, "An expert by"));
        assertEquals(List.of("expert", "+by", "+experi"), tokens(SearchAnalyzers.indexing(groups), SearchFields.PLAIN,
                "expert by experi"), "the plain field has no group terms");
    }

    @Test
    void theIndexGetsTheTermsAndPositionsOfAFlattenedSynonymGraph() {
        // overlapping members: "lived" alone and inside a phrase; "service" alone and starting "service user"
        SynonymGroups groups = SynonymGroups.of(RULES + "lived, alive\nservice, help desk\n");
        Analyzer flattened = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new PorterStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
                return new TokenStreamComponents(source,
                        new FlattenGraphFilter(new SynonymGraphFilter(stream, groups.indexMap(), true)));
            }
        };
        String[] words = ("people with lived experience said the service user and a carer met an expert by experience "
                + "help desk alive service user user co-production").split(" ");
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            List<String> ours = positioned(SearchAnalyzers.indexing(groups), text.toString());
            List<String> theirs = positioned(flattened, text.toString());
            assertEquals(new java.util.TreeSet<>(theirs), new java.util.TreeSet<>(ours), text.toString());
            assertEquals(theirs.size(), ours.size(), text.toString());
        }
    }

    /** Each term with its position and offsets. */
    private static List<String> positioned(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SearchFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(term + "@" + position + ":" + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    @Test
    void aQueryTurnsEachMemberIntoItsGroupsTerm() {
        Analyzer query = SynonymGroups.of(RULES).queryAnalyzer();
        assertEquals(List.of("syn#1", "+voic"), tokens(query, SearchFields.ALL, "service user voice"));
        assertEquals(List.of("syn#1"), tokens(query, SearchFields.ALL, "Participants"));
        assertEquals(List.of("syn#0", "+plan"), tokens(query, SearchFields.ALL, "co-production planning"));
        assertTrue(tokens(query, SearchFields.ALL, "user service").containsAll(List.of("user", "+servic")),
                "the words of a member apart are words");
    }

    /** The terms, each after the first marked "+" when it starts a new position. */
    private static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add((out.isEmpty() || increment.getPositionIncrement() == 0 ? "" : "+") + term);
            }
            stream.end();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}

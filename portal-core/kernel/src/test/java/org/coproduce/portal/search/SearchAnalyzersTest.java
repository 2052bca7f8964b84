package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.coproduce.plugin.Problem;
import org.junit.jupiter.api.Test;

class SearchAnalyzersTest {

    private static final String RULES = """
            # the field's words
            co-production, coproduction, co-pro
            service user, participant, citizen, expert by experience, people with lived experience
            carer, caregiver
            social worker, practitioner
            """;

    @Test
    void indexedTextIsLowerCasedAndStemmedWithPossessivesDropped() {
        assertEquals(List.of("carer", "support", "peopl", "budget"),
                SearchQueries.tokens(SearchAnalyzers.english(), "body", "Carers' Supporting People's budgets"));
    }

    @Test
    void plainTextIsOnlyLowerCased() {
        assertEquals(List.of("carers", "supporting", "co", "production"),
                SearchQueries.tokens(SearchAnalyzers.plain(), "plain", "Carers SUPPORTING co-production"));
    }

    @Test
    void aQueryWordBringsItsSynonymsInTheirStemmedForm() {
        Analyzer query = SearchAnalyzers.query(SearchAnalyzers.synonyms(RULES));
        List<String> tokens = SearchQueries.tokens(query, "body", "carers");
        assertTrue(tokens.containsAll(List.of("carer", "caregiv")), tokens.toString());
    }

    @Test
    void multiWordSynonymsExpandBothWays() {
        Analyzer query = SearchAnalyzers.query(SearchAnalyzers.synonyms(RULES));
        List<String> fromPhrase = SearchQueries.tokens(query, "body", "service users");
        assertTrue(fromPhrase.containsAll(List.of("particip", "citizen", "expert", "live")), fromPhrase.toString());
        List<String> fromWord = SearchQueries.tokens(query, "body", "coproduction");
        assertTrue(fromWord.containsAll(List.of("co", "product", "pro")), fromWord.toString());
    }

    @Test
    void withoutSynonymsTheQueryChainEqualsTheIndexChain() {
        Analyzer query = SearchAnalyzers.query(SearchAnalyzers.synonyms(""));
        assertEquals(SearchQueries.tokens(SearchAnalyzers.english(), "body", "Carers meeting"),
                SearchQueries.tokens(query, "body", "Carers meeting"));
    }

    @Test
    void unreadableRulesAreRefusedWithTheLine() {
        Problem arrow = assertThrows(Problem.class, () -> SearchAnalyzers.synonyms("carer, caregiver\nsw => social worker"));
        assertEquals(Problem.Kind.INVALID, arrow.kind());
        assertTrue(arrow.getMessage().contains("Line 2"), arrow.getMessage());
        assertThrows(Problem.class, () -> SearchAnalyzers.synonyms("carer\\, caregiver"));
    }
}

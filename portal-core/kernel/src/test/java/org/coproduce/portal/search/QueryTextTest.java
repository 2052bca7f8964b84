package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coproduce.plugin.Problem;
import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void quotedTextIsAPhraseAndTheRestWords() {
        QueryText q = QueryText.parse("budget \"expert by experience\" planning");
        assertEquals("budget planning", q.words());
        assertEquals(List.of("expert by experience"), q.phrases());
    }

    @Test
    void anUnbalancedQuoteRunsToTheEnd() {
        QueryText q = QueryText.parse("carer \"respite break");
        assertEquals("carer", q.words());
        assertEquals(List.of("respite break"), q.phrases());
    }

    @Test
    void controlCharactersAreSpacesAndSyntaxIsText() {
        QueryText q = QueryText.parse("title:*\u0000a~~~\tAND");
        assertEquals("title:* a~~~ AND", q.words());
        assertTrue(q.phrases().isEmpty());
        assertTrue(QueryText.parse("\"\"  ").isEmpty());
    }

    @Test
    void tooLongIsA400() {
        Problem p = assertThrows(Problem.class, () -> QueryText.parse("a".repeat(QueryText.MAX_LENGTH + 1)));
        assertEquals(Problem.Kind.INVALID, p.kind());
        assertEquals(QueryText.MAX_LENGTH, QueryText.parse("a".repeat(QueryText.MAX_LENGTH)).words().length());
    }
}

package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Snippet boundaries: after sentences and line breaks, with the BreakIterator contract the highlighter relies on. */
class SentenceBreaksTest {

    private static List<Integer> walk(String text) {
        BreakIterator breaks = new SentenceBreaks();
        breaks.setText(text);
        List<Integer> found = new ArrayList<>();
        for (int b = breaks.first(); b != BreakIterator.DONE; b = breaks.next()) {
            found.add(b);
        }
        return found;
    }

    @Test
    void breaksAfterSentencesTheirClosingMarksAndSpacesAndAfterLines() {
        String text = "We met on Monday. Did it work?  \"Yes!\" said Ann.\nNext time… maybe 3.5 hours";
        assertEquals(List.of(0, 18, 32, 39, 49, 60, text.length()), walk(text));
        assertEquals(List.of(0, 9, 13), walk("Line 1\n\n Line"));
        assertEquals(List.of(0), walk(""));
        assertEquals(List.of(0, 9), walk("No marks."));
    }

    @Test
    void followingAndPrecedingFindTheNeighbouringBoundaries() {
        String text = "One two. Three four. Five.";
        BreakIterator breaks = new SentenceBreaks();
        breaks.setText(text);
        assertEquals(9, breaks.following(0));
        assertEquals(9, breaks.following(4));
        assertEquals(21, breaks.following(9), "a boundary itself is not 'following'");
        assertEquals(9, breaks.preceding(12));
        assertEquals(9, breaks.preceding(21), "nor 'preceding'");
        assertEquals(0, breaks.preceding(9));
        assertEquals(BreakIterator.DONE, breaks.preceding(0));
        assertEquals(BreakIterator.DONE, breaks.following(text.length()));
        assertEquals(21, breaks.following(12));
        assertEquals(21, breaks.current());
        assertEquals(9, breaks.previous());
        assertEquals(26, breaks.last());
        assertTrue(breaks.isBoundary(21));
        assertFalse(breaks.isBoundary(22));
        assertEquals(text.length(), breaks.getText().getEndIndex());
        assertThrows(IllegalArgumentException.class, () -> breaks.following(27));
    }
}

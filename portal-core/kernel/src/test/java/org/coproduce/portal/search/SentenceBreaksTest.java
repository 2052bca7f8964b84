package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    @Test
    void boundariesAreThoseOfOnePassOverTheText() {
        Random random = new Random(27);
        String[] pieces = {"word", "e.g.", "3.5", " ", "  ", "\n", " \n ", ".", "!", "?", "…", "\"", "'", ")", "]", "”",
            "’", "(", "x", "\t"};
        for (int i = 0; i < 2000; i++) {
            StringBuilder built = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                built.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = built.toString();
            List<Integer> expected = onePass(text);
            assertEquals(expected, walk(text), text);
            BreakIterator breaks = new SentenceBreaks();
            breaks.setText(text);
            List<Integer> backwards = new ArrayList<>();
            for (int b = breaks.last(); b != BreakIterator.DONE; b = breaks.previous()) {
                backwards.add(0, b);
            }
            assertEquals(expected, backwards, text);
            for (int offset = 0; offset <= text.length(); offset++) {
                int at = offset;
                int after = expected.stream().filter(b -> b > at).findFirst().orElse(BreakIterator.DONE);
                int before = expected.stream().filter(b -> b < at).reduce((a, b) -> b).orElse(BreakIterator.DONE);
                assertEquals(after, breaks.following(offset), text + " following " + offset);
                assertEquals(after == BreakIterator.DONE ? text.length() : after, breaks.current(), text);
                assertEquals(before, breaks.preceding(offset), text + " preceding " + offset);
                assertEquals(expected.contains(offset), breaks.isBoundary(offset), text + " at " + offset);
            }
        }
    }

    /** The boundaries by their first definition: one pass over the whole text. */
    private static List<Integer> onePass(String text) {
        List<Integer> bounds = new ArrayList<>(List.of(0));
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '\n') {
                end = i + 1;
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                end = i + 1;
                while (end < length && "\"')]”’.!?".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if (end >= length || !Character.isWhitespace(text.charAt(end))) {
                    i = end - 1;
                    continue;
                }
            }
            if (end >= 0) {
                while (end < length && Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                if (bounds.get(bounds.size() - 1) < end) {
                    bounds.add(end);
                }
                i = end - 1;
            }
        }
        if (bounds.get(bounds.size() - 1) < length) {
            bounds.add(length);
        }
        return bounds;
    }
}

package org.coproduce.portal.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Where snippets may start and end: after a sentence's closing mark (. ! ? …, with any closing quotes or brackets)
 * followed by spaces, and after line breaks (each boundary after the spaces, where the next sentence starts). The JDK's sentence iterator applies Unicode's full rules,
 * costly for every match of every hit; posts are plain prose, and a snippet cut at a rare abbreviation ("e.g. this")
 * reads no worse. Boundaries are found in one pass over the text and looked up by binary search.
 */
final class SentenceBreaks extends BreakIterator {

    private String text = "";
    private int[] bounds = {0};
    private int count = 1;
    private int index;

    @Override
    public void setText(String newText) {
        text = newText;
        bounds = new int[16];
        count = 0;
        add(0);
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '\n') {
                end = i + 1;
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                end = i + 1;
                while (end < length && isClosing(text.charAt(end))) {
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
                add(end);
                i = end - 1;
            }
        }
        add(length);
        index = 0;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '”' || c == '’' || c == '.' || c == '!' || c == '?';
    }

    private void add(int position) {
        if (count > 0 && bounds[count - 1] >= position) {
            return;
        }
        if (count == bounds.length) {
            bounds = Arrays.copyOf(bounds, count * 2);
        }
        bounds[count++] = position;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder chars = new StringBuilder();
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            chars.append(c);
        }
        setText(chars.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public int first() {
        index = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        index = count - 1;
        return bounds[index];
    }

    @Override
    public int next(int n) {
        int target = index + n;
        if (target < 0 || target >= count) {
            index = target < 0 ? 0 : count - 1;
            return DONE;
        }
        index = target;
        return bounds[index];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        int at = Arrays.binarySearch(bounds, 0, count, offset);
        int first = at >= 0 ? at + 1 : -at - 1; // the first boundary after offset
        if (first >= count) {
            index = count - 1;
            return DONE;
        }
        index = first;
        return bounds[index];
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        int at = Arrays.binarySearch(bounds, 0, count, offset);
        int last = (at >= 0 ? at : -at - 1) - 1; // the last boundary before offset
        if (last < 0) {
            index = 0;
            return DONE;
        }
        index = last;
        return bounds[index];
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        int at = Arrays.binarySearch(bounds, 0, count, offset);
        if (at >= 0) {
            index = at;
            return true;
        }
        following(offset);
        return false;
    }

    @Override
    public int current() {
        return bounds[index];
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset out of bounds: " + offset);
        }
    }
}

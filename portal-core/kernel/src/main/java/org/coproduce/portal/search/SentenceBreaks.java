package org.coproduce.portal.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Where snippets may start and end: after a sentence's closing mark (. ! ? …, with any closing quotes or brackets)
 * followed by spaces, and after line breaks (each boundary after the spaces, where the next sentence starts). The JDK's
 * sentence iterator applies Unicode's full rules, costly for every match of every hit; posts are plain prose, and a
 * snippet cut at a rare abbreviation ("e.g. this") reads no worse. Whether a place is a boundary depends only on the
 * characters just before it, so boundaries are found where they are asked for, next to the matches, instead of in a
 * pass over the whole text for each hit (4% of the server's processor time in the benchmark's searches at a million
 * posts).
 */
final class SentenceBreaks extends BreakIterator {

    private String text = "";
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    /**
     * Whether a snippet may start at {@code position}: the start or end of the text, or the first character after
     * spaces that hold a line break or follow a sentence's closing mark.
     */
    private boolean boundaryAt(int position) {
        if (position == 0 || position == text.length()) {
            return true;
        }
        if (Character.isWhitespace(text.charAt(position)) || !Character.isWhitespace(text.charAt(position - 1))) {
            return false;
        }
        int spaces = position;
        while (spaces > 0 && Character.isWhitespace(text.charAt(spaces - 1))) {
            spaces--;
            if (text.charAt(spaces) == '\n') {
                return true;
            }
        }
        int marks = spaces;
        while (marks > 0 && isClosing(text.charAt(marks - 1))) {
            marks--;
            if (isFullStop(text.charAt(marks))) {
                return true;
            }
        }
        return marks > 0 && text.charAt(marks - 1) == '…';
    }

    private static boolean isFullStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '”' || c == '’' || c == '.' || c == '!' || c == '?';
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
        current = 0;
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int next(int n) {
        int found = current;
        for (int i = 0; i < n && found != DONE; i++) {
            found = next();
        }
        for (int i = 0; i > n && found != DONE; i--) {
            found = previous();
        }
        return found;
    }

    @Override
    public int next() {
        return current == text.length() ? DONE : following(current);
    }

    @Override
    public int previous() {
        return current == 0 ? DONE : preceding(current);
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        for (int position = offset + 1; position <= text.length(); position++) {
            if (boundaryAt(position)) {
                current = position;
                return current;
            }
        }
        current = text.length();
        return DONE;
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        for (int position = offset - 1; position >= 0; position--) {
            if (boundaryAt(position)) {
                current = position;
                return current;
            }
        }
        current = 0;
        return DONE;
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        if (boundaryAt(offset)) {
            current = offset;
            return true;
        }
        following(offset);
        return false;
    }

    @Override
    public int current() {
        return current;
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset out of bounds: " + offset);
        }
    }
}

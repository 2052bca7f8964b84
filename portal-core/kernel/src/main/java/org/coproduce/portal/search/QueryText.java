package org.coproduce.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.coproduce.plugin.Problem;

/**
 * What a person typed, read leniently: text in double quotes is a phrase, everything else is words. Nothing is
 * query syntax (a colon, a star, a tilde or AND are just characters, which the analyzers drop or keep as words),
 * so no input can make a query fail; an unbalanced quote ends at the end of the text; control characters are spaces.
 *
 * @param words   the text outside quotes
 * @param phrases the quoted phrases, in order
 */
public record QueryText(String words, List<String> phrases) {

    /** The longest query accepted. */
    public static final int MAX_LENGTH = 500;
    /** Control and format characters, read as spaces. */
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}\\p{Cf}]");
    /** Runs of white space, read as one space. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public QueryText {
        phrases = List.copyOf(phrases);
    }

    public boolean isEmpty() {
        return words.isBlank() && phrases.isEmpty();
    }

    /** Everything, phrases included, as plain text (for spelling and suggestions). */
    public String allText() {
        StringBuilder all = new StringBuilder(words);
        phrases.forEach(p -> all.append(' ').append(p));
        return all.toString().strip();
    }

    /** The text with control characters read as spaces, runs of spaces as one, and none at either end. */
    static String tidied(String text) {
        return SPACES.matcher(CONTROLS.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** Reads {@code raw}; more than {@value #MAX_LENGTH} characters is a 400. */
    public static QueryText parse(String raw) {
        if (raw == null) {
            return new QueryText("", List.of());
        }
        if (raw.length() > MAX_LENGTH) {
            throw Problem.invalid(Map.of("q", "Please search for at most " + MAX_LENGTH + " characters."));
        }
        String text = CONTROLS.matcher(raw).replaceAll(" ");
        StringBuilder words = new StringBuilder();
        List<String> phrases = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('"', i);
            if (open < 0) {
                words.append(text, i, text.length());
                break;
            }
            words.append(text, i, open).append(' ');
            int close = text.indexOf('"', open + 1);
            String phrase = close < 0 ? text.substring(open + 1) : text.substring(open + 1, close);
            if (!phrase.isBlank()) {
                phrases.add(phrase.strip());
            }
            i = close < 0 ? text.length() : close + 1;
        }
        return new QueryText(tidied(words.toString()), phrases);
    }
}

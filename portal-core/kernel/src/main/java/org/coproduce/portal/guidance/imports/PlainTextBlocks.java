package org.coproduce.portal.guidance.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the headings of plain text (and of the text of a PDF), which has no marked-up structure, by how they
 * look: a short first line is the title; numbered headings ("1. Introduction", "2.1 Who takes part");
 * short lines in Title Case or in capitals that stand on their own (after a blank line or a finished
 * sentence, before more text). Lines of a paragraph are joined; list items stay on lines of their own.
 */
public final class PlainTextBlocks {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?[ \\t]+(\\p{Lu}.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*•◦▪‣·]|\\d{1,3}[.)])\\s+.*");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "from",
            "in", "into", "of", "on", "or", "the", "to", "with", "is", "are", "we", "it", "its", "our", "your", "vs");
    private static final int HEADING_MAX = 80;

    private PlainTextBlocks() {
    }

    public static List<Block> of(String text) {
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').lines()
                .map(String::stripTrailing).toList();
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                flush(blocks, paragraph);
                continue;
            }
            String previous = i > 0 ? lines.get(i - 1).strip() : "";
            String next = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
            boolean standsAlone = previous.isEmpty() || endsSentence(previous) || paragraph.isEmpty();
            int level = standsAlone ? headingLevel(line, next, first) : 0;
            first = false;
            if (level > 0) {
                flush(blocks, paragraph);
                blocks.add(Block.heading(level, line.replaceFirst("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?[ \\t]+", "$1. ")
                        .replaceFirst("^(\\d+(?:\\.\\d+)+)\\. ", "$1 ")));
            } else {
                paragraph.add(line);
            }
        }
        flush(blocks, paragraph);
        return blocks;
    }

    /** The heading level of a line that stands on its own, or 0 for text. */
    static int headingLevel(String line, String next, boolean firstLine) {
        if (line.length() > HEADING_MAX && !(firstLine && line.length() <= 120)) {
            return 0;
        }
        Matcher numbered = NUMBERED.matcher(line);
        if (numbered.matches()) {
            boolean listContinues = NUMBERED.matcher(next).matches() && !next.isEmpty();
            String rest = numbered.group(2);
            if (!endsSentence(line) && !rest.endsWith(",") && !rest.endsWith(";") && !listContinues
                    && rest.length() <= HEADING_MAX) {
                return 1 + numbered.group(1).split("\\.").length;
            }
            return 0;
        }
        if (LIST_ITEM.matcher(line).matches() || endsSentence(line) || line.endsWith(",") || line.endsWith(";")) {
            return 0;
        }
        if (firstLine) {
            return 1;
        }
        if (next.isEmpty() && line.split("\\s+").length > 12) {
            return 0;
        }
        return isTitleCase(line) || isCapitals(line) ? 2 : 0;
    }

    static boolean isTitleCase(String line) {
        String[] words = line.split("\\s+");
        if (words.length > 12 || !Character.isUpperCase(line.codePointAt(0))) {
            return false;
        }
        for (String word : words) {
            String bare = word.replaceAll("^[\\p{Punct}“‘(]+|[\\p{Punct}”’)]+$", "");
            if (bare.isEmpty() || SMALL_WORDS.contains(bare.toLowerCase(Locale.ROOT)) || !Character.isLetter(bare.codePointAt(0))) {
                continue;
            }
            if (!Character.isUpperCase(bare.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCapitals(String line) {
        long letters = line.chars().filter(Character::isLetter).count();
        return letters >= 3 && line.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static boolean endsSentence(String line) {
        return line.endsWith(".") || line.endsWith("!") || line.endsWith(":") || line.endsWith("?") && line.length() > HEADING_MAX;
    }

    private static void flush(List<Block> blocks, List<String> paragraph) {
        if (paragraph.isEmpty()) {
            return;
        }
        StringBuilder out = new StringBuilder();
        for (String line : paragraph) {
            if (LIST_ITEM.matcher(line).matches()) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(line.replaceFirst("^[•◦▪‣·]\\s+", "- "));
            } else if (out.isEmpty()) {
                out.append(line);
            } else if (out.charAt(out.length() - 1) == '-' && out.length() > 1
                    && Character.isLetter(out.charAt(out.length() - 2))) {
                out.append(line);
            } else {
                out.append(' ').append(line);
            }
        }
        blocks.add(Block.text(out.toString()));
        paragraph.clear();
    }
}

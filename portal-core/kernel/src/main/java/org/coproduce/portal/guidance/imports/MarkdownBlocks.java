package org.coproduce.portal.guidance.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Markdown at its headings ({@code #} to {@code ######}, and underlined with {@code ===} or
 * {@code ---}), outside fenced code blocks. The text between headings is kept exactly as written.
 */
public final class MarkdownBlocks {

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```+|~~~+).*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");

    private MarkdownBlocks() {
    }

    /** Whether {@code text} has at least one Markdown heading line. */
    public static boolean hasHeadings(String text) {
        return of(text).stream().anyMatch(Block::isHeading);
    }

    public static List<Block> of(String markdown) {
        List<Block> blocks = new ArrayList<>();
        List<String> text = new ArrayList<>();
        String fence = null;
        for (String line : markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (fence != null) {
                text.add(line);
                if (line.strip().startsWith(fence)) {
                    fence = null;
                }
                continue;
            }
            Matcher f = FENCE.matcher(line);
            if (f.matches()) {
                fence = f.group(1);
                text.add(line);
                continue;
            }
            Matcher atx = ATX.matcher(line);
            if (atx.matches() && atx.group(2) != null && !atx.group(2).isBlank()) {
                flush(blocks, text);
                blocks.add(Block.heading(atx.group(1).length(), atx.group(2).strip()));
                continue;
            }
            Matcher setext = SETEXT.matcher(line);
            if (setext.matches() && !text.isEmpty() && !text.get(text.size() - 1).isBlank()
                    && (text.size() == 1 || text.get(text.size() - 2).isBlank())
                    && !(setext.group(1).startsWith("-") && setext.group(1).length() < 3)) {
                String headingText = text.remove(text.size() - 1).strip();
                flush(blocks, text);
                blocks.add(Block.heading(setext.group(1).startsWith("=") ? 1 : 2, headingText));
                continue;
            }
            text.add(line);
        }
        flush(blocks, text);
        return blocks;
    }

    private static void flush(List<Block> blocks, List<String> text) {
        String joined = String.join("\n", text).strip();
        if (!joined.isEmpty()) {
            blocks.add(Block.text(joined));
        }
        text.clear();
    }
}

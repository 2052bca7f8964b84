package org.coproduce.portal.guidance.imports;

/**
 * A piece of an imported document in reading order: a heading (level 1 to 6) or a block of text (level 0)
 * written as Markdown.
 */
public record Block(int level, String text) {

    public static Block heading(int level, String text) {
        return new Block(Math.max(1, Math.min(6, level)), text);
    }

    public static Block text(String markdown) {
        return new Block(0, markdown);
    }

    public boolean isHeading() {
        return level > 0;
    }
}

package org.coproduce.portal.guidance.imports;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.portal.guidance.GuidanceRules;
import org.coproduce.portal.guidance.Section;

/**
 * Turns the blocks of a document into a title, a summary and sections. The first heading becomes the title
 * when it stands above the rest (a lone top-level heading); otherwise the document's own title is used. The
 * highest remaining heading level makes the sections; deeper headings stay in the section's text as Markdown
 * headings. Text before the first section becomes the summary when it is short, else a first section.
 */
public final class SectionSplitter {

    /** The heading of the one section of a document without headings. */
    public static final String WITHOUT_HEADINGS = "Overview";
    /** The heading of the text before the first heading when it is too long for a summary. */
    public static final String INTRODUCTION = "Introduction";

    private SectionSplitter() {
    }

    public static ImportedDocument split(String type, List<Block> all, String documentTitle, String fileName) {
        List<Block> blocks = all.stream().filter(b -> b.text() != null && !b.text().isBlank()).toList();
        String title = null;
        int start = 0;
        if (!blocks.isEmpty() && blocks.get(0).isHeading() && standsAbove(blocks)) {
            title = blocks.get(0).text().strip();
            start = 1;
        }
        List<Block> rest = blocks.subList(start, blocks.size());
        if (title == null) {
            title = firstNonBlank(documentTitle,
                    rest.stream().filter(Block::isHeading).map(Block::text).findFirst().orElse(null),
                    rest.stream().map(b -> firstLine(b.text())).findFirst().orElse(null),
                    baseName(fileName), "Imported guidance");
        }
        int sectionLevel = rest.stream().filter(Block::isHeading).mapToInt(Block::level).min().orElse(0);

        List<String> before = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        String heading = null;
        List<String> body = new ArrayList<>();
        for (Block block : rest) {
            if (block.isHeading() && block.level() == sectionLevel) {
                if (heading != null) {
                    sections.add(new Section(heading, join(body)));
                }
                heading = cut(block.text().strip(), GuidanceRules.HEADING_MAX);
                body = new ArrayList<>();
            } else {
                String markdown = block.isHeading()
                        ? "#".repeat(Math.min(4, block.level() - sectionLevel)) + " " + block.text().strip()
                        : block.text().strip();
                (heading == null ? before : body).add(markdown);
            }
        }
        if (heading != null) {
            sections.add(new Section(heading, join(body)));
        }
        String summary = "";
        if (sections.isEmpty()) {
            if (!before.isEmpty()) {
                sections.add(new Section(WITHOUT_HEADINGS, join(before)));
            }
        } else if (!before.isEmpty()) {
            String intro = join(before);
            if (intro.length() <= GuidanceRules.SUMMARY_MAX && before.stream().noneMatch(b -> b.startsWith("#"))) {
                summary = intro;
            } else {
                sections.add(0, new Section(INTRODUCTION, intro));
            }
        }
        return new ImportedDocument(type, cut(title.strip(), GuidanceRules.TITLE_MAX), summary, sections);
    }

    /** Whether the first block is a heading above all others: no other heading has its level or a higher one. */
    private static boolean standsAbove(List<Block> blocks) {
        int level = blocks.get(0).level();
        return blocks.stream().skip(1).filter(Block::isHeading).allMatch(b -> b.level() > level);
    }

    private static String join(List<String> parts) {
        return String.join("\n\n", parts).strip();
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").replaceFirst("^[#>*\\-\\s]+", "").strip();
        return line.length() > 120 ? null : line;
    }

    private static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replace('_', ' ').replace('-', ' ').strip();
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }
}

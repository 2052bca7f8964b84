package org.coproduce.portal.guidance.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.SAXParserFactory;
import org.coproduce.portal.guidance.Section;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Turning the structure of each format into a title, a summary and sections. */
class SectionSplitterTest {

    @Test
    void markdownHeadingsOutsideCodeBecomeSectionsAndDeeperOnesStayInTheText() {
        String md = """
                # Co-production Basics

                What this guide covers.

                ## Principles

                Equal partners.

                ### Reciprocity

                Everyone gives and gets.

                ```
                # not a heading
                ```

                ## Practice
                Start small.
                """;
        ImportedDocument doc = SectionSplitter.split("Markdown", MarkdownBlocks.of(md), null, "x.md");

        assertEquals("Co-production Basics", doc.title());
        assertEquals("What this guide covers.", doc.summary());
        assertEquals(List.of(new Section("Principles", "Equal partners.\n\n# Reciprocity\n\nEveryone gives and gets.\n\n"
                + "```\n# not a heading\n```"), new Section("Practice", "Start small.")), doc.sections());
    }

    @Test
    void markdownUnderlinedHeadingsAndSeveralTopLevelHeadings() {
        String md = "First Part\n==========\n\nOne.\n\nSecond Part\n===========\n\nTwo.\n";
        ImportedDocument doc = SectionSplitter.split("Markdown", MarkdownBlocks.of(md), null, "my_notes.md");

        assertEquals("First Part", doc.title(), "no heading stands above the others: the first heading names it");
        assertEquals(List.of("First Part", "Second Part"), doc.sections().stream().map(Section::heading).toList());
        assertEquals("", doc.summary());
    }

    @Test
    void plainTextWithNumberedAndTitleCaseHeadings() {
        String text = """
                A Guide to Good Meetings

                Meetings work when everyone can take part. This guide
                says how.

                1. Before the Meeting
                Share the agenda early. Use plain words.

                1.1 Papers
                Send papers a week ahead.

                Who Chairs It
                Take turns chairing:
                - a person who uses services
                - a carer
                """;
        ImportedDocument doc = SectionSplitter.split("plain text", PlainTextBlocks.of(text), null, "m.txt");

        assertEquals("A Guide to Good Meetings", doc.title());
        assertEquals("Meetings work when everyone can take part. This guide says how.", doc.summary());
        assertEquals(List.of("1. Before the Meeting", "Who Chairs It"), doc.sections().stream().map(Section::heading).toList());
        assertEquals("Share the agenda early. Use plain words.\n\n# 1.1 Papers\n\nSend papers a week ahead.",
                doc.sections().get(0).body());
        assertEquals("Take turns chairing:\n- a person who uses services\n- a carer", doc.sections().get(1).body());
    }

    @Test
    void wrappedLinesAndListsAreNotHeadings() {
        List<Block> blocks = PlainTextBlocks.of("""
                Title Line

                This paragraph goes on
                Across Several Lines Like This
                and ends here.

                1. Ask first
                2. Listen well
                """);
        assertEquals(List.of(Block.heading(1, "Title Line"),
                Block.text("This paragraph goes on Across Several Lines Like This and ends here."),
                Block.text("1. Ask first\n2. Listen well")), blocks);
    }

    @Test
    void xhtmlHeadingsParagraphsListsAndQuotes() throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>T</title></head><body>"
                + "<h1>Guide</h1><p>Short   intro\n text.</p><h2>Listen</h2><p>Hear people.</p>"
                + "<ol><li><p>Ask</p></li><li>Wait</li></ol><blockquote><p>Nothing about us without us.</p></blockquote>"
                + "<h3>Detail</h3><p>More.</p><h2>Act</h2><pre>keep  this</pre></body></html>";
        XhtmlBlocks handler = new XhtmlBlocks(10_000);
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newSAXParser().parse(new InputSource(new StringReader(xhtml)), handler);

        ImportedDocument doc = SectionSplitter.split("web page", handler.blocks(), "T", null);

        assertEquals("Guide", doc.title());
        assertEquals("Short intro\ntext.", doc.summary());
        assertEquals(List.of(new Section("Listen", "Hear people.\n\n1. Ask\n1. Wait\n\n> Nothing about us without us.\n\n"
                + "# Detail\n\nMore."), new Section("Act", "```\nkeep  this\n```")), doc.sections());
    }

    @Test
    void withoutHeadingsTheTextIsOneSectionAndTheTitleComesFromTheDocument() {
        ImportedDocument doc = SectionSplitter.split("plain text", List.of(Block.text("Just some words.")),
                "Document Title", "file.txt");
        assertEquals("Document Title", doc.title());
        assertEquals(List.of(new Section(SectionSplitter.WITHOUT_HEADINGS, "Just some words.")), doc.sections());

        ImportedDocument named = SectionSplitter.split("plain text", List.of(), null, "/tmp/care_plan-notes.txt");
        assertEquals("care plan notes", named.title());
        assertEquals(List.of(), named.sections());
    }

    @Test
    void longTextBeforeTheFirstSectionBecomesAnIntroduction() {
        String intro = "word ".repeat(500).strip();
        ImportedDocument doc = SectionSplitter.split("Markdown",
                List.of(Block.heading(1, "T"), Block.text(intro), Block.heading(2, "S"), Block.text("b")), null, null);
        assertEquals("", doc.summary());
        assertEquals(List.of(new Section(SectionSplitter.INTRODUCTION, intro), new Section("S", "b")), doc.sections());
    }
}

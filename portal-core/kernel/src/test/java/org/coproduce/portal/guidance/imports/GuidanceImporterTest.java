package org.coproduce.portal.guidance.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.guidance.Section;
import org.junit.jupiter.api.Test;

/** Reading each accepted kind of file with Tika, and refusing the others by their content. */
class GuidanceImporterTest {

    private final GuidanceImporter importer = new GuidanceImporter();

    @Test
    void wordHeadingsBecomeSections() {
        byte[] docx = TestDocuments.docx("Planning Care Together",
                "Why It Matters", "People know their own lives best.\n\nPlans made together are followed.",
                "How To Start", "Ask what a good day looks like.");

        ImportedDocument doc = importer.read(new ByteArrayInputStream(docx), "anything.bin");

        assertEquals("Word document", doc.type());
        assertEquals("Planning Care Together", doc.title());
        assertEquals(List.of("Why It Matters", "How To Start"), headings(doc));
        assertEquals("People know their own lives best.\n\nPlans made together are followed.", doc.sections().get(0).body());
        assertEquals("Ask what a good day looks like.", doc.sections().get(1).body());
    }

    @Test
    void pdfHeadingLinesBecomeSections() {
        byte[] pdf = TestDocuments.pdf("Sharing Power in Reviews",
                "Before The Review", "Send the papers a week ahead so that everyone can read them.",
                "During The Review", "The person chairs the meeting if they want to. Everyone speaks in turn.");

        ImportedDocument doc = importer.read(new ByteArrayInputStream(pdf), null);

        assertEquals("PDF", doc.type());
        assertEquals("Sharing Power in Reviews", doc.title());
        assertEquals(List.of("Before The Review", "During The Review"), headings(doc));
        assertEquals("Send the papers a week ahead so that everyone can read them.", doc.sections().get(0).body());
        assertTrue(doc.sections().get(1).body().startsWith("The person chairs the meeting"), doc.sections().get(1).body());
    }

    @Test
    void markdownHtmlAndPlainText() {
        ImportedDocument md = importer.read(utf8("# Title\n\nA short summary.\n\n## One\n\nBody *one*.\n\n## Two\n\nBody two."), "g.md");
        assertEquals("Markdown", md.type());
        assertEquals("Title", md.title());
        assertEquals("A short summary.", md.summary());
        assertEquals(List.of("One", "Two"), headings(md));
        assertEquals("Body *one*.", md.sections().get(0).body());

        ImportedDocument html = importer.read(utf8("<!DOCTYPE html><html><head><title>Page title</title><script>x()</script>"
                + "</head><body><h1>Heading title</h1><p>Intro.</p><h2>First</h2><p>Para one.</p><ul><li>a</li><li>b</li></ul>"
                + "<h2>Second</h2><p>Para two.</p></body></html>"), "page.txt");
        assertEquals("web page", html.type());
        assertEquals("Heading title", html.title());
        assertEquals("Intro.", html.summary());
        assertEquals(List.of("First", "Second"), headings(html));
        assertEquals("Para one.\n\n- a\n- b", html.sections().get(0).body());

        ImportedDocument txt = importer.read(utf8("Working Together Well\n\n1. Introduction\nWe start with people.\n\n"
                + "2. Next Steps\nWe keep going together.\n"), "notes.txt");
        assertEquals("plain text", txt.type());
        assertEquals("Working Together Well", txt.title());
        assertEquals(List.of("1. Introduction", "2. Next Steps"), headings(txt));
        assertEquals("We keep going together.", txt.sections().get(1).body());
    }

    @Test
    void theContentDecidesNotTheName() {
        byte[] zip = zip();
        UnsupportedFileType zipped = assertThrows(UnsupportedFileType.class,
                () -> importer.read(new ByteArrayInputStream(zip), "guidance.pdf"));
        assertEquals("application/zip", zipped.detectedType());
        assertTrue(zipped.getMessage().contains("a ZIP archive"), zipped.getMessage());

        byte[] elf = new byte[256];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        elf[16] = 2;
        UnsupportedFileType program = assertThrows(UnsupportedFileType.class,
                () -> importer.read(new ByteArrayInputStream(elf), "guidance.docx"));
        assertTrue(program.getMessage().contains("Please upload a Markdown"), program.getMessage());
    }

    @Test
    void tooLargeAndEmptyFilesAreRefused() {
        Problem large = assertThrows(Problem.class,
                () -> importer.read(new ByteArrayInputStream(new byte[GuidanceImporter.MAX_BYTES + 1]), "big.txt"));
        assertEquals(Problem.Kind.TOO_LARGE, large.kind());
        Problem empty = assertThrows(Problem.class, () -> importer.read(new ByteArrayInputStream(new byte[0]), "e.md"));
        assertEquals(Problem.Kind.INVALID, empty.kind());
    }

    @Test
    void aDamagedPdfIsAClearProblem() {
        byte[] pdf = TestDocuments.pdf("Title", "Heading", "Body.");
        byte[] broken = java.util.Arrays.copyOf(pdf, 200);
        Problem problem = assertThrows(Problem.class, () -> importer.read(new ByteArrayInputStream(broken), "x.pdf"));
        assertEquals(Problem.Kind.INVALID, problem.kind());
        assertTrue(problem.getMessage().startsWith("We could not read this file"), problem.getMessage());
    }

    private static List<String> headings(ImportedDocument doc) {
        return doc.sections().stream().map(Section::heading).toList();
    }

    private static ByteArrayInputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("notes/readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

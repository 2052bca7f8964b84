package org.coproduce.portal.guidance.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;
import org.coproduce.plugin.Problem;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads a guidance document from an uploaded file with Apache Tika. The type comes from the content alone
 * (the file name is only used to tell Markdown from plain text, and as a last resort for the title):
 * Markdown and plain text, HTML, PDF and Word (.docx) are accepted, anything else is refused. Files over
 * {@link #MAX_BYTES} are refused before they are parsed. Embedded files (images, attachments) are ignored.
 */
@ApplicationScoped
public class GuidanceImporter {

    /** The largest file accepted: 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The most text taken from one file. */
    static final int MAX_CHARACTERS = 2_000_000;

    private static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType PDF = MediaType.application("pdf");
    private static final List<MediaType> HTML = List.of(MediaType.text("html"), MediaType.application("xhtml+xml"));
    private static final List<MediaType> TEXT = List.of(MediaType.TEXT_PLAIN, MediaType.text("markdown"),
            MediaType.text("x-web-markdown"));

    private volatile Detector detector;

    /** Reads {@code content}; {@code fileName} may be null. */
    public ImportedDocument read(InputStream content, String fileName) {
        byte[] bytes = readAtMost(content, MAX_BYTES);
        if (bytes.length == 0) {
            throw Problem.invalid(java.util.Map.of("file", "The file is empty. Please choose a file with some text in it."));
        }
        MediaType type = detect(bytes);
        try {
            if (type.equals(PDF)) {
                Metadata metadata = new Metadata();
                String text = text(new PDFParser(), bytes, metadata);
                return SectionSplitter.split("PDF", PlainTextBlocks.of(text), metadata.get(TikaCoreProperties.TITLE), fileName);
            }
            if (type.equals(DOCX)) {
                return structured("Word document", new OOXMLParser(), bytes, fileName);
            }
            if (HTML.contains(type)) {
                return structured("web page", new JSoupParser(), bytes, fileName);
            }
            if (TEXT.contains(type)) {
                String text = text(new TXTParser(), bytes, new Metadata());
                boolean markdown = isMarkdownName(fileName) || MarkdownBlocks.hasHeadings(text);
                return markdown
                        ? SectionSplitter.split("Markdown", MarkdownBlocks.of(text), null, fileName)
                        : SectionSplitter.split("plain text", PlainTextBlocks.of(text), null, fileName);
            }
        } catch (EncryptedDocumentException e) {
            throw new Problem(Problem.Kind.INVALID, "file_protected",
                    "This file is protected by a password. Please upload a copy without the password.");
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            if (e instanceof Problem problem) {
                throw problem;
            }
            if (isTooMuchText(e)) {
                throw new Problem(Problem.Kind.TOO_LARGE, "too_much_text", "This file holds more text than one "
                        + "guidance document can (" + MAX_CHARACTERS + " characters). Please split it into smaller documents.");
            }
            throw new Problem(Problem.Kind.INVALID, "file_unreadable", "We could not read this file: it may be "
                    + "damaged, or not really the kind of file its name says. Please check it opens on your computer, "
                    + "save it again and try once more.");
        }
        throw new UnsupportedFileType(type.toString(), "This file's content is " + describe(type)
                + ", which cannot be imported as guidance. " + UnsupportedFileType.MESSAGE_END);
    }

    /** The type of {@code bytes} from their content alone (no file name). */
    public MediaType detect(byte[] bytes) {
        try (TikaInputStream stream = TikaInputStream.get(bytes)) {
            return detector().detect(stream, new Metadata()).getBaseType();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Detector detector() {
        Detector d = detector;
        if (d == null) {
            ClassLoader loader = GuidanceImporter.class.getClassLoader();
            d = new DefaultDetector(MimeTypes.getDefaultMimeTypes(loader), loader);
            detector = d;
        }
        return d;
    }

    private ImportedDocument structured(String type, Parser parser, byte[] bytes, String fileName)
            throws IOException, SAXException, TikaException {
        XhtmlBlocks blocks = new XhtmlBlocks(MAX_CHARACTERS);
        Metadata metadata = new Metadata();
        parse(parser, bytes, blocks, metadata);
        return SectionSplitter.split(type, blocks.blocks(), metadata.get(TikaCoreProperties.TITLE), fileName);
    }

    private static String text(Parser parser, byte[] bytes, Metadata metadata) throws IOException, SAXException, TikaException {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARACTERS);
        try {
            parse(parser, bytes, handler, metadata);
        } catch (SAXException e) {
            if (handler.toString().length() >= MAX_CHARACTERS) {
                throw new XhtmlBlocks.TooMuchText();
            }
            throw e;
        }
        return handler.toString();
    }

    private static void parse(Parser parser, byte[] bytes, ContentHandler handler, Metadata metadata)
            throws IOException, SAXException, TikaException {
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, new IgnoreEmbedded());
        try (TikaInputStream stream = TikaInputStream.get(bytes)) {
            parser.parse(stream, handler, metadata, context);
        }
    }

    private static boolean isTooMuchText(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof XhtmlBlocks.TooMuchText) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMarkdownName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    private static String describe(MediaType type) {
        String t = type.toString();
        if (t.equals("application/zip")) {
            return "a ZIP archive";
        }
        if (t.contains("executable") || t.contains("msdownload") || t.contains("dosexec") || t.contains("x-elf")
                || t.contains("mach-o")) {
            return "a program";
        }
        if (t.startsWith("image/")) {
            return "an image (" + t + ")";
        }
        if (t.equals("application/msword") || t.equals("application/x-tika-msoffice")) {
            return "an old Word or Office format (" + t + ")";
        }
        return "of type " + t;
    }

    static byte[] readAtMost(InputStream in, int max) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > max) {
                    throw new Problem(Problem.Kind.TOO_LARGE, "file_too_large", "This file is larger than "
                            + (max / (1024 * 1024)) + " MB. Please upload a smaller file, or split the document.");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new Problem(Problem.Kind.INVALID, "upload_failed", "The file did not arrive completely. Please try again.");
        }
    }

    /** Skips embedded files: only the document's own text is imported. */
    private static final class IgnoreEmbedded implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded says no
        }
    }
}

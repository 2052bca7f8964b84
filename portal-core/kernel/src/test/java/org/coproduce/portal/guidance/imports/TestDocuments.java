package org.coproduce.portal.guidance.imports;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Real PDF and Word files made in the tests: headings and body text, as a person would write them. */
final class TestDocuments {

    private TestDocuments() {
    }

    /** A Word document: a "Heading 1" title, then "Heading 2" sections, each with paragraphs. */
    static byte[] docx(String title, String... headingsAndBodies) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = doc.createStyles();
            addHeadingStyle(styles, 1);
            addHeadingStyle(styles, 2);
            paragraph(doc, "Heading1", title);
            for (int i = 0; i < headingsAndBodies.length; i += 2) {
                paragraph(doc, "Heading2", headingsAndBodies[i]);
                for (String body : headingsAndBodies[i + 1].split("\n\n")) {
                    paragraph(doc, null, body);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF: a large bold title, then bold section headings in Title Case, each followed by paragraphs. */
    static byte[] pdf(String title, String... headingsAndBodies) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        Font titleFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
        Font headingFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
        Font bodyFont = FontFactory.getFont(FontFactory.HELVETICA, 11);
        document.add(new Paragraph(title, titleFont));
        for (int i = 0; i < headingsAndBodies.length; i += 2) {
            Paragraph heading = new Paragraph(headingsAndBodies[i], headingFont);
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(6);
            document.add(heading);
            for (String body : headingsAndBodies[i + 1].split("\n\n")) {
                Paragraph paragraph = new Paragraph(body, bodyFont);
                paragraph.setSpacingAfter(6);
                document.add(paragraph);
            }
        }
        document.close();
        return out.toByteArray();
    }

    private static void paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
    }

    private static void addHeadingStyle(XWPFStyles styles, int level) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("Heading" + level);
        style.addNewName().setVal("heading " + level);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        styles.addStyle(new XWPFStyle(style));
    }
}

package org.coproduce.plugins.payments;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A person's annual statement as a PDF: the same payments and totals as the CSV, with a letter a person can give
 * to a benefits office.
 */
public final class StatementPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private StatementPdf() {
    }

    public static byte[] write(Statements.Statement s) {
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 17);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Involvement payments " + s.year().label() + ": " + s.personName());
            document.open();
            document.add(new Paragraph("Involvement payments statement, tax year " + s.year().label(), title));
            document.add(new Paragraph("For " + s.personName() + ", from " + DAY.format(s.year().firstDay()) + " to "
                    + DAY.format(s.year().lastDay()) + ".", body));
            Paragraph letter = new Paragraph("This letter confirms that " + s.personName() + " took part in involvement "
                    + "activities with us in this tax year: meetings, co-design sessions and panels where people who use "
                    + "services and carers share their expertise. We paid them the amounts below. Expenses repay costs "
                    + "they had; they are not earnings.", body);
            letter.setSpacingBefore(10);
            document.add(letter);

            Paragraph payments = new Paragraph("Payments", heading);
            payments.setSpacingBefore(14);
            document.add(payments);
            if (s.claims().isEmpty()) {
                document.add(new Paragraph("Nothing was paid in this tax year.", body));
            } else {
                PdfPTable table = new PdfPTable(new float[] {3.2f, 1.6f, 1.1f, 1.2f, 1.2f, 1.6f});
                table.setWidthPercentage(100);
                table.setSpacingBefore(6);
                for (String column : new String[] {"Activity", "Date", "Kind", "Paid to them", "To charity", "Paid on"}) {
                    table.addCell(new PdfPCell(new Phrase(column, heading)));
                }
                for (Views.ClaimView c : s.claims()) {
                    table.addCell(new Phrase(c.activityTitle(), body));
                    table.addCell(new Phrase(DAY.format(c.activityDate()), body));
                    table.addCell(new Phrase("FEE".equals(c.kind()) ? "Fee" : "Expenses", body));
                    table.addCell(new Phrase("£" + c.toPerson(), body));
                    table.addCell(new Phrase("£" + c.toCharity(), body));
                    table.addCell(new Phrase(c.paidOn() == null ? "" : DAY.format(c.paidOn()), body));
                }
                document.add(table);
            }
            Paragraph totals = new Paragraph("Totals", heading);
            totals.setSpacingBefore(14);
            document.add(totals);
            document.add(new Paragraph("Fees paid to " + s.personName() + ": £" + s.fees(), body));
            document.add(new Paragraph("Fees paid to a charity at their wish: £" + s.charity(), body));
            document.add(new Paragraph("Expenses repaid: £" + s.expenses(), body));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The statement could not be written as a PDF", e);
        }
        return out.toByteArray();
    }
}

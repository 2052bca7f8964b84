package org.coproduce.plugins.plans;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes a plan as a PDF document, with the same contents as the print view. */
@ApplicationScoped
public class PlanPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

    public byte[] write(Views.PlanView plan) {
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
        Font small = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(plan.templateTitle() + ": " + plan.participant().displayName());
            document.open();
            document.add(new Paragraph(plan.templateTitle() + " for " + plan.participant().displayName(), title));
            document.add(new Paragraph("Started " + DAY.format(plan.createdAt()) + ", last changed " + DAY.format(plan.updatedAt())
                    + (plan.reviewDate() == null ? "." : ". Review on " + plan.reviewDate() + "."), small));
            document.add(new Paragraph(plan.signOff().signedOff()
                    ? plan.participant().displayName() + " signed this plan off on " + DAY.format(plan.signOff().signedOffAt()) + "."
                    : "Not signed off: " + plan.participant().displayName() + " has not agreed this version yet.", body));
            if (plan.voice().feelsHeard() != null) {
                document.add(new Paragraph("Do I feel heard? " + plan.voice().feelsHeardLabel()
                        + (plan.voice().note().isEmpty() ? "" : " " + plan.voice().note()), body));
            }
            document.add(new Paragraph("Needs: " + plan.access().inPlace() + " with support in place, " + plan.access().planned()
                    + " planned, " + plan.access().missing() + " missing.", body));
            document.add(new Paragraph("Team", heading));
            for (Views.TeamMemberView member : plan.team()) {
                document.add(new Paragraph(member.displayName() + " (" + member.relationship() + ")", body));
            }
            for (Views.SectionView section : plan.sections()) {
                Paragraph head = new Paragraph(section.heading(), heading);
                head.setSpacingBefore(12);
                document.add(head);
                document.add(new Paragraph(section.prompt(), small));
                if (section.entries().isEmpty()) {
                    document.add(new Paragraph("Nothing written yet.", body));
                }
                for (Views.EntryView entry : section.entries()) {
                    Paragraph text = new Paragraph(entry.text(), body);
                    text.setSpacingBefore(4);
                    document.add(text);
                    StringBuilder about = new StringBuilder(entry.ownWords() ? "In " + entry.author().displayName() + "'s own words"
                            : "Written by " + entry.author().displayName());
                    if (entry.supportStatusLabel() != null) {
                        about.append(". ").append(entry.supportStatusLabel());
                    }
                    if (entry.who() != null && !entry.who().isEmpty()) {
                        about.append(". Who: ").append(entry.who());
                    }
                    if (entry.when() != null && !entry.when().isEmpty()) {
                        about.append(". When: ").append(entry.when());
                    }
                    document.add(new Paragraph(about.append('.').toString(), small));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}

package org.coproduce.portal.guidance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.coproduce.portal.guidance.Reference;
import org.junit.jupiter.api.Test;

/** The draft form's one-item-a-line fields. */
class DraftLinesTest {

    @Test
    void referencesTakeAnAddressFromTheEndOfTheLine() {
        List<Reference> references = DraftLines.references("""
                Care Act 2014, section 25 https://www.legislation.gov.uk/ukpga/2014/23/section/25

                A book without a link (2019)
                Report – https://example.org/report
                https://example.org/only
                """);
        assertEquals(List.of(new Reference("Care Act 2014, section 25", "https://www.legislation.gov.uk/ukpga/2014/23/section/25"),
                new Reference("A book without a link (2019)", null),
                new Reference("Report", "https://example.org/report"),
                new Reference("https://example.org/only", "https://example.org/only")), references);
        assertEquals("Care Act 2014, section 25 https://www.legislation.gov.uk/ukpga/2014/23/section/25\n"
                + "A book without a link (2019)\nReport https://example.org/report\nhttps://example.org/only",
                DraftLines.referencesText(references));
    }

    @Test
    void linesAndTags() {
        assertEquals(List.of("One.", "Two."), DraftLines.lines(" One. \n\n Two.\n"));
        assertEquals(List.of("carers", "care planning"), DraftLines.tags("carers, care planning,, "));
        assertEquals(List.of(), DraftLines.lines(null));
    }
}

package org.coproduce.plugins.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.coproduce.plugin.Problem;
import org.junit.jupiter.api.Test;

class EntryInputTest {

    @Test
    void aNeedSaysWhetherItsSupportIsInPlace() {
        EntryInput input = EntryInput.from(SectionKind.NEEDS, new EntryInput.Request("Help with letters.", "Planned", null, null));
        assertEquals(SupportStatus.PLANNED, input.supportStatus());
        Problem missing = assertThrows(Problem.class, () -> EntryInput.from(SectionKind.NEEDS,
                new EntryInput.Request("Help with letters.", null, null, null)));
        assertEquals("supportStatus", missing.fields().get(0).field());
        assertThrows(Problem.class, () -> EntryInput.from(SectionKind.NEEDS, new EntryInput.Request("Help.", "soon", null, null)));
    }

    @Test
    void otherKindsTakeNoSupportStatus() {
        Problem problem = assertThrows(Problem.class, () -> EntryInput.from(SectionKind.STRENGTHS,
                new EntryInput.Request("Cooking.", "in-place", null, null)));
        assertEquals("Only needs say whether their support is in place, planned or missing.", problem.getMessage());
    }

    @Test
    void aSupportMaySayWhoAndWhen() {
        EntryInput input = EntryInput.from(SectionKind.SUPPORTS, new EntryInput.Request("Lifts.", null, " Driver ", ""));
        assertEquals("Driver", input.who());
        assertNull(input.when());
        assertThrows(Problem.class, () -> EntryInput.from(SectionKind.GOALS, new EntryInput.Request("Walk.", null, "Me", null)));
        assertThrows(Problem.class, () -> EntryInput.from(SectionKind.SUPPORTS, new EntryInput.Request("Lifts.", null, "x".repeat(201), null)));
    }

    @Test
    void theTextIsKeptExactlyAsTypedButMustNotBeBlank() {
        assertEquals("  two spaces first\n", EntryInput.from(SectionKind.FREE_TEXT,
                new EntryInput.Request("  two spaces first\n", null, null, null)).text());
        assertThrows(Problem.class, () -> EntryInput.from(SectionKind.FREE_TEXT, new EntryInput.Request(" \n ", null, null, null)));
        assertThrows(Problem.class, () -> EntryInput.from(SectionKind.FREE_TEXT, new EntryInput.Request("x".repeat(10_001), null, null, null)));
        assertThrows(Problem.class, () -> EntryInput.from(SectionKind.FREE_TEXT, null));
    }
}

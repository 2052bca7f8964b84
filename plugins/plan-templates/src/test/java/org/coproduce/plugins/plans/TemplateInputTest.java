package org.coproduce.plugins.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.plugin.Problem;
import org.junit.jupiter.api.Test;

class TemplateInputTest {

    private static TemplateInput.SectionRequest section(String kind) {
        return new TemplateInput.SectionRequest(kind, "Heading", "A prompt in plain words.");
    }

    @Test
    void aGoodTemplateIsTrimmedAndKeepsItsOrder() {
        TemplateInput input = TemplateInput.from(new TemplateInput.Request("  My plan ", null,
                List.of(section("needs"), section("FREE-TEXT"), section(" supports "))));
        assertEquals("My plan", input.title());
        assertEquals("", input.summary());
        assertEquals(List.of(SectionKind.NEEDS, SectionKind.FREE_TEXT, SectionKind.SUPPORTS),
                input.sections().stream().map(TemplateInput.Section::kind).toList());
    }

    @Test
    void aTemplateWithNoSectionsIsRefused() {
        Problem problem = assertThrows(Problem.class, () -> TemplateInput.from(new TemplateInput.Request("Plan", "", List.of())));
        assertEquals(Problem.Kind.INVALID, problem.kind());
        assertEquals("A template needs at least one section.", problem.getMessage());
        assertThrows(Problem.class, () -> TemplateInput.from(new TemplateInput.Request("Plan", "", null)));
        assertThrows(Problem.class, () -> TemplateInput.from(null));
    }

    @Test
    void anUnknownKindIsNamedWithTheKindsThatExist() {
        Problem problem = assertThrows(Problem.class, () -> TemplateInput.from(new TemplateInput.Request("Plan", "",
                List.of(section("goals"), section("wishes")))));
        assertEquals("sections[1].kind", problem.fields().get(0).field());
        assertTrue(problem.getMessage().contains("Section 2 has an unknown kind \"wishes\""), problem.getMessage());
        assertTrue(problem.getMessage().contains("strengths, needs, goals, supports, team, contingency, free-text"));
    }

    @Test
    void everySectionNeedsAHeadingAndAPrompt() {
        Problem problem = assertThrows(Problem.class, () -> TemplateInput.from(new TemplateInput.Request("", "",
                List.of(new TemplateInput.SectionRequest("needs", " ", null)))));
        assertEquals(List.of("title", "sections[0].heading", "sections[0].prompt"),
                problem.fields().stream().map(Problem.FieldMessage::field).toList());
    }

    @Test
    void atMostThirtySections() {
        List<TemplateInput.SectionRequest> many = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            many.add(section("goals"));
        }
        Problem problem = assertThrows(Problem.class, () -> TemplateInput.from(new TemplateInput.Request("Plan", "", many)));
        assertTrue(problem.getMessage().contains("at most 30 sections"));
    }

    @Test
    void theShippedTemplatesAreValid() {
        ShippedTemplates.TEMPLATES.forEach(TemplateInput::from);
        assertEquals(3, ShippedTemplates.TEMPLATES.size());
    }
}

package org.coproduce.portal.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.coproduce.plugin.Problem;
import org.junit.jupiter.api.Test;

/** What published guidance must hold, and how tags are stored. */
class GuidanceRulesTest {

    private static GuidanceContent good() {
        return new GuidanceContent("Title", "Summary.", List.of(new Section("Heading", "Body")), List.of("Key."),
                List.of(new Reference("Ref", "https://example.org/x")), List.of("tag"));
    }

    @Test
    void completeGuidanceIsPublishable() {
        GuidanceRules.requirePublishable(good());
    }

    @Test
    void aTitleASummaryAndASectionAreNeeded() {
        Problem problem = assertThrows(Problem.class, () -> GuidanceRules.requirePublishable(
                new GuidanceContent(" ", "", List.of(), List.of(), List.of(), List.of())));
        assertEquals(List.of("title", "summary", "sections"), fields(problem));
        assertEquals("Please enter a title.", problem.fields().get(0).message());
    }

    @Test
    void eachPartIsChecked() {
        Problem problem = assertThrows(Problem.class, () -> GuidanceRules.requirePublishable(new GuidanceContent("T", "S",
                List.of(new Section("", "b"), new Section("H", "x".repeat(GuidanceRules.BODY_MAX + 1))),
                List.of("ok", "line\nbreak"), List.of(new Reference("R", "javascript:alert(1)"), new Reference(" ", null)),
                List.of("Not A Tag!"))));
        assertEquals(List.of("sections[0].heading", "sections[1].body", "keyMessages[1]", "references[0].url",
                "references[1].text", "tags"), fields(problem));
    }

    @Test
    void tagsAreLowerCaseWithHyphensAndNoRepeats() {
        assertEquals(List.of("care-planning", "carers"),
                GuidanceRules.normalizeTags(Arrays.asList(" Care Planning ", "carers", "CARERS", "", null)));
    }

    @Test
    void draftsMayBeIncompleteButNotTooLong() {
        GuidanceRules.requireStorable(new GuidanceContent("", "", List.of(), List.of(), List.of(), List.of()));
        Problem problem = assertThrows(Problem.class, () -> GuidanceRules.requireStorable(
                new GuidanceContent("x".repeat(201), "", List.of(), List.of(), List.of(), List.of())));
        assertEquals(List.of("title"), fields(problem));
    }

    private static List<String> fields(Problem problem) {
        return problem.fields().stream().map(Problem.FieldMessage::field).toList();
    }
}

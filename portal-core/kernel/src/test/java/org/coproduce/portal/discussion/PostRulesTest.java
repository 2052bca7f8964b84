package org.coproduce.portal.discussion;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.common.Texts;
import org.junit.jupiter.api.Test;

class PostRulesTest {

    private static Map<String, String> problems(java.util.function.Consumer<Texts> rules) {
        Texts check = new Texts();
        rules.accept(check);
        try {
            check.throwIfAny();
            return Map.of();
        } catch (Problem problem) {
            return problem.fields().stream().collect(Collectors.toMap(Problem.FieldMessage::field, Problem.FieldMessage::message));
        }
    }

    @Test
    void aTitleIsRequiredAndShort() {
        assertEquals("Please enter a title.", problems(c -> PostRules.title(c, "  ")).get("title"));
        assertEquals("Please enter a title.", problems(c -> PostRules.title(c, null)).get("title"));
        assertEquals("A title can be at most 150 characters long.", problems(c -> PostRules.title(c, "x".repeat(151))).get("title"));
        assertEquals(Map.of(), problems(c -> PostRules.title(c, "x".repeat(150))));
        assertEquals(Map.of(), problems(c -> PostRules.title(c, "Ystyried gofal – ŵ ŷ")));
    }

    @Test
    void aBodyIsRequiredAndAtMostTwentyThousandCharacters() {
        assertEquals("Please write your message.", problems(c -> PostRules.body(c, "body", "\n \t")).get("body"));
        assertEquals("Your message can be at most 20000 characters long (it has 20001).",
                problems(c -> PostRules.body(c, "body", "y".repeat(20_001))).get("body"));
        assertEquals(Map.of(), problems(c -> PostRules.body(c, "body", "line one\nline two")));
    }

    @Test
    void tagsAreLowerCasedWithoutRepeats() {
        Texts check = new Texts();
        assertEquals(List.of("care-planning", "advocacy", "ŵyl"),
                PostRules.tags(check, List.of(" Care-Planning ", "advocacy", "ADVOCACY", "", "Ŵyl")));
        assertDoesNotThrow(check::throwIfAny);
        assertEquals(List.of(), PostRules.tags(new Texts(), null));
    }

    @Test
    void aTagFilterIsOneLowerCaseTagOrNothing() {
        assertEquals(Optional.of("care-planning"), PostRules.tagFilter(" Care-Planning "));
        assertEquals(Optional.empty(), PostRules.tagFilter(null));
        assertEquals(Optional.empty(), PostRules.tagFilter("  "));
        Problem percent = assertThrows(Problem.class, () -> PostRules.tagFilter("care%"));
        assertEquals(Problem.Kind.INVALID, percent.kind());
        assertEquals("tag", percent.fields().get(0).field());
        assertThrows(Problem.class, () -> PostRules.tagFilter("t".repeat(31)));
        assertThrows(Problem.class, () -> PostRules.tagFilter("care_planning"));
    }

    @Test
    void badTagsAreRefusedWithAMessage() {
        assertEquals("Tags are single words of letters and numbers, joined by hyphens if need be (like care-planning).",
                problems(c -> PostRules.tags(c, List.of("two words"))).get("tags"));
        assertEquals("Tags are single words of letters and numbers, joined by hyphens if need be (like care-planning).",
                problems(c -> PostRules.tags(c, List.of("<b>"))).get("tags"));
        assertEquals("A tag can be at most 30 characters long.", problems(c -> PostRules.tags(c, List.of("t".repeat(31)))).get("tags"));
        assertEquals("Please choose at most 5 tags.", problems(c -> PostRules.tags(c, List.of("a", "b", "c", "d", "e", "f"))).get("tags"));
    }

    @Test
    void typedTagsAreSplitOnCommasAndSpaces() {
        assertEquals(List.of("care", "risk", "carers"), PostRules.splitTags(" care, risk  carers,"));
        assertEquals(List.of(), PostRules.splitTags("  "));
    }

    @Test
    void categoriesNeedANameAndADescription() {
        Map<String, String> problems = problems(c -> PostRules.category(c, "", null));
        assertEquals("Please enter a name.", problems.get("name"));
        assertEquals("Please describe what the category is for.", problems.get("description"));
        assertEquals("The description can be at most 500 characters long.",
                problems(c -> PostRules.category(c, "Ok", "d".repeat(501))).get("description"));
    }

    @Test
    void aLockNoticeIsShort() {
        assertEquals("The notice can be at most 500 characters long.", problems(c -> PostRules.notice(c, "n".repeat(501))).get("notice"));
        assertEquals(Map.of(), problems(c -> PostRules.notice(c, null)));
    }

    @Test
    void pagerShowsFirstLastAndNeighbours() {
        assertEquals(List.of(1), Pager.numbers(1, 1));
        assertEquals(List.of(1, 2, 3, 4, 5), Pager.numbers(3, 5));
        assertEquals(List.of(1, 2, 3, 0, 10), Pager.numbers(1, 10));
        assertEquals(List.of(1, 0, 4, 5, 6, 7, 8, 0, 10), Pager.numbers(6, 10));
        assertEquals(Arrays.asList(1, 0, 8, 9, 10), Pager.numbers(10, 10));
    }
}

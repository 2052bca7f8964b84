package org.coproduce.portal.story;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.coproduce.plugin.Problem;
import org.junit.jupiter.api.Test;

class StoryTextsTest {

    @Test
    void aStoryNeedsATitleAndABodyWithinLimits() {
        assertDoesNotThrow(() -> StoryTexts.checkStory("A title", "Line one\n\n\tLine two 👋🏽"));
        assertEquals(List.of("title", "body"), fields(null, null));
        assertEquals(List.of("title"), fields("x".repeat(StoryTexts.TITLE_MAX + 1), "ok"));
        assertEquals(List.of("body"), fields("ok", "y".repeat(StoryTexts.BODY_MAX + 1)));
        assertEquals(List.of("title"), fields("Two\nlines", "ok"));
        assertEquals(List.of("body"), fields("ok", "nul\u0000"));
        assertDoesNotThrow(() -> StoryTexts.checkStory("x".repeat(StoryTexts.TITLE_MAX), "y".repeat(StoryTexts.BODY_MAX)));
    }

    @Test
    void theMessageSaysHowLongItIs() {
        Problem problem = assertThrows(Problem.class, () -> StoryTexts.checkStory("ok", "y".repeat(20_500)));
        assertEquals("Your story can be at most 20,000 characters long; it has 20,500.", problem.fields().get(0).message());
    }

    private static List<String> fields(String title, String body) {
        Problem problem = assertThrows(Problem.class, () -> StoryTexts.checkStory(title, body));
        return problem.fields().stream().map(Problem.FieldMessage::field).toList();
    }
}

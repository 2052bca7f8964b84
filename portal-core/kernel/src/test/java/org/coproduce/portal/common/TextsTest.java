package org.coproduce.portal.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Problem.FieldMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"tab\there", "line\nbreak", "carriage\rreturn", "nul\u0000", "bell\u0007", "del\u007F",
            "zero\u200Bwidth space", "right-to-left\u202Eoverride", "soft\u00ADhyphen", "byte order\uFEFF"})
    void controlAndInvisibleCharactersAreFound(String text) {
        assertTrue(Texts.hasControlCharacters(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ann Jones", "Siân ŵ ŷ", "家族", "🎉 party", "O'Neil-Smith", "",
            "family 👩\u200D👩\u200D👧 (emoji joined by zero-width joiners)"})
    void ordinaryTextHasNone(String text) {
        assertFalse(Texts.hasControlCharacters(text));
    }

    @Test
    void nullHasNone() {
        assertFalse(Texts.hasControlCharacters(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann@example.org", "ann.o'neil+news@mail.example.co.uk", "a@b.cy",
            "x_y-z@sub-domain.example",
            "1234567890123456789012345678901234567890123456789012345678901234@example.org"})
    void addressesOfTheUsualShapeLookLikeEmail(String email) {
        assertTrue(Texts.looksLikeEmail(email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ann", "ann@", "@example.org", "ann@localhost", "ann@@example.org", "ann example@x.org",
            " ann@example.org", "ann@-example.org", "ann@example-.org", "ann@example..org", "añn@example.org",
            "ann@exämple.org", "ann@example.org\n",
            "12345678901234567890123456789012345678901234567890123456789012345@example.org"})
    void otherTextDoesNotLookLikeEmail(String email) {
        assertFalse(Texts.looksLikeEmail(email));
    }

    @Test
    void emailAddressesAreLimitedTo254Characters() {
        String label = "a".repeat(60);
        String domain = String.join(".", label, label, label, label) + ".org"; // 247 characters
        String local = "b".repeat(254 - 1 - domain.length());

        assertTrue(Texts.looksLikeEmail(local + "@" + domain));
        assertFalse(Texts.looksLikeEmail(local + "b@" + domain));
        assertFalse(Texts.looksLikeEmail(null));
    }

    @Test
    void normalizedAddressesAreStrippedAndLowerCased() {
        assertEquals("ann.jones@example.org", Texts.normalizeEmail("  Ann.Jones@EXAMPLE.org \n"));
        assertNull(Texts.normalizeEmail(null));
    }

    @Test
    void requireLineAsksForMissingText() {
        List<FieldMessage> expected = List.of(new FieldMessage("name", "Please enter your name."));

        assertEquals(expected, fields(new Texts().requireLine("name", null, "your name", 80)));
        assertEquals(expected, fields(new Texts().requireLine("name", "  \t ", "your name", 80)));
    }

    @Test
    void requireLineLimitsTheLength() {
        assertDoesNotThrow(() -> new Texts().requireLine("name", "x".repeat(80), "your name", 80).throwIfAny());
        assertEquals(List.of(new FieldMessage("name", "Your name can be at most 80 characters long.")),
                fields(new Texts().requireLine("name", "x".repeat(81), "your name", 80)));
    }

    @Test
    void requireLineRefusesControlCharacters() {
        assertEquals(List.of(new FieldMessage("title",
                        "The title cannot contain tabs, line breaks or invisible characters.")),
                fields(new Texts().requireLine("title", "two\nlines", "the title", 100)));
    }

    @Test
    void nothingIsThrownWhenAllIsWell() {
        assertDoesNotThrow(() -> new Texts().requireLine("name", "Siân Jones 🎉", "your name", 80).throwIfAny());
    }

    @Test
    void throwIfAnyReportsEveryFieldInTheOrderChecked() {
        Texts check = new Texts()
                .requireLine("displayName", "", "your name", 80)
                .problem("email", "Please enter an email address like name@example.org.")
                .problem("displayName", "A second message for the same field is ignored.")
                .requireLine("city", "Cardiff", "your city", 40)
                .problem("password", "Your password needs at least 10 characters.");

        Problem problem = assertThrows(Problem.class, check::throwIfAny);

        assertEquals(Problem.Kind.INVALID, problem.kind());
        assertEquals("validation_failed", problem.code());
        assertEquals(List.of(
                new FieldMessage("displayName", "Please enter your name."),
                new FieldMessage("email", "Please enter an email address like name@example.org."),
                new FieldMessage("password", "Your password needs at least 10 characters.")), problem.fields());
        assertEquals("Please check 3 answers: Please enter your name.; Please enter an email address like "
                + "name@example.org.; Your password needs at least 10 characters.", problem.getMessage());
    }

    @Test
    void aSingleProblemIsItsOwnMessage() {
        Problem problem = assertThrows(Problem.class,
                () -> new Texts().requireLine("name", null, "your name", 80).throwIfAny());

        assertEquals("Please enter your name.", problem.getMessage());
    }

    private static List<FieldMessage> fields(Texts check) {
        return assertThrows(Problem.class, check::throwIfAny).fields();
    }
}

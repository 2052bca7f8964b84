package org.coproduce.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String TOO_SHORT =
            "Your password needs at least 10 characters. A few words you can remember work well.";
    private static final String TOO_LONG = "Your password can be at most 1000 characters long.";
    private static final String COMMON = "That password is too common and easy to guess. Please choose another.";
    private static final String EASY = "That password is too easy to guess. Please choose another.";
    private static final String OWN = "Your password should not contain your name or email address.";

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @ParameterizedTest
    @ValueSource(strings = {
            "correct horse battery staple",
            "Mae hi'n bwrw glaw heddiw",
            "purple tractor sings at noon",
            "ŵ ŷ mae'r haul yn gwenu 🌞",
            "tq8#mv2!zp"})
    void goodPasswordsAreAccepted(String password) {
        assertEquals(Optional.empty(), policy.problemWith(password, "ann.jones@example.org", "Ann Jones"));
    }

    @Test
    void aPasswordNeedsTenToAThousandCharacters() {
        assertEquals(Optional.of(TOO_SHORT), policy.problemWith(null, null, null));
        assertEquals(Optional.of(TOO_SHORT), policy.problemWith("", null, null));
        assertEquals(Optional.of(TOO_SHORT), policy.problemWith("tq8#mv2!z", null, null));
        assertEquals(Optional.empty(), policy.problemWith("tq8#mv2!zp", null, null));

        String thousand = "granite kettle ".repeat(70).substring(0, PasswordPolicy.MAX_LENGTH);
        assertEquals(Optional.empty(), policy.problemWith(thousand, null, null));
        assertEquals(Optional.of(TOO_LONG), policy.problemWith(thousand + "s", null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "password12", "PASSWORD123", "Password123!", "password!!!!", "2024password", "!!Password!!",
            "Sunshine123", "letmein  2025", "iloveyou!!", "P@ssw0rd2025", "pass word 123", "social-care",
            "Coproduction", "qwertyuiop", "1234567890"})
    void commonPasswordsAreRefusedAlsoWithDigitsOrSymbolsAround(String password) {
        assertEquals(Optional.of(COMMON), policy.problemWith(password, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "aaaaaaaaaaaa", "############", "abababababab", "ZZZZZZZZZZZZZZZZ",
            "asdfghjklzxc", "bcdefghijklm", "klmnopqrstu", "9876543210"})
    void repeatedCharactersAndKeyboardRunsAreRefused(String password) {
        assertEquals(Optional.of(EASY), policy.problemWith(password, null, null));
    }

    @Test
    void aPasswordMayNotContainTheEmailAddressOrName() {
        assertEquals(Optional.of(OWN), policy.problemWith("i am margaretj really", "MargaretJ@example.org", null));
        assertEquals(Optional.of(OWN), policy.problemWith("hello MAIR OWEN forever", null, "Mair Owen"));
        assertEquals(Optional.of(OWN), policy.problemWith("hello mairowen forever", null, "Mair Owen"));
        assertEquals(Optional.empty(), policy.problemWith("hello mair forever", null, "Mair Owen"));
    }

    @Test
    void namesAndAddressesShorterThanFourCharactersDoNotCount() {
        assertEquals(Optional.empty(), policy.problemWith("bo walks the welsh hills", "bo@example.org", "Bo"));
    }

    @Test
    void spacesDoNotHideACommonPassword() {
        assertEquals(Optional.of(COMMON), policy.problemWith("Let Me In 2025!", null, null));
    }

    @Test
    void punctuationDoesNotHideTheOwnAddressOrName() {
        assertEquals(Optional.of(OWN), policy.problemWith("mairowen rocks the valley", "mair.owen@example.org", null));
        assertEquals(Optional.of(OWN), policy.problemWith("i am mair-owen and proud", null, "Mair Owen"));
    }

    @Test
    void oddEmailAddressesAreNotAnError() {
        assertEquals(Optional.empty(), policy.problemWith("a long walk by the river", "@", null));
        assertEquals(Optional.empty(), policy.problemWith("a long walk by the river", "no-at-sign", null));
    }
}

package org.coproduce.portal.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Uses 10,000 iterations (the smallest allowed) to stay fast. */
class PasswordHasherTest {

    private static final String PASSWORD = "correct horse battery staple";
    /** Scheme, iterations, 16 bytes of salt and 32 of hash, both Base64 without padding. */
    private static final Pattern FORMAT =
            Pattern.compile("pbkdf2-sha256\\$10000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");

    private final PasswordHasher hasher = new PasswordHasher(10_000);

    @Test
    void aHashNamesItsSchemeIterationsSaltAndHash() {
        String hash = hasher.hash(PASSWORD);

        assertTrue(FORMAT.matcher(hash).matches(), hash);
    }

    @Test
    void onlyTheSamePasswordMatches() {
        String hash = hasher.hash(PASSWORD);

        assertTrue(hasher.matches(PASSWORD, hash));
        assertFalse(hasher.matches("correct horse battery stapler", hash));
        assertFalse(hasher.matches("Correct horse battery staple", hash));
        assertFalse(hasher.matches("", hash));
    }

    @Test
    void eachHashHasItsOwnSalt() {
        String first = hasher.hash(PASSWORD);
        String second = hasher.hash(PASSWORD);

        assertNotEquals(first.split("\\$")[2], second.split("\\$")[2]);
        assertNotEquals(first, second);
        assertTrue(hasher.matches(PASSWORD, first));
        assertTrue(hasher.matches(PASSWORD, second));
    }

    @Test
    void hashesWithFewerIterationsStillMatchButNeedARehash() {
        PasswordHasher stronger = new PasswordHasher(20_000);
        String old = hasher.hash(PASSWORD);

        assertTrue(stronger.matches(PASSWORD, old), "the work factor can grow without breaking old hashes");
        assertTrue(stronger.needsRehash(old));
        assertFalse(stronger.needsRehash(stronger.hash(PASSWORD)));
        assertFalse(hasher.needsRehash(old));
        assertFalse(hasher.needsRehash(stronger.hash(PASSWORD)), "more iterations than needed are fine");
        assertTrue(hasher.needsRehash("not a hash"));
        assertTrue(hasher.needsRehash("pbkdf2-sha256$many$c2FsdA$aGFzaA"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "garbage",
            "pbkdf2-sha256",
            "pbkdf2-sha256$10000$c2FsdHNhbHRzYWx0c2FsdA",
            "pbkdf2-sha256$10000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA$extra",
            "bcrypt$10000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$ten$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$-1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$10000$$aGFzaA",
            "pbkdf2-sha256$10000$not*base64$aGFzaA",
            "pbkdf2-sha256$10000$c2FsdHNhbHRzYWx0c2FsdA$not*base64",
            "pbkdf2-sha256$10000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA"})
    void storedValuesThatAreNotOurHashesNeverMatch(String stored) {
        assertFalse(hasher.matches(PASSWORD, stored));
    }

    @Test
    void fewerThanTenThousandIterationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(9_999));
    }
}

package org.coproduce.portal.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TokensTest {

    @Test
    void aTokenIs256RandomBitsIn43UrlSafeCharacters() {
        String token = Tokens.newToken();

        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertTrue(Tokens.plausible(token));
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(Tokens.newToken());
        }
        assertEquals(1000, tokens.size());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP",    // 42
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQR",  // 44
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP+",   // standard Base64, not URL-safe
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP/",
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP=",
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP ",
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPé",
            "' OR 1=1 --abcdefghijklmnopqrstuvwxyzABCDEF"})
    void junkIsNotPlausible(String token) {
        assertFalse(Tokens.plausible(token));
    }

    @Test
    void plausibleAcceptsEveryUrlSafeCharacter() {
        assertTrue(Tokens.plausible("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0189-_Z"));
    }

    @Test
    void theHashIsTheHexSha256OfTheToken() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Tokens.hash("abc"));
    }

    @Test
    void theHashIsStableAndDiffersBetweenTokens() {
        String token = Tokens.newToken();

        assertEquals(Tokens.hash(token), Tokens.hash(token));
        assertTrue(Tokens.hash(token).matches("[0-9a-f]{64}"));
        assertNotEquals(Tokens.hash(token), Tokens.hash(Tokens.newToken()));
    }
}

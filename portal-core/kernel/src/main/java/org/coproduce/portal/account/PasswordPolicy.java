package org.coproduce.portal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a password acceptable: at least 10 characters (at most 1,000), not on the list of common
 * passwords (also with digits or symbols added at the end), not one repeated character or keyboard run, and
 * not the person's own email address or name. Length beats complexity rules, as NIST SP 800-63B advises.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 1000;
    private static final String LIST = "/org/coproduce/portal/account/common-passwords.txt";
    private static final String RUNS = "01234567890 abcdefghijklmnopqrstuvwxyz qwertyuiopasdfghjklzxcvbnm 09876543210";

    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    /** The policy with the list of common passwords shipped in this jar. */
    public static PasswordPolicy standard() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + LIST);
            }
            Set<String> words = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            return new PasswordPolicy(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks a password for a person; returns a plain-language reason when it is not acceptable.
     *
     * @param password    the proposed password
     * @param email       the person's email address, or null
     * @param displayName the person's name, or null
     */
    public Optional<String> problemWith(String password, String email, String displayName) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Your password needs at least " + MIN_LENGTH + " characters. "
                    + "A few words you can remember work well.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Your password can be at most " + MAX_LENGTH + " characters long.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            return Optional.of("That password is too common and easy to guess. Please choose another.");
        }
        if (lower.chars().distinct().count() <= 2 || RUNS.contains(lower)) {
            return Optional.of("That password is too easy to guess. Please choose another.");
        }
        if (containsOwn(lower, localPart(email)) || containsOwn(lower, lettersOf(displayName))) {
            return Optional.of("Your password should not contain your name or email address.");
        }
        return Optional.empty();
    }

    private boolean isCommon(String lower) {
        String joined = lower.replace(" ", "");
        if (common.contains(lower) || common.contains(joined)) {
            return true;
        }
        String core = joined.replaceAll("[^a-z]+$", "").replaceAll("^[^a-z]+", "");
        return !core.isEmpty() && common.contains(core);
    }

    private static String localPart(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return lettersOf(at < 0 ? email : email.substring(0, at));
    }

    private static String lettersOf(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static boolean containsOwn(String password, String own) {
        return own != null && own.length() >= 4 && lettersOf(password).contains(own);
    }
}

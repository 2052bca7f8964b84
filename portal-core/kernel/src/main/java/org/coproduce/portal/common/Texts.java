package org.coproduce.portal.common;

import java.util.LinkedHashMap;
import org.coproduce.plugin.Problem;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks on text people type. Text is stored exactly as given; these checks only decide whether it is
 * acceptable, and collect a plain-language message per field.
 */
public final class Texts {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200D]]");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private final Map<String, String> messages = new LinkedHashMap<>();

    /** Whether {@code text} holds control or invisible formatting characters (tabs and new lines included). */
    public static boolean hasControlCharacters(String text) {
        return text != null && CONTROL.matcher(text).find();
    }

    /** Whether {@code email} looks like an email address a mail server would accept. */
    public static boolean looksLikeEmail(String email) {
        return email != null && email.length() <= 254 && EMAIL.matcher(email).matches();
    }

    /** Lower-cases an email address for comparison and storage. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Records a message for {@code field} unless one is recorded already. */
    public Texts problem(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    /** Requires a single-line text of 1 to {@code max} characters, not only spaces. */
    public Texts requireLine(String field, String value, String label, int max) {
        if (value == null || value.isBlank()) {
            return problem(field, "Please enter " + label + ".");
        }
        if (value.length() > max) {
            return problem(field, capitalize(label) + " can be at most " + max + " characters long.");
        }
        if (hasControlCharacters(value)) {
            return problem(field, capitalize(label) + " cannot contain tabs, line breaks or invisible characters.");
        }
        return this;
    }

    /** Throws a {@link Problem} listing every message recorded, if any. */
    public void throwIfAny() {
        if (!messages.isEmpty()) {
            throw Problem.invalid(messages);
        }
    }

    private static String capitalize(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}

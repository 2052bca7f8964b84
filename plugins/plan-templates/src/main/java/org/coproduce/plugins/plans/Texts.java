package org.coproduce.plugins.plans;

/** Small text helpers for checking input. */
final class Texts {

    private Texts() {
    }

    /** The text without surrounding spaces; empty for null. */
    static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }

    /** The text cut to 40 characters, for quoting someone's input back to them in a message. */
    static String shortened(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    /** Null for blank text, else the trimmed text. */
    static String orNull(String text) {
        String t = trimmed(text);
        return t.isEmpty() ? null : t;
    }
}

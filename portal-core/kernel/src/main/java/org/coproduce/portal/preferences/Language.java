package org.coproduce.portal.preferences;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The interface languages. Each is named in its own language, as language switches should be. */
public enum Language {
    ENGLISH("en", "English"),
    WELSH("cy", "Cymraeg");

    private final String code;
    private final String ownName;

    Language(String code, String ownName) {
        this.code = code;
        this.ownName = ownName;
    }

    public String code() {
        return code;
    }

    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return Locale.of(code);
    }

    public static Optional<Language> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
    }

    /**
     * The language someone marked what they wrote in: "en" or "cy", or null when they did not say (null or blank).
     *
     * @throws org.coproduce.plugin.Problem (invalid, on the field {@code language}) for any other value
     */
    public static String ofContent(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse(value).map(Language::code).orElseThrow(() -> org.coproduce.plugin.Problem.invalid(java.util.Map.of(
                "language", "Please choose English or Welsh, or leave the language unsaid.")));
    }

    /** The first supported language in an Accept-Language header (by weight), or English. */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange();
                String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
                Optional<Language> language = parse(primary);
                if (language.isPresent()) {
                    return language.get();
                }
            }
        } catch (IllegalArgumentException e) {
            return ENGLISH;
        }
        return ENGLISH;
    }
}

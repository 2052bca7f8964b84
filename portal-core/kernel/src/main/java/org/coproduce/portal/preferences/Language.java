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

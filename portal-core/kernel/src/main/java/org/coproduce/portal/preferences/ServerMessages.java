package org.coproduce.portal.preferences;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Translations of the messages the services write in English (validation and other problems shown on the pages),
 * keyed by the English sentence, like a gettext catalogue: {@code server-messages.cy.txt} holds pairs of lines
 * {@code en: ...} and {@code cy: ...}. A message without a translation is shown as written.
 */
public final class ServerMessages {

    static final String WELSH_CATALOGUE = "/org/coproduce/portal/preferences/server-messages.cy.txt";

    private static final Map<String, String> WELSH = read(ServerMessages.class.getResourceAsStream(WELSH_CATALOGUE));

    private ServerMessages() {
    }

    public static String translate(String english, Locale locale) {
        if (english == null || locale == null || !"cy".equals(locale.getLanguage())) {
            return english;
        }
        return WELSH.getOrDefault(english, english);
    }

    public static Map<String, String> welsh() {
        return WELSH;
    }

    /** Reads the pairs; a line "en: " must be followed by a line "cy: " (blank lines and # comments between). */
    static Map<String, String> read(InputStream in) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (in == null) {
            return pairs;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String english = null;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("en: ") && english == null) {
                    english = line.substring(4).strip();
                } else if (line.startsWith("cy: ") && english != null) {
                    pairs.put(english, line.substring(4).strip());
                    english = null;
                } else {
                    throw new IllegalStateException("server-messages line " + number + " is out of order: " + line);
                }
            }
            if (english != null) {
                throw new IllegalStateException("server-messages ends without the Welsh for: " + english);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pairs;
    }
}
